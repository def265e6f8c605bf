"""Take in a parcel for ever, for crash tests: ``python -m tests.support.intake_driver DB RMA``.

Opens the till database afresh, starts (or resumes) the intake of the RMA
and scans its expected items one after the other, grading every third one
damaged. After each call returns (committed) it prints ``SCANNED <item_no>``
or ``GRADED <item_no>``; the test kills it with SIGKILL at any moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from omnipos.db.engine import open_database
from omnipos.domain.returns import Condition
from omnipos.services.parcels import ParcelService
from omnipos.services.selling import CheckoutService

CODES = ("4006381333931", "036000291452")  # the test store's soap and milk


def take_in_forever(db_path: Path, rma_number: str) -> None:
    db = open_database(db_path)
    parcels = ParcelService(db, CheckoutService(db))
    view = parcels.start(rma_number)
    print(f"READY {view.intake_id} {len(view.items)}", flush=True)
    n = len(view.items)
    while True:
        item = parcels.scan(view.intake_id, CODES[n % len(CODES)])
        print(f"SCANNED {item.item_no}", flush=True)
        if item.item_no % 3 == 0:
            parcels.grade(view.intake_id, item.item_no, Condition.DAMAGED)
            print(f"GRADED {item.item_no}", flush=True)
        n += 1


if __name__ == "__main__":
    take_in_forever(Path(sys.argv[1]), sys.argv[2])
