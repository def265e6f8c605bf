"""A headless till that sells in a loop: the crash-consistency driver.

``python -m tests.support.checkout_driver DB_PATH`` completes sales as fast as
it can and prints ``CONFIRMED <receipt_no>`` on stdout (flushed) after each
commit returns, the moment a real till would print the receipt. A test kills
it with SIGKILL at random moments and checks the database afterwards.
``tests.support.crash_forkserver`` runs the same loop in forked children so
a thousand kills do not pay a thousand interpreter start-ups.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import TextIO

from omnipos.db.engine import open_database
from omnipos.services.selling import CheckoutService

CODES = ("4006381333931", "036000291452", "96385074")


def sell_forever(db_path: Path, seed: int, out: TextIO) -> None:
    """Open the till database and complete sales until killed; one line per commit."""
    db = open_database(db_path)
    svc = CheckoutService(db)
    rng = random.Random(seed)
    out.write("READY\n")
    out.flush()
    try:
        while True:
            cart = svc.new_cart()
            for _ in range(rng.randint(1, 6)):
                svc.scan(cart, rng.choice(CODES))
            payment = svc.start_payment(cart)
            if rng.random() < 0.5:
                payment.add_cash(payment.cash_due_minor + rng.randint(0, 500))
            else:
                payment.add_card(payment.total_minor, "OK123", "4242")
            done = svc.complete_sale(cart, payment)
            out.write(f"CONFIRMED {done.receipt_no}\n")
            out.flush()
    finally:
        db.close()


def main(argv: list[str]) -> int:
    sell_forever(Path(argv[0]), int(argv[1]) if len(argv) > 1 else 0, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
