"""A till killed (SIGKILL) in the middle of taking in a parcel resumes where it stopped.

Every scan and every grading the driver confirmed is there after the kill,
the database is whole, and scanning the RMA again resumes the same intake
(never a second one); completing it then sends every item once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import select

from omnipos.db.engine import open_database
from omnipos.db.models import OutboxEvent
from omnipos.domain.returns import Condition, Disposition, rma_number
from omnipos.services.parcels import ParcelService
from omnipos.services.selling import CheckoutService
from omnipos.sync.appliers import apply_page
from omnipos.sync.events import MailReturnReceivedPayload
from omnipos.sync.wire import Change
from tests.conftest import make_store
from tests.reliability.conftest import scale

REPO_ROOT = Path(__file__).resolve().parents[2]


def _rma(path: Path, number: str) -> None:
    db = make_store(path)
    with db.transaction() as s:
        apply_page(s, [Change(kind="rma", key=number, data={
            "rma_id": "5a0e6c1e-8d3b-4a43-9d51-2a4c2d8f9a10", "number": number,
            "state": "authorised", "store_code": "S001", "currency": "USD",
            "created_at": "2026-11-20T00:00:00+00:00",
            "lines": [{"line_no": 1, "sku": "SOAP", "quantity": "400"},
                      {"line_no": 2, "sku": "MILK", "quantity": "400"}]})])
    db.close()


def _kill_after_a_while(path: Path, number: str, delay: float) -> tuple[str, list[str]]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.support.intake_driver", str(path),
                             number], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=REPO_ROOT, env=dict(os.environ))
    assert proc.stdout is not None
    ready = proc.stdout.readline().split()
    assert ready and ready[0] == "READY", proc.stderr.read() if proc.stderr else ""
    lines: list[str] = []
    reader = threading.Thread(target=lines.extend, args=(proc.stdout,), daemon=True)
    reader.start()
    timer = threading.Timer(delay, os.kill, (proc.pid, signal.SIGKILL))
    timer.start()
    proc.wait()
    timer.cancel()
    reader.join(timeout=5)
    assert proc.returncode == -signal.SIGKILL
    return ready[1], lines


def test_sigkill_mid_intake_resumes_where_it_stopped(tmp_path: Path, record) -> None:
    path = tmp_path / "till.sqlite3"
    number = rma_number(4242)
    _rma(path, number)
    rng = random.Random(16)
    intake_id = ""
    scanned: set[int] = set()
    graded: set[int] = set()
    runs = scale(3, 30)
    for _ in range(runs):
        started, lines = _kill_after_a_while(path, number, rng.uniform(0.8, 1.6))
        assert intake_id in ("", started)  # resumed, never a second intake
        intake_id = started
        scanned |= {int(ln.split()[1]) for ln in lines if ln.startswith("SCANNED ")}
        graded |= {int(ln.split()[1]) for ln in lines if ln.startswith("GRADED ")}
        db = open_database(path)
        try:
            assert db.check().ok
            [view] = ParcelService(db, CheckoutService(db)).open_intakes()
            found = {i.item_no: i for i in view.items}
            assert scanned <= set(found)  # every confirmed scan is there
            assert all(found[n].condition is Condition.DAMAGED for n in graded)
        finally:
            db.close()
    assert len(scanned) > runs  # the driver got going each time
    db = open_database(path)
    try:
        parcels = ParcelService(db, CheckoutService(db))
        assert parcels.start(number).intake_id == intake_id
        done = parcels.complete(intake_id)
        with db.read() as s:
            [row] = s.scalars(select(OutboxEvent).where(
                OutboxEvent.type == "mail_return.received"))
            sent = MailReturnReceivedPayload.model_validate(row.payload)
    finally:
        db.close()
    found = [i for i in sent.items if i.disposition.received]
    assert len(found) == len(done.view.items) - len(done.missing) >= len(scanned)
    assert {i.disposition for i in sent.items} >= {Disposition.RESTOCK, Disposition.DAMAGED,
                                                   Disposition.NOT_RECEIVED}
    record("intake crash, SIGKILL", runs=runs, failures=0,
           figure=f"{len(scanned)} confirmed scans all present, one intake, resumed {runs}x")
