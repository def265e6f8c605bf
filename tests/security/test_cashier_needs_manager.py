"""A cashier cannot do any manager action through the services without an override.

Every action outside the cashier's row of the matrix is tried through the
service that does it; where no service exists yet (post-void, refunds, stock
adjustments, count approval) it is tried through the enforcement layer those
services must call (``services.authz.enforce``).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from omnipos.db.engine import Database
from omnipos.db.settings import set_setting
from omnipos.domain.cart import Discount
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.permissions import Action, Actor, ManagerOverride, Role, allowed
from omnipos.domain.shifts import CashCount
from omnipos.services import authz
from omnipos.services.selling import CheckoutService
from omnipos.services.settings import change_settings
from omnipos.services.shifts import OVER_SHORT_SETTING, ShiftService
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock

MANAGER_ACTIONS = sorted((a for a in Action if not allowed(Role.CASHIER, a)), key=str)
FLOAT = CashCount("USD", {1000: 10})

Attempt = Callable[[Actor, ManagerOverride | None], object]


def _attempts(
    db: Database, staff: StaffService, clock: FakeClock, crew: Crew
) -> dict[Action, Attempt]:
    co = CheckoutService(db, clock=clock)
    shifts = ShiftService(db, clock=clock)
    with db.transaction() as s:
        set_setting(s, "store.discount_limit_pct", "10")
        set_setting(s, OVER_SHORT_SETTING, 100)
        set_setting(s, "hub.url", "https://hub.example")

    # The refused attempt and the approved one act on the same line: an approval is for it.
    cart = co.new_cart()
    line_id = co.scan(cart, "4006381333931").line_id
    other = co.new_cart()
    other_line = co.scan(other, "4006381333931").line_id

    def price(actor: Actor, ok: ManagerOverride | None) -> object:
        return co.override_price(cart, line_id, 100, "damaged", actor=actor, override=ok)

    def discount(actor: Actor, ok: ManagerOverride | None) -> object:
        return co.set_line_discount(other, other_line, Discount.percent("50"), actor=actor,
                                    override=ok)

    def close(action: Action) -> Attempt:
        def run(actor: Actor, ok: ManagerOverride | None) -> object:
            if shifts.current() is None:
                shifts.open(FLOAT, actor=crew.manager)
            if action is Action.CLOSE_WITH_PENDING:
                count = FLOAT
                if ok is None:
                    sale = co.new_cart()
                    co.scan(sale, "4006381333931")
                    pay = co.start_payment(sale)
                    pay.add_card(pay.remaining_minor, "A1", "4242")
                    co.complete_sale(sale, pay)  # a card sale: an event pending, cash unchanged
            else:
                count = CashCount("USD", {1000: 5})  # 50.00 short
            return shifts.close(count, actor=actor, approvals=[ok] if ok else [])

        return run

    def via_layer(action: Action) -> Attempt:
        def run(actor: Actor, ok: ManagerOverride | None) -> object:
            with db.transaction() as s:
                return authz.enforce(s, actor, action, ok, now=clock())

        return run

    def open_first(fn: Attempt) -> Attempt:
        def run(actor: Actor, ok: ManagerOverride | None) -> object:
            if shifts.current() is None:
                shifts.open(FLOAT, actor=crew.manager)
            return fn(actor, ok)

        return run

    attempts: dict[Action, Attempt] = {
        Action.PRICE_OVERRIDE: price,
        Action.DISCOUNT_OVER_LIMIT: discount,
        Action.NO_SALE: lambda a, ok: shifts.no_sale(actor=a, override=ok),
        Action.PAY_IN_OUT: open_first(
            lambda a, ok: shifts.pay_out(100, "stamps", actor=a, override=ok)
        ),
        Action.MANAGE_STAFF: lambda a, ok: staff.add_staff(
            "77", "New", "cashier", "3197", actor=a, override=ok
        ),
        Action.CHANGE_SETTINGS: lambda a, ok: change_settings(
            db, {"store.name": "X"}, actor=a, override=ok, clock=clock
        ),
        Action.ACCEPT_OVER_SHORT: close(Action.ACCEPT_OVER_SHORT),
        Action.CLOSE_WITH_PENDING: close(Action.CLOSE_WITH_PENDING),
    }
    for action in MANAGER_ACTIONS:
        attempts.setdefault(action, via_layer(action))
    return attempts


@pytest.mark.parametrize("action", MANAGER_ACTIONS, ids=str)
def test_cashier_refused_then_allowed_with_override(
    action: Action, store_db: Database, staff_svc: StaffService, clock: FakeClock, crew: Crew
) -> None:
    attempt = _attempts(store_db, staff_svc, clock, crew)[action]
    with pytest.raises(PermissionDenied) as refused:
        attempt(crew.cashier, None)
    request = refused.value.request
    assert request is not None and request.action is action  # what a manager would approve
    with pytest.raises(PermissionDenied):  # another cashier's PIN is no override
        staff_svc.approve("2468", request, crew.cashier)
    pin = "5081" if action is Action.CHANGE_SETTINGS else "9753"
    ok = staff_svc.approve(pin, request, crew.cashier)
    attempt(crew.cashier, ok)


def test_every_manager_action_has_an_attempt(
    store_db: Database, staff_svc: StaffService, clock: FakeClock, crew: Crew
) -> None:
    assert set(_attempts(store_db, staff_svc, clock, crew)) == set(MANAGER_ACTIONS)
    assert Action.REFUND in MANAGER_ACTIONS and Action.NO_SALE in MANAGER_ACTIONS
