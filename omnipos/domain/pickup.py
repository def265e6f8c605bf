"""The pickup state machine, shared by the till and the hub.

A *fulfilment* is one node's part of a customer's order: a pickup the
customer collects at a store, a parcel a node ships to the customer
(ship-from-store, or a warehouse), or a transfer a node ships to the pickup
store (ship-to-store). Each one moves

    routed -> accepted -> picking -> ready -> handed_over (pickup) | shipped

or ends rejected, cancelled or expired. The hub owns the state; every change
bumps the version by one. A till's *intent* (accept, picking, ready, reject)
carries the version it expects the fulfilment to be at (the version it last
pulled, plus one for each of its own intents about it queued before this one);
the hub refuses a stale or out-of-place intent with the current state. A
*fact* (handed over, shipped) happened in the physical world: it is accepted
in any state, and flagged for customer service when the state says it should
not have happened (handed over after a cancel, say).

A rejection reason carries a fixed stock effect (HotWax's rejection rules),
applied by the till at once and by the hub when the intent arrives.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from omnipos.domain.errors import Message, StateError, ValidationError, message

__all__ = [
    "CLOSED",
    "EFFECTS",
    "INTENTS",
    "OPEN",
    "FactOutcome",
    "FulfilmentKind",
    "IdRelation",
    "IntentRefused",
    "NoShowPolicy",
    "OrderState",
    "PickupAction",
    "PickupState",
    "RejectReason",
    "StockChange",
    "StockEffect",
    "Verification",
    "apply_fact",
    "check_intent",
    "hub_change",
    "order_state",
    "stock_change",
]


class PickupState(StrEnum):
    ROUTED = "routed"  # assigned to the node; the store has not answered yet
    ACCEPTED = "accepted"
    PICKING = "picking"
    READY = "ready"  # picked (and packed): waits for the customer or the carrier
    HANDED_OVER = "handed_over"
    SHIPPED = "shipped"
    REJECTED = "rejected"  # every line rejected by the node
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # the customer did not come (no-show policy)

    @property
    def label(self) -> Message:
        """The state in words, as a message says it of an order ("order 1001 is ready")."""
        return _STATE_WORDS[self]


_STATE_WORDS = {
    PickupState.ROUTED: message("routed"),
    PickupState.ACCEPTED: message("accepted"),
    PickupState.PICKING: message("picking"),
    PickupState.READY: message("ready"),
    PickupState.HANDED_OVER: message("handed over"),
    PickupState.SHIPPED: message("shipped"),
    PickupState.REJECTED: message("rejected"),
    PickupState.CANCELLED: message("cancelled"),
    PickupState.EXPIRED: message("expired"),
}

# States a fulfilment leaves no more.
CLOSED = frozenset({PickupState.HANDED_OVER, PickupState.SHIPPED, PickupState.REJECTED,
                    PickupState.CANCELLED, PickupState.EXPIRED})
OPEN = frozenset(PickupState) - CLOSED


class FulfilmentKind(StrEnum):
    PICKUP = "pickup"  # the customer collects it at the node (a store)
    SHIP = "ship"  # the node ships it to the customer
    TRANSFER = "transfer"  # the node ships it to the pickup store (ship-to-store)


class PickupAction(StrEnum):
    # intents (a till may be refused)
    ACCEPT = "accept"
    PICK = "pick"
    READY = "ready"
    REJECT = "reject"  # lines; the whole fulfilment when every line is rejected
    # facts (never refused)
    HAND_OVER = "hand_over"
    SHIP = "ship"
    # the hub's own
    CANCEL = "cancel"
    EXPIRE = "expire"


INTENTS = frozenset({PickupAction.ACCEPT, PickupAction.PICK, PickupAction.READY,
                     PickupAction.REJECT})

_BEFORE_READY = frozenset({PickupState.ROUTED, PickupState.ACCEPTED, PickupState.PICKING})
# Where each action may start from, and where it leads.
_FROM: dict[PickupAction, frozenset[PickupState]] = {
    PickupAction.ACCEPT: frozenset({PickupState.ROUTED}),
    # A scanner-only flow may go straight to picking or ready without accepting first.
    PickupAction.PICK: frozenset({PickupState.ROUTED, PickupState.ACCEPTED}),
    PickupAction.READY: _BEFORE_READY,
    PickupAction.REJECT: _BEFORE_READY,
    PickupAction.CANCEL: frozenset(OPEN),
    PickupAction.EXPIRE: frozenset({PickupState.READY}),
}
_TO: dict[PickupAction, PickupState] = {
    PickupAction.ACCEPT: PickupState.ACCEPTED,
    PickupAction.PICK: PickupState.PICKING,
    PickupAction.READY: PickupState.READY,
    PickupAction.REJECT: PickupState.REJECTED,
    PickupAction.CANCEL: PickupState.CANCELLED,
    PickupAction.EXPIRE: PickupState.EXPIRED,
    PickupAction.HAND_OVER: PickupState.HANDED_OVER,
    PickupAction.SHIP: PickupState.SHIPPED,
}


_CANNOT_BE = message("the order is {state}: it cannot be {target}")


class IntentRefused(StateError):
    """A till's intent that does not fit the fulfilment as the hub holds it."""

    def __init__(self, template: str, state: PickupState, version: int, /,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.state, self.version = state, version


def check_intent(state: PickupState, version: int, action: PickupAction,
                 expected_version: int, *,
                 lines_left: bool = False) -> PickupState:
    """The state an intent leads to, or ``IntentRefused`` with why.

    ``lines_left``: for a rejection, whether lines stay open after it (the
    fulfilment then keeps its state and only the lines are rejected).
    """
    if action not in INTENTS:
        raise ValueError(f"{action} is not a till's intent")
    if expected_version != version:
        raise IntentRefused(
            message("the order changed meanwhile (version {version}, the till saw {expected}): "
                    "it is {state} now"), state, version,
            version=version, expected=expected_version, state=state.label)
    if state not in _FROM[action]:
        raise IntentRefused(_CANNOT_BE, state, version, state=state.label,
                            target=_TO[action].label)
    if action is PickupAction.REJECT and lines_left:
        return state
    return _TO[action]


def hub_change(state: PickupState, action: PickupAction) -> PickupState:
    """The hub's own change (cancel, expire); ``StateError`` when it does not apply."""
    if action not in (PickupAction.CANCEL, PickupAction.EXPIRE):
        raise ValueError(f"{action} is not the hub's own change")
    if state not in _FROM[action]:
        raise StateError(_CANNOT_BE, state=state.label, target=_TO[action].label)
    return _TO[action]


@dataclass(frozen=True, slots=True)
class FactOutcome:
    state: PickupState
    # Set when the fact contradicts the state: the order goes to customer service.
    exception: str | None = None


def apply_fact(kind: FulfilmentKind, state: PickupState, action: PickupAction) -> FactOutcome:
    """A fact is accepted in any state; a contradiction is flagged, never refused."""
    if action is PickupAction.HAND_OVER:
        expected = kind is FulfilmentKind.PICKUP
    elif action is PickupAction.SHIP:
        expected = kind is not FulfilmentKind.PICKUP
    else:
        raise ValueError(f"{action} is not a fact")
    target = _TO[action]
    if state is target:
        return FactOutcome(state, f"{target.label} twice")
    if state in CLOSED:
        return FactOutcome(target, f"{target.label} after the order was {state.label}")
    if not expected:
        return FactOutcome(target, f"a {kind.value} order was {target.label}")
    return FactOutcome(target)


# --- rejections and their stock effect ---------------------------------------


class RejectReason(StrEnum):
    NOT_FOUND = "not_found"  # not on the shelf, not in the back room
    DAMAGED = "damaged"  # there, but not fit to sell (or a worn display piece)
    MISMATCH = "mismatch"  # the system says more than is there


class StockEffect(StrEnum):
    LEVEL_TO_ZERO = "level_to_zero"  # the store's on-hand of the SKU goes to 0
    LOWER_AVAILABLE = "lower_available"  # held back: on hand stays, available drops
    LOWER_ON_HAND = "lower_on_hand"  # on hand (and with it available) drops


EFFECTS: dict[RejectReason, StockEffect] = {
    RejectReason.NOT_FOUND: StockEffect.LEVEL_TO_ZERO,
    RejectReason.DAMAGED: StockEffect.LOWER_AVAILABLE,
    RejectReason.MISMATCH: StockEffect.LOWER_ON_HAND,
}


@dataclass(frozen=True, slots=True)
class StockChange:
    """What a rejection does to the store's stock of one SKU (thousandths)."""

    on_hand_milli: int  # a signed movement of the on-hand level
    held_milli: int  # held back from available (>= 0), on hand unchanged


def stock_change(reason: RejectReason, quantity_milli: int, on_hand_milli: int) -> StockChange:
    """The stock effect of rejecting ``quantity_milli`` of a SKU the store holds
    ``on_hand_milli`` of."""
    if quantity_milli <= 0:
        raise ValidationError(message("a rejected quantity must be positive"))
    effect = EFFECTS[reason]
    if effect is StockEffect.LEVEL_TO_ZERO:
        return StockChange(-on_hand_milli if on_hand_milli > 0 else 0, 0)
    if effect is StockEffect.LOWER_AVAILABLE:
        return StockChange(0, quantity_milli)
    return StockChange(-quantity_milli, 0)


# --- handover ----------------------------------------------------------------


class Verification(StrEnum):
    CODE = "code"  # the customer's pickup code matched
    ID_CHECK = "id_check"  # an identity document was checked and recorded


class IdRelation(StrEnum):
    SELF = "self"
    FAMILY = "family"
    FRIEND = "friend"
    COURIER = "courier"
    OTHER = "other"


# --- no-show policy ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NoShowPolicy:
    """Per store: remind after N and M opening hours, cancel K opening days after ready."""

    first_reminder_hours: int = 24
    second_reminder_hours: int = 48
    cancel_after_days: int = 7

    def __post_init__(self) -> None:
        if self.first_reminder_hours < 1 or self.cancel_after_days < 1:
            raise ValidationError(message("reminders and the auto-cancel need at least 1 hour / 1 "
                                          "day"))
        if self.second_reminder_hours <= self.first_reminder_hours:
            raise ValidationError(message("the second reminder must come after the first"))


# --- the order seen from the customer --------------------------------------------

_PROGRESS = (PickupState.ROUTED, PickupState.ACCEPTED, PickupState.PICKING, PickupState.READY,
             PickupState.HANDED_OVER, PickupState.SHIPPED)


class OrderState(StrEnum):
    UNROUTED = "unrouted"  # some quantity has no node: parked for a person
    ROUTED = "routed"
    ACCEPTED = "accepted"
    PICKING = "picking"
    READY = "ready"
    HANDED_OVER = "handed_over"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


def order_state(customer_facing: list[PickupState], *, unassigned: bool,
                cancelled: bool = False) -> OrderState:
    """The order's state from its customer-facing fulfilments (transfers are internal).

    The least advanced open fulfilment speaks for the order; rejected ones were
    re-routed into others. Quantity with no node makes the order unrouted.
    """
    if cancelled:
        return OrderState.CANCELLED
    if unassigned:
        return OrderState.UNROUTED
    live = [s for s in customer_facing if s is not PickupState.REJECTED]
    if not live:
        return OrderState.UNROUTED
    if all(s is PickupState.EXPIRED for s in live):
        return OrderState.EXPIRED
    if all(s is PickupState.CANCELLED for s in live):
        return OrderState.CANCELLED
    moving = [s for s in live if s in _PROGRESS]
    if not moving:
        return OrderState.CANCELLED
    return OrderState(min(moving, key=_PROGRESS.index).value)
