"""`make bench`: run every benchmark at the sizes DESIGN.md budgets name, then one table.

Each benchmark prints machine-readable JSON lines; this runner passes them
through and collects the rows (bench/table.py) into the closing table: path,
budget, now, floor, ratio, the load average when it was taken, OK or OVER.
``--quick`` (`make bench-quick`) runs the same at small sizes in under 3 minutes.
Budgets (p99 unless noted): scan -> cart line 1 ms; scan -> visible line 16 ms;
search top 50 30 ms; complete_sale 5 ms (and the three again after a year of
500,000 sales, with the database's size); start -> ready 1.5 s; push 10,000
events 15 s; first pull of 1,000,000 SKUs 120 s and 400 MB; routing one order
(200 nodes, 10,000 SKUs) 20 ms; the pickup queue with 500 open orders is printed
beside its floor; a count scan, durable, 5 ms (a full count of 50,000 SKUs,
200,000 scans, with the review's open time and submit to the hub).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from table import Row, render

HERE = Path(__file__).resolve().parent

FULL = [
    ["bench_till.py", "--products", "1000000"],
    ["bench_till_year.py", "--sales", "500000", "--products", "1000000"],
    ["bench_devices.py"],
    ["bench_sync_push.py", "--events", "10000"],
    ["bench_sync_pull.py", "--products", "1000000"],
    # 200 tills offering 1,000 events/s (a push of 5 every second each): DESIGN.md's peak
    ["bench_sync_load.py", "--tills", "200", "--duration", "60", "--interval", "1", "--db",
     "both"],
    ["bench_routing.py", "--orders", "10000"],
    ["bench_pickup_queue.py", "--open", "500"],
    ["bench_counts.py", "--skus", "50000", "--scans", "200000"],
    ["bench_startup.py"],
    ["bench_scan_gui.py", "--products", "1000000"],
]
QUICK = [  # the same paths at sizes that fit in under 3 minutes (the build caches in bench/out)
    ["bench_till.py", "--products", "50000", "--samples", "500"],
    ["bench_till_year.py", "--sales", "10000", "--products", "50000", "--samples", "300"],
    ["bench_devices.py", "--samples", "500"],
    ["bench_sync_push.py", "--events", "1000"],
    ["bench_sync_pull.py", "--products", "20000"],
    ["bench_sync_load.py", "--tills", "10", "--duration", "5", "--db", "sqlite"],
    ["bench_routing.py", "--orders", "200", "--skus", "2000"],
    ["bench_pickup_queue.py", "--open", "50", "--closed", "100", "--samples", "20"],
    ["bench_startup.py", "--runs", "2"],
    ["bench_scan_gui.py", "--products", "50000", "--samples", "100"],
    ["bench_counts.py", "--skus", "2000", "--scans", "6000"],
]


def _load() -> float | None:
    return round(os.getloadavg()[0], 1) if hasattr(os, "getloadavg") else None


def run(cmd: list[str], rows: list[Row]) -> int:
    """Run one bench, passing its output through and keeping the rows it prints."""
    started = time.monotonic()
    print(f"# {' '.join(cmd)}", flush=True)
    with subprocess.Popen([sys.executable, str(HERE / cmd[0]), *cmd[1:]], text=True,
                          stdout=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            sys.stdout.write(line)
            row = Row.from_line(line)
            if row is not None:
                rows.append(row if row.load is not None else replace(row, load=_load()))
    sys.stdout.flush()
    print(f"# {cmd[0]}: {time.monotonic() - started:.0f} s", flush=True)
    if proc.returncode:
        print(f"# {cmd[0]} exited {proc.returncode}", flush=True)
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a smoke check")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    rows: list[Row] = []
    failed = [cmd[0] for cmd in plan if run(cmd, rows)]
    print(f"\n{render(rows)}", flush=True)
    if failed:
        print(f"# failed: {', '.join(failed)}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
