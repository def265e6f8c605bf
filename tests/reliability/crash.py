"""Kill a selling till with SIGKILL at random moments; check what survives.

Two ways to start the till: a fresh interpreter per run (``run_crashes``,
what a real restart does) and a fork server (``run_forked_crashes``) that
imports once and forks a selling child per run, so a thousand kills fit in a
few minutes. Either way each child opens the database afresh, sells until it
is killed, and the database is checked before the next run.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from omnipos.services.journal.keys import JOURNAL_KEY_SERVICE, JournalKeys
from omnipos.sync.tokens import KeyringTokenStore
from tests.reliability.crash_checks import JournalCursor, check_journal, check_sales

# The drivers are test helpers (tests/support), run as modules from the repository root.
REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CrashReport:
    runs: int = 0
    failures: list[str] = field(default_factory=list)
    sales: int = 0
    confirmed: int = 0
    # Committed but killed before it said CONFIRMED: the kill hit between commit and print.
    unconfirmed_present: int = 0
    journal: JournalCursor = field(default_factory=JournalCursor)


def _check(path: Path, confirmed: set[str], report: CrashReport) -> None:
    """Integrity, the confirmed sales, every table a sale writes, the journal recomputed."""
    con = sqlite3.connect(path)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            report.failures.append(f"integrity_check: {ok}")
        receipts = {r for (r,) in con.execute("SELECT receipt_no FROM sales")}
        missing = confirmed - receipts
        if missing:
            report.failures.append(f"confirmed sales missing: {sorted(missing)[:5]}")
        report.failures.extend(check_sales(con))
        if report.journal.key is None:  # the key the till made at its first entry, if any
            report.journal.key = JournalKeys(
                path, KeyringTokenStore(JOURNAL_KEY_SERVICE)).stored()
        report.failures.extend(check_journal(con, report.journal))
        report.sales = len(receipts)
        report.confirmed = len(confirmed)
        report.unconfirmed_present = len(receipts - confirmed)
    finally:
        con.close()


def run_crashes(db_path: Path, runs: int, seed: int = 1, max_delay: float = 0.4) -> CrashReport:
    """Start the driver ``runs`` times, SIGKILL it at a random moment, check each time."""
    rng = random.Random(seed)
    report = CrashReport()
    confirmed: set[str] = set()
    env = dict(os.environ)
    for run in range(runs):
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.checkout_driver", str(db_path), str(seed + run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO_ROOT,
        )
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        if ready.strip() != "READY":
            err = proc.stderr.read()[-500:] if proc.stderr else ""
            report.failures.append(f"driver did not start: {err}")
            proc.kill()
            break
        lines: list[str] = []
        reader = threading.Thread(target=lines.extend, args=(proc.stdout,), daemon=True)
        reader.start()
        timer = threading.Timer(rng.uniform(0.0, max_delay), os.kill, (proc.pid, signal.SIGKILL))
        timer.start()
        proc.wait()
        timer.cancel()
        reader.join(timeout=5)
        confirmed |= {ln.split()[1] for ln in lines if ln.startswith("CONFIRMED ")}
        report.runs += 1
        _check(db_path, confirmed, report)
        if report.failures:
            break
    return report


class _ForkServer:
    """The ``crash_forkserver`` process and a thread that queues its output lines."""

    def __init__(self, db_path: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.crash_forkserver", str(db_path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True, bufsize=1, cwd=REPO_ROOT,
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, deadline: float) -> str:
        line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        if line is None:
            err = self.proc.stderr.read()[-800:] if self.proc.stderr else ""
            raise RuntimeError(f"fork server ended: {err}")
        return line

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def close(self) -> None:
        try:
            self.send("QUIT")
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def _one_forked_run(server: _ForkServer, seed: int, kill_after: int, delay: float,
                    confirmed: set[str], timeout: float) -> str | None:
    """Fork one seller, kill it after ``kill_after`` confirmed sales plus ``delay``; None if ok."""
    deadline = time.monotonic() + timeout
    server.send(f"RUN {seed}")
    pid = 0
    ready = False
    seen = 0
    while not (pid and ready and seen >= kill_after):
        line = server.next_line(deadline)
        if line.startswith("CHILD "):
            pid = int(line.split()[1])
        elif line == "READY":
            ready = True
        elif line.startswith("CONFIRMED "):
            confirmed.add(line.split()[1])
            seen += 1
        elif line.startswith(("ERROR", "EXIT")):
            return f"seller stopped by itself: {line}"
    # The random part of the kill moment: a sale commits in a few ms, so a delay
    # of 0..max_delay lands before, inside and after transactions alike.
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    while True:
        line = server.next_line(deadline)
        if line.startswith("CONFIRMED "):
            confirmed.add(line.split()[1])
        elif line.startswith(f"EXIT {pid} "):
            status = int(line.split()[2])
            if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
                return f"seller ended with status {status}, not by SIGKILL"
            return None
        elif line.startswith("ERROR"):
            return f"seller failed: {line}"


def run_forked_crashes(db_path: Path, runs: int, seed: int = 1, max_delay: float = 0.03,
                       max_lines: int = 3, timeout: float = 60.0) -> CrashReport:
    """``runs`` forked sellers, each SIGKILLed after 0..max_lines sales plus 0..max_delay s."""
    rng = random.Random(seed)
    report = CrashReport()
    confirmed: set[str] = set()
    server = _ForkServer(db_path)
    try:
        if server.next_line(time.monotonic() + timeout) != "SERVER":
            report.failures.append("fork server did not start")
            return report
        for run in range(runs):
            problem = _one_forked_run(server, seed + run, rng.randint(0, max_lines),
                                      rng.uniform(0.0, max_delay), confirmed, timeout)
            report.runs += 1
            if problem:
                report.failures.append(problem)
            _check(db_path, confirmed, report)
            if report.failures:
                break
    finally:
        server.close()
    return report
