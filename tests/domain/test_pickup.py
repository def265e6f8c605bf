"""The pickup state machine: versions, stale intents, facts against any state, stock effects."""

from __future__ import annotations

import pytest

from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.pickup import (
    FulfilmentKind,
    IntentRefused,
    NoShowPolicy,
    OrderState,
    PickupAction,
    PickupState,
    RejectReason,
    StockChange,
    apply_fact,
    check_intent,
    hub_change,
    order_state,
    stock_change,
)

S = PickupState
A = PickupAction


def test_the_happy_path_moves_one_state_per_intent() -> None:
    state, version = S.ROUTED, 1
    for action, expected in ((A.ACCEPT, S.ACCEPTED), (A.PICK, S.PICKING), (A.READY, S.READY)):
        state = check_intent(state, version, action, version)
        version += 1
        assert state is expected
    assert apply_fact(FulfilmentKind.PICKUP, state, A.HAND_OVER).state is S.HANDED_OVER


def test_a_scanner_only_flow_may_go_straight_to_ready() -> None:
    assert check_intent(S.ROUTED, 3, A.READY, 3) is S.READY


def test_a_stale_intent_is_refused_with_the_current_state() -> None:
    with pytest.raises(IntentRefused) as err:
        check_intent(S.CANCELLED, 4, A.READY, 3)
    assert err.value.state is S.CANCELLED and err.value.version == 4
    assert "cancelled" in str(err.value)


def test_an_intent_out_of_place_is_refused_even_at_the_right_version() -> None:
    with pytest.raises(IntentRefused, match="cancelled: it cannot be ready"):
        check_intent(S.CANCELLED, 4, A.READY, 4)
    with pytest.raises(IntentRefused):
        check_intent(S.READY, 2, A.ACCEPT, 2)
    with pytest.raises(IntentRefused):
        check_intent(S.READY, 2, A.REJECT, 2)


def test_rejecting_some_lines_keeps_the_state_all_lines_rejects_it() -> None:
    assert check_intent(S.PICKING, 2, A.REJECT, 2, lines_left=True) is S.PICKING
    assert check_intent(S.PICKING, 2, A.REJECT, 2, lines_left=False) is S.REJECTED


def test_facts_are_never_refused_and_contradictions_are_flagged() -> None:
    late = apply_fact(FulfilmentKind.PICKUP, S.CANCELLED, A.HAND_OVER)
    assert late.state is S.HANDED_OVER
    assert late.exception == "handed over after the order was cancelled"
    twice = apply_fact(FulfilmentKind.PICKUP, S.HANDED_OVER, A.HAND_OVER)
    assert twice.exception == "handed over twice"
    assert apply_fact(FulfilmentKind.SHIP, S.READY, A.SHIP).exception is None
    assert apply_fact(FulfilmentKind.PICKUP, S.READY, A.SHIP).exception is not None
    assert apply_fact(FulfilmentKind.PICKUP, S.EXPIRED, A.HAND_OVER).exception is not None


def test_the_hub_cancels_open_orders_and_expires_only_ready_ones() -> None:
    assert hub_change(S.PICKING, A.CANCEL) is S.CANCELLED
    assert hub_change(S.READY, A.EXPIRE) is S.EXPIRED
    with pytest.raises(StateError):
        hub_change(S.PICKING, A.EXPIRE)
    with pytest.raises(StateError):
        hub_change(S.HANDED_OVER, A.CANCEL)


@pytest.mark.parametrize(("reason", "expected"), [
    (RejectReason.NOT_FOUND, StockChange(-7000, 0)),
    (RejectReason.DAMAGED, StockChange(0, 2000)),
    (RejectReason.MISMATCH, StockChange(-2000, 0)),
])
def test_each_rejection_reason_has_its_stock_effect(reason: RejectReason,
                                                    expected: StockChange) -> None:
    assert stock_change(reason, 2000, 7000) == expected


def test_not_found_never_raises_a_negative_level() -> None:
    assert stock_change(RejectReason.NOT_FOUND, 1000, -3000) == StockChange(0, 0)
    with pytest.raises(ValidationError):
        stock_change(RejectReason.DAMAGED, 0, 5000)


def test_the_no_show_policy_checks_its_values() -> None:
    assert NoShowPolicy(4, 12, 3).cancel_after_days == 3
    with pytest.raises(ValidationError):
        NoShowPolicy(12, 4, 3)
    with pytest.raises(ValidationError):
        NoShowPolicy(4, 12, 0)


def test_the_order_state_follows_its_least_advanced_fulfilment() -> None:
    assert order_state([S.READY, S.PICKING], unassigned=False) is OrderState.PICKING
    assert order_state([S.REJECTED, S.READY], unassigned=False) is OrderState.READY
    assert order_state([S.READY], unassigned=True) is OrderState.UNROUTED
    assert order_state([S.HANDED_OVER], unassigned=False) is OrderState.HANDED_OVER
    assert order_state([S.EXPIRED], unassigned=False) is OrderState.EXPIRED
    assert order_state([S.READY], unassigned=False, cancelled=True) is OrderState.CANCELLED
    assert order_state([S.HANDED_OVER, S.CANCELLED], unassigned=False) is OrderState.HANDED_OVER
