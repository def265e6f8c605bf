"""`make bench`: run every benchmark at the sizes DESIGN.md budgets name.

Each benchmark prints machine-readable JSON lines; this runner passes them
through. ``--quick`` runs small sizes for a smoke check. Budgets (p99 unless
noted): scan -> cart line 1 ms; scan -> visible line 16 ms; search top 50
30 ms; complete_sale 5 ms; start -> ready 1.5 s; push 10,000 events 15 s;
first pull of 1,000,000 SKUs 120 s and 400 MB; routing one order (200 nodes,
10,000 SKUs) 20 ms; the pickup queue with 500 open orders is printed beside its floor; a
count scan, durable, 5 ms (a full count of 50,000 SKUs, 200,000 scans, with the review's
open time and submit to the hub).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

FULL = [
    ["bench_till.py", "--products", "1000000"],
    ["bench_devices.py"],
    ["bench_sync_push.py", "--events", "10000"],
    ["bench_sync_pull.py", "--products", "1000000"],
    ["bench_sync_load.py", "--tills", "200", "--duration", "60", "--db", "both"],
    ["bench_routing.py", "--orders", "10000"],
    ["bench_pickup_queue.py", "--open", "500"],
    ["bench_counts.py", "--skus", "50000", "--scans", "200000"],
]
QUICK = [
    ["bench_till.py", "--products", "50000", "--samples", "500"],
    ["bench_devices.py", "--samples", "500"],
    ["bench_sync_push.py", "--events", "2000"],
    ["bench_sync_pull.py", "--products", "50000"],
    ["bench_sync_load.py", "--tills", "20", "--duration", "10", "--db", "sqlite"],
    ["bench_routing.py", "--orders", "1000"],
    ["bench_pickup_queue.py", "--open", "100", "--closed", "200", "--samples", "50"],
    ["bench_counts.py", "--skus", "2000", "--scans", "6000"],
]
OPTIONAL = ["bench_startup.py", "bench_scan_gui.py"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a smoke check")
    args = parser.parse_args()
    plan = QUICK if args.quick else FULL
    plan = plan + [[name] for name in OPTIONAL if (HERE / name).exists()]
    failed = 0
    for cmd in plan:
        print(f"# {' '.join(cmd)}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / cmd[0]), *cmd[1:]], check=False)
        if result.returncode:
            print(f"# {cmd[0]} exited {result.returncode}", flush=True)
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
