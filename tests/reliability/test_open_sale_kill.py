"""Issue 14, defect 2: SIGKILL a till ringing up a sale; after the restart the sale is back.

A real till process (``tests.support.checkout_driver --open-sale``) scans lines and
takes cash tenders on one sale, storing each step; it is killed with SIGKILL right
after a random step, again and again, and each new process takes the sale back
and goes on. Every restart finds the sale as far as the last step it reported
(or one further: the kill landed between the commit and the report), never
less. The till takes each step when told (the cashier's next move), and the kill
comes right after the next move is given: before, inside or after that step.
Killed once more while it waits to be paid, the sale comes back with its lines
and both tenders, and paying the rest completes it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

from omnipos.db.engine import open_database
from omnipos.services.selling import CheckoutService
from tests.conftest import make_store
from tests.reliability.crash import REPO_ROOT
from tests.support.checkout_driver import (
    OPEN_SALE_LINES,
    OPEN_SALE_TENDER_MINOR,
    OPEN_SALE_TENDERS,
)


def _start(path: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.checkout_driver", "--open-sale", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO_ROOT,
    )


def _read(proc: subprocess.Popen[str]) -> str:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if not line:
        err = proc.stderr.read()[-800:] if proc.stderr else ""
        raise AssertionError(f"the till stopped by itself: {err}")
    return line.strip()


def _move(proc: subprocess.Popen[str]) -> None:
    """The cashier's next move: the till takes one more step."""
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()


def _kill(proc: subprocess.Popen[str]) -> list[str]:
    """SIGKILL the till; the lines it wrote that were not read yet (steps it stored)."""
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    assert proc.stdout is not None
    unread = proc.stdout.read().splitlines()
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
    return unread


def test_sigkill_while_ringing_up_loses_no_line_and_no_tender(tmp_path: Path) -> None:
    path = tmp_path / "till.sqlite3"
    make_store(path).close()
    rng = random.Random(14)
    reported = 0  # the furthest step a killed till said it had stored
    restarts = 0
    while True:
        proc = _start(path)
        restored = int(_read(proc).split()[1])
        assert reported <= restored <= reported + 1, (reported, restored)
        reported = restored
        restarts += 1
        stop_after = rng.randint(1, 3)  # kill right after this many more steps are stored
        line = ""
        while stop_after and line != "HELD":
            _move(proc)
            line = _read(proc)
            if line.startswith("KEPT "):
                reported = int(line.split()[1])
                stop_after -= 1
        if line != "HELD":
            _move(proc)  # the next step starts: the kill lands before, inside or after it
        # A step it reported before the kill landed counts as reported too.
        for unread in _kill(proc):
            if unread.startswith("KEPT "):
                reported = int(unread.split()[1])
            line = unread if unread == "HELD" else line
        if line == "HELD":
            break
    assert restarts >= 4  # the sale was taken back several times on its way

    svc = CheckoutService(open_database(path))  # the till started once more
    info = svc.open_sale()
    assert info is not None
    assert len(info.cart.lines) == OPEN_SALE_LINES
    assert [t.tendered_minor for t in info.tenders] == [OPEN_SALE_TENDER_MINOR] * OPEN_SALE_TENDERS
    payment = svc.start_payment(info.cart, info.tenders)
    taken = OPEN_SALE_TENDERS * OPEN_SALE_TENDER_MINOR
    assert payment.remaining_minor == payment.total_minor - taken
    payment.add_cash(payment.cash_due_minor)
    done = svc.complete_sale(info.cart, payment)
    assert len(done.receipt.tenders) == OPEN_SALE_TENDERS + 1
    assert svc.open_sale() is None
    svc.db.close()
