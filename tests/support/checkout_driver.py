"""A headless till that sells in a loop: the crash-consistency driver.

``python -m tests.support.checkout_driver DB_PATH`` completes sales as fast as
it can (two tax classes, some with line or sale discounts, cash or card) and
prints ``CONFIRMED <receipt_no>`` on stdout (flushed) after each commit
returns, the moment a real till would print the receipt. A test kills
it with SIGKILL at random moments and checks the database afterwards.
``tests.support.crash_forkserver`` runs the same loop in forked children so
a thousand kills do not pay a thousand interpreter start-ups.

``python -m tests.support.checkout_driver --open-sale DB_PATH`` rings up ONE
sale and never pays it: it takes back the sale open when it last stopped
(``RESTORED <steps>``), then goes on, one step at a time, to ``OPEN_SALE_LINES``
scanned lines and ``OPEN_SALE_TENDERS`` cash tenders, printing ``KEPT <steps>``
each time the step is stored, and ``HELD`` when the sale is rung up and waits to be paid.
It takes each step when a line comes on stdin (the cashier's next move), so the test
knows which step a kill can land in.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import TextIO

from omnipos.db.engine import open_database
from omnipos.domain.cart import Discount
from omnipos.services.journal import journal_keys
from omnipos.services.selling import CheckoutService
from omnipos.till import TillServices

CODES = ("4006381333931", "036000291452", "96385074")


def sell_forever(db_path: Path, seed: int, out: TextIO) -> None:
    """Open the till database and complete sales until killed; one line per commit."""
    db = open_database(db_path)
    journal_keys(db).stored()  # as a till does at start: the keyring is read before selling
    # As the till does once its window shows: the first sale pays no lazy imports, so a
    # kill soon after READY lands in selling, not in loading pydantic.
    TillServices.warm_up()
    svc = CheckoutService(db)
    rng = random.Random(seed)
    out.write("READY\n")
    out.flush()
    try:
        while True:
            cart = svc.new_cart()
            for _ in range(rng.randint(1, 6)):
                line = svc.scan(cart, rng.choice(CODES))
                if rng.random() < 0.2:
                    off = Discount.percent(rng.choice(("5", "10")))
                    svc.set_line_discount(cart, line.line_id, off)
            if rng.random() < 0.2:
                svc.set_order_discount(cart, Discount.amount(rng.randint(1, 50)))
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


OPEN_SALE_LINES = 8
OPEN_SALE_TENDERS = 2
OPEN_SALE_TENDER_MINOR = 100  # 1.00 cash each: less than any eight lines cost


def steps_of(lines: int, tenders: int) -> int:
    """How far the open sale is: one step per line scanned and per tender taken."""
    return lines + tenders


def ring_up_open_sale(db_path: Path, out: TextIO, moves: TextIO) -> None:
    """Take back the open sale and go on ringing it up, storing each step as ``moves`` gives
    a line for it; then wait."""
    db = open_database(db_path)
    svc = CheckoutService(db)
    info = svc.open_sale()
    cart = info.cart if info is not None else svc.new_cart()
    tenders = list(info.tenders) if info is not None else []
    out.write(f"RESTORED {steps_of(len(cart.lines), len(tenders))}\n")
    out.flush()
    while len(cart.lines) < OPEN_SALE_LINES and moves.readline():
        svc.scan(cart, CODES[len(cart.lines) % len(CODES)])
        svc.keep(cart)
        out.write(f"KEPT {steps_of(len(cart.lines), 0)}\n")
        out.flush()
    payment = svc.start_payment(cart, tenders)  # the tenders taken before count again
    while len(payment.tenders) < OPEN_SALE_TENDERS and moves.readline():
        payment.add_cash(OPEN_SALE_TENDER_MINOR)
        svc.keep(cart, payment.tenders)
        out.write(f"KEPT {steps_of(len(cart.lines), len(payment.tenders))}\n")
        out.flush()
    out.write("HELD\n")
    out.flush()
    moves.read()  # the cashier has not paid yet: wait until killed (or stdin closes)
    db.close()


def main(argv: list[str]) -> int:
    if argv[:1] == ["--open-sale"]:
        ring_up_open_sale(Path(argv[1]), sys.stdout, sys.stdin)
        return 0
    sell_forever(Path(argv[0]), int(argv[1]) if len(argv) > 1 else 0, sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
