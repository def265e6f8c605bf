"""A SIGKILL mid-count loses no scan: every scan the screen could have shown is on disk, each
line's total is the sum of its scans, unknown codes are kept, and counting goes on."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from omnipos.db.engine import open_database
from omnipos.services.counts import CountService
from tests.conftest import make_store
from tests.reliability.conftest import scale

ROOT = Path(__file__).resolve().parents[2]


def _kill_after(path: Path, session_id: str, scans: int, seed: int) -> int:
    """Run the driver until it confirmed ``scans`` scans, then SIGKILL it; returns the last
    confirmed number it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.count_driver", str(path), session_id, str(seed)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    confirmed = 0
    try:
        for line in proc.stdout:
            if line.startswith("COUNTED "):
                confirmed = int(line.split()[1])
                if confirmed >= scans:
                    break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()
    return confirmed


def test_sigkill_mid_count_loses_no_scan(tmp_path: Path, record) -> None:
    path = tmp_path / "till.sqlite3"
    db = make_store(path)
    svc = CountService(db)
    session_id = svc.start(skus=["SOAP", "MILK", "BREAD"]).session_id
    db.close()
    rng = random.Random(11)
    runs, total = scale(3, 30), 0
    for run in range(runs):
        confirmed = _kill_after(path, session_id, rng.randint(5, 60), run)
        total += confirmed
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            kept = con.execute("SELECT count(*) FROM count_scans").fetchone()[0]
            # Everything confirmed is there (more may have committed before the kill landed).
            assert kept >= total, (run, total, kept)
            total = kept
            per_sku = dict(con.execute(
                "SELECT sku, count(*) FROM count_scans WHERE sku IS NOT NULL GROUP BY sku"))
            lines = dict(con.execute("SELECT sku, counted FROM count_lines"))
        finally:
            con.close()
        assert {sku: Decimal(n) for sku, n in per_sku.items()} == \
            {sku: Decimal(n) for sku, n in lines.items()}
    db = open_database(path)
    try:
        svc = CountService(db)
        [unknown] = svc.unknown(session_id, "")
        assert unknown.code == "2000000000008" and unknown.scans > 0
        after = svc.scan(session_id, "", "SOAP")  # counting goes on where it was
        assert after.counted == per_sku.get("SOAP", 0) + 1
    finally:
        db.close()
    record("count, SIGKILL mid-count", runs=runs, failures=0,
           figure=f"{total} scans, every confirmed one on disk")
