"""Issue 14, defect 2: the open sale is stored as it changes and comes back after a restart.

A cart was saved only when the window closed cleanly. Now every change is in the
``open_sales`` row: scans and quantities through ``keep`` (the till calls it right
after the change), journalled changes (void, price, discount over the limit) in the
journal entry's own transaction, tenders as they are taken. Paying, parking and
cancelling remove it in their transaction; resuming a parked sale makes it open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from omnipos.db.engine import Database, Durability, open_database
from omnipos.db.models import JournalEntry, OpenSale, ParkedSale
from omnipos.db.settings import set_setting
from omnipos.domain.cart import Discount
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.tenders import Payment
from omnipos.services.authz import DISCOUNT_LIMIT_SETTING
from omnipos.services.selling import CheckoutService, TendersTaken
from tests.conftest import make_store
from tests.support.staff import Crew

SOAP, MILK, BREAD = "4006381333931", "036000291452", "96385074"


def _reopened(path: Path) -> CheckoutService:
    """The till started again on the same file (a new service, nothing kept in memory)."""
    return CheckoutService(open_database(path))


def _rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(OpenSale)) or 0


def test_scans_and_a_tender_come_back_after_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "till.sqlite3"
    db = make_store(path)
    svc = CheckoutService(db)
    cart = svc.new_cart()
    svc.scan(cart, SOAP)
    assert svc.keep(cart) is True
    assert svc.keep(cart) is False  # nothing changed: nothing written
    line = svc.scan(cart, MILK)
    svc.set_quantity(cart, line.line_id, 3)
    svc.keep(cart)
    payment = svc.start_payment(cart)
    payment.add_cash(500)  # 5.00 of 8.27 handed over
    svc.keep(cart, payment.tenders)
    db.close()  # no clean shutdown of the sale: the process just stops here

    again = _reopened(path)
    info = again.open_sale()
    assert info is not None and info.cart.cart_id == cart.cart_id
    assert [(ln.product.sku, str(ln.qty)) for ln in info.cart.lines] == [("SOAP", "1"),
                                                                         ("MILK", "3")]
    assert [(t.kind.value, t.tendered_minor) for t in info.tenders] == [("cash", 500)]
    assert info.started_by == "Till T01"
    payment = again.start_payment(info.cart, info.tenders)
    assert payment.remaining_minor == payment.total_minor - 500
    payment.add_cash(payment.cash_due_minor)
    done = again.complete_sale(info.cart, payment)
    assert [t.amount_minor for t in done.receipt.tenders][0] == 500
    assert again.open_sale() is None and _rows(again.db) == 0
    again.db.close()


def test_journalled_changes_store_the_open_sale_in_their_own_transaction(
        store_db: Database, crew: Crew) -> None:
    with store_db.transaction() as s:
        set_setting(s, DISCOUNT_LIMIT_SETTING, 10)
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    soap = svc.scan(cart, SOAP)
    bread = svc.scan(cart, BREAD)
    # No keep() here: the void itself stores the sale without the voided line.
    svc.void_line(cart, bread.line_id, actor=crew.manager)
    assert [ln.product.sku for ln in _reopened(store_db.path).open_sale().cart.lines] == ["SOAP"]
    svc.override_price(cart, soap.line_id, 299, "dented", actor=crew.manager)
    assert _reopened(store_db.path).open_sale().cart.lines[0].unit_price_minor == 299
    svc.set_line_discount(cart, soap.line_id, Discount.percent("50"), actor=crew.manager)
    stored = _reopened(store_db.path).open_sale().cart
    assert stored.lines[0].discount == Discount.percent("50")
    # A refused change leaves the cart and the stored sale as they were.
    with pytest.raises(PermissionDenied):
        svc.set_order_discount(cart, Discount.percent("60"), actor=crew.cashier)
    assert cart.order_discount is None
    assert _reopened(store_db.path).open_sale().cart.order_discount is None
    with store_db.read() as s:
        kinds = s.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)).all()
    assert kinds[-3:] == ["line.voided", "price.overridden", "discount.over_limit"]


def test_only_an_unpaid_sale_is_kept_without_waiting_for_the_disk(
        store_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    svc = CheckoutService(store_db)
    assert svc.open_sale() is None  # the till starts: no sale open, nothing paid
    used: list[Durability] = []
    transaction = store_db.transaction

    def recorded(durability: Durability = Durability.ON_COMMIT) -> Any:
        used.append(durability)
        return transaction(durability)

    monkeypatch.setattr(store_db, "transaction", recorded)
    cart = svc.new_cart()
    svc.scan(cart, SOAP)
    svc.keep(cart)
    payment = svc.start_payment(cart)
    payment.add_cash(100)
    svc.keep(cart, payment.tenders)  # money taken: on disk before the till shows it
    svc.keep(cart)  # the tender removed (handed back): on disk too
    svc.scan(cart, MILK)
    svc.keep(cart)
    assert used == [Durability.SOON, Durability.ON_COMMIT, Durability.ON_COMMIT,
                    Durability.SOON]


def test_park_cancel_and_resume_move_the_open_sale(store_db: Database) -> None:
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    svc.scan(cart, SOAP)
    svc.keep(cart)
    parked = svc.park(cart, label="soap", owner="Cam Cashier (#1)")
    assert _rows(store_db) == 0
    with store_db.read() as s:
        assert s.get(ParkedSale, parked).cashier == "Cam Cashier (#1)"
    resumed = svc.resume(parked)  # open again at once, still Cam's sale
    info = _reopened(store_db.path).open_sale()
    assert info is not None and info.cart.cart_id == resumed.cart_id
    assert info.started_by == "Cam Cashier (#1)"
    svc.cancel(resumed, reason="customer left")
    assert _rows(store_db) == 0 and svc.open_sale() is None


def test_a_sale_with_tenders_taken_does_not_change(store_db: Database) -> None:
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    line = svc.scan(cart, SOAP)
    payment: Payment = svc.start_payment(cart)
    payment.add_cash(200)
    svc.keep(cart, payment.tenders)
    for change in (lambda: svc.scan(cart, MILK), lambda: svc.set_quantity(cart, line.line_id, 2),
                   lambda: svc.void_line(cart, line.line_id),
                   lambda: svc.park(cart), lambda: svc.cancel(cart, reason="left")):
        with pytest.raises(TendersTaken):
            change()
    assert len(cart.lines) == 1
    payment.remove_last()
    svc.keep(cart, payment.tenders)  # the cash handed back: the sale may change again
    svc.scan(cart, MILK)
    assert len(cart.lines) == 2
