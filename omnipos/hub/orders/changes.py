"""Changes the hub makes to fulfilments: cancel, expire, ship, receive a transfer.

Each runs in the caller's transaction and records what it touched; the event
handlers (``hub/events/pickup.py``), the channel API, the command line and the
no-show job share them, so a cancellation means the same wherever it comes from.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from omnipos.domain.errors import StateError
from omnipos.domain.pickup import (
    CLOSED,
    FulfilmentKind,
    PickupAction,
    PickupState,
    apply_fact,
    hub_change,
)
from omnipos.hub.admin.channels import ChannelIdentity
from omnipos.hub.feed import PendingChange
from omnipos.hub.notify import pickup as notices
from omnipos.hub.orders.fulfilments import (
    Touched,
    bump,
    convert,
    lines_of,
    note,
    open_fulfilments,
    release,
)
from omnipos.hub.orders.intake import find_order
from omnipos.hub.orders.views import order_answer, publish
from omnipos.hub.stock import ledger, reservations
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Fulfilment, Order

__all__ = ["cancel_order", "close_fulfilment", "receive_transfer", "ship", "ship_by_hand"]

#: States in which goods have left the shelf: closing them leaves a put-back task.
_OFF_THE_SHELF = frozenset({PickupState.PICKING, PickupState.READY})


def close_fulfilment(session: Session, f: Fulfilment, order: Order, action: PickupAction,
                     now: datetime, touched: Touched, why: str) -> None:
    """Cancel or expire ``f``: reservations released, a put-back task if goods were picked."""
    state = PickupState(f.state)
    f.state = hub_change(state, action).value
    release(session, f, why)
    received = any(line.received_milli for line in lines_of(session, f))
    if state in _OFF_THE_SHELF or received:
        f.task = "put_back"
    bump(f, now, touched, order)


def cancel_order(db: HubDB, order_id: str, *, actor: str, reason: str = "",
                 channel: ChannelIdentity | None = None,
                 now: datetime | None = None) -> dict[str, object]:
    """Cancel every open part of the order; an order already handed over or shipped is refused."""
    now = now or datetime.now(UTC)
    with db.transaction() as s:
        order = find_order(s, order_id, channel)
        if order.cancelled_at is not None:
            return order_answer(s, order)
        parts = open_fulfilments(s, order)
        if not parts and order.state != "unrouted":
            raise StateError(f"order {order_id} is {order.state.replace('_', ' ')}: "
                             "it can no longer be cancelled")
        touched = Touched()
        touched.orders[order.id] = order
        for f in parts:
            close_fulfilment(s, f, order, PickupAction.CANCEL, now, touched, "cancelled")
        order.cancelled_at = now
        note(s, order, None, actor, "cancelled" + (f": {reason}" if reason else ""), now)
        notices.cancelled(s, order, now, no_show=False)
        publish(s, touched, now)
        return order_answer(s, order)


def ship(session: Session, f: Fulfilment, order: Order, now: datetime, touched: Touched, *,
         event_key: str, carrier: str, tracking: str, actor: str) -> list[PendingChange]:
    """A fact: ``f`` left its node. Its reservations become movements out; returns stock changes."""
    outcome = apply_fact(FulfilmentKind(f.kind), PickupState(f.state), PickupAction.SHIP)
    f.state = outcome.state.value
    f.carrier, f.tracking = carrier[:60], tracking[:100]
    reason = "transfer" if f.kind == FulfilmentKind.TRANSFER.value else "ship"
    deltas = convert(session, f, event_key, reason)
    if outcome.exception:
        f.exception = outcome.exception
        order.exception = f"{f.node_code}: {outcome.exception}"
    bump(f, now, touched, order)
    note(session, order, f, actor, f"shipped from {f.node_code}"
         + (f" ({carrier} {tracking})" if carrier or tracking else "")
         + (f"; {outcome.exception}" if outcome.exception else ""), now)
    return ledger.record(session, deltas)


def ship_by_hand(db: HubDB, pickup_id: str, *, carrier: str, tracking: str,
                 now: datetime | None = None) -> dict[str, object]:
    """A node without a till (a warehouse) reports a shipment from the command line."""
    now = now or datetime.now(UTC)
    with db.transaction() as s:
        f = s.get(Fulfilment, pickup_id)
        if f is None:
            raise StateError(f"no fulfilment {pickup_id}")
        if f.kind == FulfilmentKind.PICKUP.value:
            raise StateError(f"{pickup_id} is a pickup at {f.node_code}: it is handed over, "
                             "not shipped")
        order = s.get(Order, f.order_id)
        assert order is not None
        touched = Touched()
        stock = ship(s, f, order, now, touched, event_key=f"ship-{f.id}", carrier=carrier,
                     tracking=tracking, actor="admin")
        if f.kind == FulfilmentKind.SHIP.value:
            notices.shipped(s, order, f, now)
        publish(s, touched, now, stock)
        return order_answer(s, order)


def receive_transfer(session: Session, pickup: Fulfilment, transfer: Fulfilment, order: Order,
                     now: datetime, touched: Touched, *, event_key: str,
                     actor: str) -> list[PendingChange]:
    """A transfer's parcel is at the pickup store: its goods in, reserved for this pickup."""
    if transfer.state != PickupState.SHIPPED.value:
        # Scanned before the sender said it shipped: the parcel is the proof it did.
        ship(session, transfer, order, now, touched, event_key=f"ship-{transfer.id}",
             carrier=transfer.carrier, tracking=transfer.tracking, actor=actor)
    deltas: list[ledger.Delta] = []
    lines = {line.line_no: line for line in lines_of(session, pickup)}
    for tl in lines_of(session, transfer):
        line = lines.get(tl.line_no)
        if line is None or not tl.quantity_milli:
            continue
        moved = min(tl.quantity_milli, line.incoming_milli)
        line.incoming_milli -= moved
        line.received_milli += tl.quantity_milli
        deltas.append(ledger.Delta(event_key[:64], len(deltas) + 1, pickup.node_code, tl.sku,
                                   tl.quantity_milli, "transfer"))
        if PickupState(pickup.state) not in CLOSED:
            reservations.reserve(session, pickup.node_code, tl.sku, tl.quantity_milli,
                                 fulfilment_id=pickup.id, line_no=tl.line_no, force=True,
                                 reason="received for this pickup")
        else:
            pickup.task = "put_back"
    transfer.received_at = now
    note(session, order, pickup, actor, f"parcel from {transfer.node_code} received at "
         f"{pickup.node_code}", now)
    bump(pickup, now, touched, order)
    return ledger.record(session, deltas)
