"""Issue 15, point 3: an approval covers one action on one thing, once, with both names.

A manager's PIN approves what the refusal asked for: the action, the line
or sale (or drawer, shift, staff member), and the amount. It is spent when
used, and the journal names who asked and who approved, on the override
entry and on the entry of what was done.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.permissions import Action, ApprovalRequest
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock


def _entries(db: Database, *kinds: str) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.scalars(select(JournalEntry).where(JournalEntry.kind.in_(kinds))
                         .order_by(JournalEntry.seq))
        return [{"kind": r.kind, "actor": r.actor, **r.payload} for r in rows]


@pytest.fixture
def co(store_db: Database, clock: FakeClock) -> CheckoutService:
    return CheckoutService(store_db, clock=clock)


def _refused_price(co: CheckoutService, cart: Any, line_id: str, price: int,
                   crew: Crew) -> ApprovalRequest:
    with pytest.raises(PermissionDenied) as refused:
        co.override_price(cart, line_id, price, "damaged", actor=crew.cashier)
    assert refused.value.request is not None
    return refused.value.request


def test_one_price_approval_changes_one_line(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    cart = co.new_cart()
    soap, bread = co.add_sku(cart, "SOAP"), co.add_sku(cart, "BREAD")
    request = _refused_price(co, cart, soap.line_id, 100, crew)
    assert request.subject == f"line:{soap.line_id}" and request.amount_minor == 100
    ok = staff_svc.approve("9753", request, crew.cashier)
    with pytest.raises(PermissionDenied, match="something else"):
        co.override_price(cart, bread.line_id, 100, "damaged", actor=crew.cashier, override=ok)
    assert cart.line(bread.line_id).unit_price_minor == 450
    co.override_price(cart, soap.line_id, 100, "damaged", actor=crew.cashier, override=ok)
    assert cart.line(soap.line_id).unit_price_minor == 100


def test_an_approval_is_used_once(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    cart = co.new_cart()
    soap = co.add_sku(cart, "SOAP")
    ok = staff_svc.approve("9753", _refused_price(co, cart, soap.line_id, 100, crew), crew.cashier)
    co.override_price(cart, soap.line_id, 100, "damaged", actor=crew.cashier, override=ok)
    with pytest.raises(PermissionDenied, match="already used"):
        co.override_price(cart, soap.line_id, 100, "damaged", actor=crew.cashier, override=ok)
    assert len(_entries(co.db, "price.overridden")) == 1


def test_an_approval_is_for_its_amount(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    cart = co.new_cart()
    soap = co.add_sku(cart, "SOAP")
    ok = staff_svc.approve("9753", _refused_price(co, cart, soap.line_id, 300, crew), crew.cashier)
    with pytest.raises(PermissionDenied, match="something else"):
        co.override_price(cart, soap.line_id, 1, "damaged", actor=crew.cashier, override=ok)
    assert cart.line(soap.line_id).unit_price_minor == 399


def test_an_approval_is_journalled_with_both_names(
    co: CheckoutService, staff_svc: StaffService, crew: Crew
) -> None:
    cart = co.new_cart()
    soap = co.add_sku(cart, "SOAP")
    request = _refused_price(co, cart, soap.line_id, 100, crew)
    ok = staff_svc.approve("9753", request, crew.cashier)
    co.override_price(cart, soap.line_id, 100, "damaged", actor=crew.cashier, override=ok)
    override, done = _entries(co.db, "override", "price.overridden")
    assert override["requested_by"] == crew.cashier.label
    assert override["approved_by"] == crew.manager.label == override["actor"]
    assert override["subject"] == request.subject and override["amount_minor"] == 100
    assert done["actor"] == crew.cashier.label and done["approved_by"] == crew.manager.label


def test_one_no_sale_approval_opens_the_drawer_once(
    store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    shifts = ShiftService(store_db, clock=clock)
    with pytest.raises(PermissionDenied) as refused:
        shifts.no_sale(actor=crew.cashier)
    request = refused.value.request
    assert request is not None and request.action is Action.NO_SALE
    assert request.subject == "drawer:T01"
    ok = staff_svc.approve("9753", request, crew.cashier)
    shifts.no_sale(actor=crew.cashier, override=ok)
    with pytest.raises(PermissionDenied, match="already used"):
        shifts.no_sale(actor=crew.cashier, override=ok)
    [entry] = _entries(store_db, "drawer.no_sale")
    assert entry["actor"] == crew.cashier.label and entry["approved_by"] == crew.manager.label


def test_an_approval_for_a_cancel_covers_that_sale_only(
    co: CheckoutService, staff_svc: StaffService, crew: Crew, store_db: Database
) -> None:
    """An approval to cancel one sale cancels no other, nor the same sale at another total."""
    from omnipos.domain.permissions import Role
    from omnipos.services import authz

    first, second = co.new_cart(), co.new_cart()
    co.add_sku(first, "SOAP")
    co.add_sku(second, "SOAP")
    request = ApprovalRequest(Action.CANCEL_SALE, f"sale:{first.cart_id}", 432)
    ok = staff_svc.approve("9753", request, crew.cashier)
    with store_db.transaction() as s:
        for subject, amount in ((f"sale:{second.cart_id}", 432), (f"sale:{first.cart_id}", 1)):
            with pytest.raises(PermissionDenied, match="something else"):
                authz.enforce(s, None, Action.CANCEL_SALE, ok, now=co._clock(),
                              subject=subject, amount_minor=amount)
        grant = authz.enforce(s, None, Action.CANCEL_SALE, ok, now=co._clock(),
                              subject=f"sale:{first.cart_id}", amount_minor=432)
    assert grant.approver is not None and grant.approver.role is Role.MANAGER
