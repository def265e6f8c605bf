"""Kill a selling till with SIGKILL at random moments; check what survives."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class CrashReport:
    runs: int = 0
    failures: list[str] = field(default_factory=list)
    sales: int = 0


def _check(path: Path, confirmed: set[str], report: CrashReport) -> None:
    con = sqlite3.connect(path)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            report.failures.append(f"integrity_check: {ok}")
        receipts = {r for (r,) in con.execute("SELECT receipt_no FROM sales")}
        missing = confirmed - receipts
        if missing:
            report.failures.append(f"confirmed sales missing: {sorted(missing)[:5]}")
        seqs = [s for (s,) in con.execute("SELECT receipt_seq FROM sales ORDER BY receipt_seq")]
        if seqs != list(range(1, len(seqs) + 1)):
            report.failures.append("receipt numbers have a gap")
        half = con.execute(
            "SELECT count(*) FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)"
            " OR NOT EXISTS (SELECT 1 FROM sale_tenders t WHERE t.sale_id = s.id)"
        ).fetchone()[0]
        if half:
            report.failures.append(f"{half} half-written sales")
        per_sale = con.execute(
            "SELECT count(*) FROM sales s WHERE (SELECT count(*) FROM outbox o WHERE o.type = 'sale.completed'"
            " AND json_extract(o.payload, '$.sale_id') = s.id) != 1"
        ).fetchone()[0]
        events = con.execute("SELECT count(*) FROM outbox WHERE type = 'sale.completed'").fetchone()[0]
        if per_sale or events != len(seqs):
            report.failures.append(f"outbox does not hold one event per sale ({events} for {len(seqs)})")
        report.sales = len(seqs)
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
            [sys.executable, "-m", "omnipos.tools.checkout_driver", str(db_path), str(seed + run)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        if ready.strip() != "READY":
            report.failures.append(f"driver did not start: {proc.stderr.read()[-500:] if proc.stderr else ''}")
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
