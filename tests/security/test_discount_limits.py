"""Issue 15, point 2: a discount limit holds after every change of the cart.

The store allows a cashier 10 %. The limit is checked when a discount is
given, again when a quantity, a price or a void changes what it amounts to,
and again when the sale is paid; the sale discount counts on top of the line
discounts, so two discounts within the limit cannot be stacked past it.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry, Sale
from omnipos.db.settings import set_setting
from omnipos.domain.cart import Discount
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.permissions import Action
from omnipos.services.authz import DISCOUNT_LIMIT_SETTING
from omnipos.services.selling import CheckoutService
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock

SOAP = "4006381333931"  # 3.99, standard tax
BREAD = "96385074"  # 4.50, reduced tax


@pytest.fixture
def co(store_db: Database, clock: FakeClock) -> CheckoutService:
    with store_db.transaction() as s:
        set_setting(s, DISCOUNT_LIMIT_SETTING, "10")
    return CheckoutService(store_db, clock=clock)


def _entries(db: Database, kind: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.kind == kind)
                         .order_by(JournalEntry.seq))
        return [{"actor": r.actor, **r.payload} for r in rows]


def _ten_soaps(co: CheckoutService, crew: Crew) -> tuple[Any, str]:
    cart = co.new_cart()
    line = co.add_sku(cart, "SOAP", 10)  # 39.90
    co.set_line_discount(cart, line.line_id, Discount.amount(399), actor=crew.cashier)  # 10 %
    return cart, line.line_id


def test_quantity_one_does_not_make_the_line_free(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    """The issue's example: 3.99 off 10 x 3.99 under a 10 % limit, then quantity 1."""
    cart, line_id = _ten_soaps(co, crew)
    assert _entries(co.db, "discount.over_limit") == []  # 10 % is within the limit
    with pytest.raises(PermissionDenied, match="100.0 % off") as refused:
        co.set_quantity(cart, line_id, 1, actor=crew.cashier)
    assert cart.line(line_id).qty == 10 and cart.view().totals.discount_minor == 399
    request = refused.value.request
    assert request is not None and request.action is Action.DISCOUNT_OVER_LIMIT
    assert request.subject == f"line:{line_id}" and request.amount_minor == 399
    ok = staff_svc.approve("9753", request, crew.cashier)
    co.set_quantity(cart, line_id, 1, actor=crew.cashier, override=ok)
    assert cart.view().totals.total_minor == 0
    [entry] = _entries(co.db, "discount.over_limit")
    assert entry["actor"] == crew.cashier.label and entry["approved_by"] == crew.manager.label
    co.set_quantity(cart, line_id, 2, actor=crew.cashier)  # 3.99 of 7.98 is covered: no ask


