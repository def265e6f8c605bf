"""The checkout service enforces the matrix (void, cancel, price override, discount limit)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry
from omnipos.db.settings import set_setting
from omnipos.domain.cart import Discount
from omnipos.domain.errors import PermissionDenied
from omnipos.services.authz import DISCOUNT_LIMIT_SETTING
from omnipos.services.selling import CheckoutService
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock


def _kinds(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            (e.kind, e.actor) for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]


def test_no_staff_store_keeps_old_signatures(store_db: Database) -> None:
    co = CheckoutService(store_db)
    cart = co.new_cart()
    line = co.scan(cart, "4006381333931")
    co.override_price(cart, line.line_id, 100, "damaged")
    co.set_line_discount(cart, line.line_id, Discount.percent("90"))
    co.void_line(cart, line.line_id)
    co.scan(cart, "4006381333931")
    co.cancel(cart, reason="r")


def test_staff_store_requires_sign_in(store_db: Database, crew: Crew) -> None:
    co = CheckoutService(store_db)
    cart = co.new_cart()
    line = co.scan(cart, "4006381333931")
    with pytest.raises(PermissionDenied):
        co.void_line(cart, line.line_id)
    with pytest.raises(PermissionDenied):
        co.cancel(cart)
    assert len(cart.lines) == 1
    co.void_line(cart, line.line_id, actor=crew.cashier)
    assert ("line.voided", crew.cashier.label) in _kinds(store_db)


def test_price_override_needs_manager_and_leaves_cart_alone(
    store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    co = CheckoutService(store_db, clock=clock)
    cart = co.new_cart()
    line = co.scan(cart, "4006381333931")
    with pytest.raises(PermissionDenied) as refused:
        co.override_price(cart, line.line_id, 100, "damaged", actor=crew.cashier)
    assert cart.line(line.line_id).unit_price_minor == 399
    assert refused.value.request is not None
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    co.override_price(cart, line.line_id, 100, "damaged", actor=crew.cashier, override=ok)
    assert cart.line(line.line_id).unit_price_minor == 100
    kinds = _kinds(store_db)
    assert ("override", crew.manager.label) in kinds and (
        "price.overridden",
        crew.cashier.label,
    ) in kinds


def test_discount_over_store_limit(
    store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    with store_db.transaction() as s:
        set_setting(s, DISCOUNT_LIMIT_SETTING, "10")
    co = CheckoutService(store_db, clock=clock)
    cart = co.new_cart()
    line = co.scan(cart, "4006381333931")
    co.set_line_discount(
        cart, line.line_id, Discount.percent("10"), actor=crew.cashier
    )  # at the limit
    with pytest.raises(PermissionDenied):
        co.set_line_discount(cart, line.line_id, Discount.amount(100), actor=crew.cashier)  # 25 %
    with pytest.raises(PermissionDenied):
        co.set_order_discount(cart, Discount.percent("15"), actor=crew.cashier)
    co.set_order_discount(cart, Discount.percent("15"), actor=crew.manager)
    assert ("discount.over_limit", crew.manager.label) in _kinds(store_db)
