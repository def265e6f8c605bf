"""Picking a pickup order at the store: what is left on each line, what a scan ticks, the step.

The hub owns a pickup order's state (``domain.pickup``); the till adds what it
did and the hub has not answered yet. A line's quantity to pick here is the
hub's figure less what this till rejected of it meanwhile; a scan ticks one
unit off the first line of that SKU with some left, and refuses an item the
order does not hold or one more than it asks for. The *step* is what the
associate does next with the order, and what F12 finishes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from omnipos.domain.errors import Message, ValidationError, message
from omnipos.domain.pickup import CLOSED, FulfilmentKind, PickupState

__all__ = ["PickLine", "Step", "effective_state", "next_step", "tick", "unpicked"]

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class PickLine:
    """One line of an order as the till sees it while picking (quantities as Decimal)."""

    line_no: int
    sku: str
    name: str
    quantity: Decimal  # to pick here, as the hub last said
    picked: Decimal = ZERO  # ticked off by scans at this till
    rejected: Decimal = ZERO  # rejected by this till, not yet reflected in ``quantity``
    incoming: Decimal = ZERO  # on its way by parcel (ship-to-store)
    received: Decimal = ZERO  # arrived by parcel, in hand

    @property
    def to_pick(self) -> Decimal:
        return max(self.quantity - self.rejected, ZERO)

    @property
    def left(self) -> Decimal:
        return max(self.to_pick - self.picked, ZERO)

    @property
    def done(self) -> bool:
        return self.left == 0


def tick(lines: Sequence[PickLine], sku: str, name: str = "") -> PickLine:
    """The line a scan of ``sku`` ticks off; ValidationError in plain words when none may."""
    mine = [line for line in lines if line.sku == sku]
    what = name or sku
    if not mine:
        raise ValidationError(message("{what} is not on this order: put it back"), what=what)
    for line in mine:
        if line.left > 0:
            return line
    wanted = sum((line.to_pick for line in mine), ZERO)
    if wanted == 0:
        raise ValidationError(message("{what} is not to be picked here any more (rejected)"),
                              what=what)
    raise ValidationError(message("one too many: the order takes {qty} of {what}, all picked "
                                  "already"), qty=_qty(wanted), what=what)


def unpicked(lines: Sequence[PickLine]) -> list[PickLine]:
    """Lines with something left to pick (F12 waits until there are none)."""
    return [line for line in lines if not line.done]


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != value.to_integral_value() else str(int(value))


# --- the order's state and step at this till ------------------------------------

_RANK = {PickupState.ROUTED: 0, PickupState.ACCEPTED: 1, PickupState.PICKING: 2,
         PickupState.READY: 3}


def effective_state(hub: PickupState, pending: Sequence[PickupState]) -> PickupState:
    """The state the till shows: the hub's, moved on by what the till did and still waits for.

    A handover or shipment done here stands whatever the hub says (it is a
    fact); otherwise a state the hub closed wins; otherwise the furthest of
    the till's own changes the hub has not reflected yet.
    """
    for state in reversed(pending):
        if state in (PickupState.HANDED_OVER, PickupState.SHIPPED):
            return state
    if hub in CLOSED:
        return hub
    best = hub
    for state in pending:
        if state in _RANK and _RANK[state] > _RANK.get(best, -1):
            best = state
    return best


class Step(StrEnum):
    """What the associate does next with an order (F12 finishes it)."""

    PICK = "pick"  # scan the items (for a shipment: then it is packed)
    WAIT_PARCEL = "wait_parcel"  # picked here; a parcel from another node is on its way
    HANDOVER = "handover"  # ready: the customer collects it
    SHIP = "ship"  # packed: the carrier takes it (tracking number)
    PUT_BACK = "put_back"  # cancelled or expired: put the goods back on the shelf
    DONE = "done"  # nothing left to do here

    @property
    def label(self) -> Message:
        return _STEP_LABELS[self]


_STEP_LABELS = {
    Step.PICK: message("to pick"),
    Step.WAIT_PARCEL: message("waiting for a parcel"),
    Step.HANDOVER: message("ready for the customer"),
    Step.SHIP: message("packed, to ship"),
    Step.PUT_BACK: message("put back on the shelf"),
    Step.DONE: message("done"),
}


def next_step(kind: FulfilmentKind, state: PickupState, lines: Sequence[PickLine], *,
              put_back: bool) -> Step:
    """The step of an order in ``state`` (the effective one) with these lines."""
    if state in CLOSED:
        return Step.PUT_BACK if put_back else Step.DONE
    if state is PickupState.READY:
        return Step.HANDOVER if kind is FulfilmentKind.PICKUP else Step.SHIP
    if unpicked(lines):
        return Step.PICK
    if kind is FulfilmentKind.PICKUP and any(line.incoming > 0 for line in lines):
        return Step.WAIT_PARCEL
    return Step.PICK  # all picked: F12 marks it ready (packed)
