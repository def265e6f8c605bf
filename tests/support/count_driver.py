"""A headless till that counts in a loop: the count kill test's driver.

``python -m tests.support.count_driver DB_PATH SESSION_ID SEED`` scans codes
(items and, now and then, a code no item has) into the session's whole-store
area as fast as it can and prints ``COUNTED <n>`` on stdout (flushed) after
each scan returns, the moment the Counts screen would show it. A test kills
it with SIGKILL and checks that every scan it saw confirmed is in the
database, and that each line's total is the sum of its scans.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import TextIO

from omnipos.db.engine import open_database
from omnipos.services.counts import CountService

CODES = ("4006381333931", "036000291452", "96385074", "SOAP", "2000000000008")


def count_forever(db_path: Path, session_id: str, seed: int, out: TextIO) -> None:
    db = open_database(db_path)
    svc = CountService(db)
    rng = random.Random(seed)
    svc.open_area(session_id)
    out.write("READY\n")
    out.flush()
    n = 0
    try:
        while True:
            svc.scan(session_id, "", rng.choice(CODES))
            n += 1
            out.write(f"COUNTED {n}\n")
            out.flush()
    finally:
        db.close()


def main(argv: list[str]) -> int:
    count_forever(Path(argv[0]), argv[1], int(argv[2]) if len(argv) > 2 else 0, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