def test_a_void_cannot_take_the_sale_discount_past_the_limit(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    cart = co.new_cart()
    soap = co.add_sku(cart, "SOAP", 5)  # 19.95
    co.add_sku(cart, "BREAD", 1)  # 4.50
    co.set_order_discount(cart, Discount.amount(240), actor=crew.cashier)  # 9.8 % of 24.45
    with pytest.raises(PermissionDenied, match="the sale 53.3 % off") as refused:
        co.void_line(cart, soap.line_id, actor=crew.cashier)
    assert len(cart.lines) == 2 and _entries(co.db, "line.voided") == []
    assert refused.value.request is not None
    assert refused.value.request.subject == f"sale:{cart.cart_id}"
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    co.void_line(cart, soap.line_id, actor=crew.cashier, override=ok)
    assert len(cart.lines) == 1 and len(_entries(co.db, "line.voided")) == 1
    assert _entries(co.db, "discount.over_limit")[0]["approved_by"] == crew.manager.label


def test_a_new_price_names_the_discount_it_leaves(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    """The manager who approves a lower price approves the discount it leaves, knowingly."""
    cart = co.new_cart()
    line = co.add_sku(cart, "SOAP", 2)  # 7.98
    co.set_line_discount(cart, line.line_id, Discount.amount(79), actor=crew.cashier)  # 9.9 %
    with pytest.raises(PermissionDenied, match="39.5 % off") as refused:
        co.override_price(cart, line.line_id, 100, "damaged box", actor=crew.cashier)
    assert cart.line(line.line_id).unit_price_minor == 399
    assert refused.value.request is not None
    assert refused.value.request.action is Action.PRICE_OVERRIDE
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    co.override_price(cart, line.line_id, 100, "damaged box", actor=crew.cashier, override=ok)
    [entry] = _entries(co.db, "discount.over_limit")
    assert entry["approved_by"] == crew.manager.label and entry["actor"] == crew.cashier.label


def test_sale_discount_counts_on_top_of_the_line_discounts(
    co: CheckoutService, crew: Crew
) -> None:
    cart, line_id = _ten_soaps(co, crew)  # 10 % off the line already
    for stacked in (Discount.amount(100), Discount.percent("10"), Discount.percent("1")):
        with pytest.raises(PermissionDenied, match="the sale"):
            co.set_order_discount(cart, stacked, actor=crew.cashier)
        assert cart.order_discount is None
    co.set_line_discount(cart, line_id, None, actor=crew.cashier)
    co.set_order_discount(cart, Discount.percent("10"), actor=crew.cashier)  # alone, at the limit
    assert cart.view().totals.discount_minor == 399
    with pytest.raises(PermissionDenied):  # and now no line discount on top
        co.set_line_discount(cart, line_id, Discount.percent("5"), actor=crew.cashier)


def test_percentages_at_the_limit_pass_whatever_the_rounding(
    co: CheckoutService, crew: Crew
) -> None:
    cart = co.new_cart()
    lines = [co.add_sku(cart, sku, 1) for sku in ("SOAP", "BREAD", "MILK")]
    for line in lines:
        co.set_line_discount(cart, line.line_id, Discount.percent("10"), actor=crew.cashier)
    co.set_quantity(cart, lines[0].line_id, 7, actor=crew.cashier)
    other = co.new_cart()
    co.add_sku(other, "MILK", 3)
    co.set_order_discount(other, Discount.percent("10"), actor=crew.cashier)
    assert _entries(co.db, "discount.over_limit") == []


def test_complete_sale_checks_the_limit_again(
    co: CheckoutService, staff_svc: StaffService, crew: Crew, store_db: Database
) -> None:
    """A cart changed behind the service's back (or a limit lowered since) is not paid as is."""
    cart = co.new_cart()
    line = co.add_sku(cart, "SOAP", 1)
    cart.set_line_discount(line.line_id, Discount.percent("50"))  # the domain, not the service
    payment = co.start_payment(cart)
    payment.add_cash(payment.cash_due_minor)
    with pytest.raises(PermissionDenied, match="50.0 % off") as refused:
        co.complete_sale(cart, payment, actor=crew.cashier)
    with store_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 0
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    done = co.complete_sale(cart, payment, actor=crew.cashier, override=ok)
    assert done.total_minor == payment.total_minor
    assert _entries(co.db, "discount.over_limit")[0]["approved_by"] == crew.manager.label


def test_a_manager_gives_any_discount_journalled(co: CheckoutService, crew: Crew) -> None:
    cart = co.new_cart()
    line = co.add_sku(cart, "SOAP", 1)
    co.set_line_discount(cart, line.line_id, Discount.percent("60"), actor=crew.manager)
    [entry] = _entries(co.db, "discount.over_limit")
    assert entry["actor"] == crew.manager.label and entry["percent"] == "60.0"


def test_the_open_sale_is_stored_with_the_limit_held_in_one_transaction(
    co: CheckoutService, staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    """A refused change stores nothing; an approved one is the open sale, approval included,
    so a till restarted after it neither loses the change nor asks the manager again."""
    cart, line_id = _ten_soaps(co, crew)
    with pytest.raises(PermissionDenied) as refused:
        co.set_quantity(cart, line_id, 1, actor=crew.cashier)
    stored = co.open_sale()
    assert stored is not None and stored.cart.line(line_id).qty == 10
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    co.set_quantity(cart, line_id, 1, actor=crew.cashier, override=ok)
    restarted = CheckoutService(co.db, clock=clock)
    stored = restarted.open_sale()
    assert stored is not None and stored.cart.line(line_id).qty == 1
    assert stored.cart.discount_approvals == {f"line:{line_id}": 399}
    restarted.set_quantity(stored.cart, line_id, 1, actor=crew.cashier)  # covered: no ask
    payment = restarted.start_payment(stored.cart)  # nothing left to pay
    assert restarted.complete_sale(stored.cart, payment, actor=crew.cashier).total_minor == 0
    assert restarted.open_sale() is None
