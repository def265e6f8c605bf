"""Pickup events from the tills: intents the hub may refuse, facts it always records.

Intents (``pickup.accepted``, ``pickup.picking``, ``pickup.ready``,
``pickup.rejected``) carry the version the till expects; a stale one, or one
that does not fit the state, is refused with the order's current state (the
till shows "the customer cancelled this order at 14:02"). Facts
(``pickup.handed_over``, ``shipment.sent``, ``shipment.received``,
``pickup.put_back``) are recorded whatever the state; a contradiction is
flagged for customer service. Every applied event bumps the order's version
by one, and its result carries the new state.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from omnipos.domain.pickup import (
    CLOSED,
    FulfilmentKind,
    IntentRefused,
    PickupAction,
    PickupState,
    apply_fact,
    check_intent,
)
from omnipos.domain.quantities import QuantityError, to_milli
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.hub.events.rejection import reject_lines
from omnipos.hub.feed import PendingChange
from omnipos.hub.notify import pickup as notices
from omnipos.hub.orders.changes import receive_transfer, ship
from omnipos.hub.orders.fulfilments import Touched, bump, convert, lines_of, note, transfers_of
from omnipos.hub.orders.views import publish, state_message
from omnipos.hub.stock import ledger
from omnipos.hub.store.models import Fulfilment, Order, Store
from omnipos.sync.events.pickup import (
    PickupHandedOverPayload,
    PickupIntentPayload,
    PickupPutBackPayload,
    PickupRejectedPayload,
    ShipmentReceivedPayload,
    ShipmentSentPayload,
)

__all__ = ["accept", "hand_over", "picking", "put_back", "ready", "receive", "reject",
           "shipment_sent"]

P = TypeVar("P", bound=PickupIntentPayload)


def current_state(session: Session, f: Fulfilment) -> dict[str, Any]:
    """What a refused intent's result carries: the order as the hub holds it now."""
    store = session.get(Store, f.node_code)
    return {"pickup_id": f.id, "order_id": f.order_id, "state": f.state, "version": f.version,
            "changed_at": f.changed_at.isoformat(),
            "message": state_message(f, store.timezone if store else "UTC")}


def _unknown(pickup_id: str) -> Outcome:
    return Outcome.rejected("unknown pickup order",
                            {"pickup_id": pickup_id, "state": "unknown", "version": 0})


def _find(session: Session, pushed: PushedEvent, pickup_id: str
          ) -> tuple[Fulfilment, Order] | None:
    f = session.get(Fulfilment, pickup_id)
    if f is None or f.node_code != pushed.till.store_code:
        return None
    order = session.get(Order, f.order_id)
    assert order is not None
    return f, order


def _actor(pushed: PushedEvent, staff: str) -> str:
    till = f"till:{pushed.till.store_code}-{pushed.till.till_code}"
    return f"{till} ({staff})" if staff else till


def _applied(session: Session, f: Fulfilment, touched: Touched, now: datetime,
             stock: list[PendingChange] | None = None) -> Outcome:
    publish(session, touched, now, stock or [])
    return Outcome(current_state=current_state(session, f))


def _intent(action: PickupAction,
            then: Callable[[Session, PushedEvent, Any, Fulfilment, Order, Touched, datetime],
                           list[PendingChange]] | None = None,
            ) -> Callable[[PushedEvent, Any], Outcome]:
    """A handler for one intent: check it against the state, apply it, publish."""

    def handle(pushed: PushedEvent, payload: PickupIntentPayload) -> Outcome:
        check_store(pushed.till, payload.store_code)
        now = datetime.now(UTC)
        with pushed.session() as s:
            found = _find(s, pushed, str(payload.pickup_id))
            if found is None:
                return _unknown(str(payload.pickup_id))
            f, order = found
            try:
                if isinstance(payload, PickupRejectedPayload):
                    _check_rejected_lines(s, f, payload)
                if action is PickupAction.READY:
                    _check_nothing_incoming(s, f)
                # A rejection keeps the state; whether anything is left is known once the
                # rejected lines are re-routed (a pickup may get them shipped in).
                state = check_intent(PickupState(f.state), f.version, action, payload.version,
                                     lines_left=True)
            except IntentRefused as exc:
                return Outcome.rejected(str(exc), current_state(s, f))
            touched = Touched()
            f.state = state.value
            bump(f, now, touched, order)
            note(s, order, f, _actor(pushed, payload.staff), action.value.replace("_", " "), now)
            stock = then(s, pushed, payload, f, order, touched, now) if then else []
            return _applied(s, f, touched, now, stock)

    return handle


def _check_rejected_lines(session: Session, f: Fulfilment, payload: PickupRejectedPayload
                          ) -> None:
    """Each rejected line is on the order, for no more than is left to pick there."""
    lines = {line.line_no: line for line in lines_of(session, f)}
    left = {n: line.quantity_milli for n, line in lines.items()}
    for rl in payload.lines:
        line = lines.get(rl.line_no)
        if line is None or line.sku != rl.sku:
            raise IntentRefused(f"line {rl.line_no} ({rl.sku}) is not on this order",
                                PickupState(f.state), f.version)
        try:
            quantity = to_milli(rl.quantity)
        except QuantityError as exc:
            raise Invalid(f"payload.lines.{rl.line_no}.quantity: {exc}") from exc
        if not 0 < quantity <= left[rl.line_no]:
            raise IntentRefused(f"line {rl.line_no}: {rl.quantity} is more than is left to pick",
                                PickupState(f.state), f.version)
        left[rl.line_no] -= quantity


def _check_nothing_incoming(session: Session, f: Fulfilment) -> None:
    waiting = [t for t in transfers_of(session, f) if t.received_at is None
               and PickupState(t.state) not in (PickupState.CANCELLED, PickupState.REJECTED)]
    if waiting:
        raise IntentRefused(f"a parcel from {waiting[0].node_code} is still on its way: scan it "
                            "in first", PickupState(f.state), f.version)


def _when_ready(session: Session, _pushed: PushedEvent, _payload: Any, f: Fulfilment,
                order: Order, _touched: Touched, now: datetime) -> list[PendingChange]:
    f.ready_at, f.reminders_sent = now, 0
    if f.kind == FulfilmentKind.PICKUP.value:
        notices.ready(session, order, f, now)
    return []


def _when_rejected(session: Session, pushed: PushedEvent, payload: PickupRejectedPayload,
                   f: Fulfilment, order: Order, touched: Touched,
                   now: datetime) -> list[PendingChange]:
    stock = reject_lines(session, str(pushed.event.event_id), payload.lines, f, order, touched,
                         now)
    # Goods on their way or already here keep a pickup open; else nothing is left to do.
    if not any(line.quantity_milli or line.incoming_milli or line.received_milli
               for line in lines_of(session, f)):
        f.state = PickupState.REJECTED.value
    return stock


accept = _intent(PickupAction.ACCEPT)
picking = _intent(PickupAction.PICK)
ready = _intent(PickupAction.READY, _when_ready)
reject = _intent(PickupAction.REJECT, _when_rejected)


# --- facts ----------------------------------------------------------------------------


def _fact_target(session: Session, pushed: PushedEvent, pickup_id: str
                 ) -> tuple[Fulfilment, Order]:
    found = _find(session, pushed, pickup_id)
    if found is None:
        # A fact is never refused, but one about no order of this store needs a person.
        raise Invalid(f"payload.pickup_id: {pickup_id} is no pickup order of store "
                      f"{pushed.till.store_code}")
    return found


def hand_over(pushed: PushedEvent, payload: PickupHandedOverPayload) -> Outcome:
    """The customer has the goods: the reservation becomes the sale, whatever the state."""
    check_store(pushed.till, payload.store_code)
    now = datetime.now(UTC)
    with pushed.session() as s:
        f, order = _fact_target(s, pushed, str(payload.pickup_id))
        before = PickupState(f.state)
        outcome = apply_fact(FulfilmentKind(f.kind), before, PickupAction.HAND_OVER)
        key = str(pushed.event.event_id)
        deltas = convert(s, f, key, "pickup")
        if not deltas and before is not PickupState.HANDED_OVER:
            # Released already (a cancel or a no-show beat the handover): the goods still left.
            deltas = _movements(s, f, payload, key)
        f.state, f.task = outcome.state.value, None
        if outcome.exception:
            f.exception = outcome.exception
            order.exception = f"{f.node_code}: {outcome.exception}"
        if payload.payment is not None:
            order.paid = True
        touched = Touched()
        bump(f, now, touched, order)
        note(s, order, f, _actor(pushed, payload.staff), _handover_text(payload, outcome.exception,
                                                                       s, f), now)
        return _applied(s, f, touched, now, ledger.record(s, deltas))


def _movements(session: Session, f: Fulfilment, payload: PickupHandedOverPayload, key: str
               ) -> list[ledger.Delta]:
    if payload.lines:
        moved = [(line.sku, to_milli(line.quantity)) for line in payload.lines]
    else:
        moved = [(line.sku, line.quantity_milli + line.received_milli)
                 for line in lines_of(session, f)]
    return [ledger.Delta(key, i, f.node_code, sku, -q, "pickup")
            for i, (sku, q) in enumerate(((sku, q) for sku, q in moved if q > 0), start=1)]


def _handover_text(payload: PickupHandedOverPayload, exception: str | None, session: Session,
                   f: Fulfilment) -> str:
    store = session.get(Store, f.node_code)
    local = payload.handed_over_at.astimezone(ZoneInfo(store.timezone if store else "UTC"))
    text = f"handed over at {local:%H:%M} on {local.day} {local:%b}, verified by "
    if payload.id_check is not None:
        c = payload.id_check
        text += f"ID check ({c.id_type} ending {c.id_last4}, {c.name}, {c.relation.value})"
    else:
        text += "pickup code"
    if payload.payment is not None:
        text += f"; paid {payload.payment.amount_minor} {payload.payment.currency} at the store"
    return text + (f"; {exception}: for customer service" if exception else "")


def shipment_sent(pushed: PushedEvent, payload: ShipmentSentPayload) -> Outcome:
    check_store(pushed.till, payload.store_code)
    now = datetime.now(UTC)
    with pushed.session() as s:
        f, order = _fact_target(s, pushed, str(payload.pickup_id))
        touched = Touched()
        stock = ship(s, f, order, now, touched, event_key=str(pushed.event.event_id),
                     carrier=payload.carrier, tracking=payload.tracking,
                     actor=_actor(pushed, payload.staff))
        if f.kind == FulfilmentKind.SHIP.value:
            notices.shipped(s, order, f, now)
        return _applied(s, f, touched, now, stock)


def receive(pushed: PushedEvent, payload: ShipmentReceivedPayload) -> Outcome:
    """A ship-to-store parcel scanned in at the pickup store."""
    check_store(pushed.till, payload.store_code)
    now = datetime.now(UTC)
    with pushed.session() as s:
        f, order = _fact_target(s, pushed, str(payload.pickup_id))
        parcels = [t for t in transfers_of(s, f) if t.received_at is None
                   and (payload.transfer_id is None or t.id == str(payload.transfer_id))]
        touched = Touched()
        stock: list[PendingChange] = []
        for t in parcels:
            key = f"{pushed.event.event_id}:{t.id[:8]}"
            stock += receive_transfer(s, f, t, order, now, touched, event_key=key,
                                      actor=_actor(pushed, payload.staff))
        if not parcels:
            bump(f, now, touched, order)
            note(s, order, f, _actor(pushed, payload.staff), "a parcel was scanned in that "
                 "the hub did not expect", now)
            f.exception = f.exception or "unexpected parcel received"
        return _applied(s, f, touched, now, stock)


def put_back(pushed: PushedEvent, payload: PickupPutBackPayload) -> Outcome:
    check_store(pushed.till, payload.store_code)
    now = datetime.now(UTC)
    with pushed.session() as s:
        f, order = _fact_target(s, pushed, str(payload.pickup_id))
        touched = Touched()
        f.task = None
        bump(f, now, touched, order)
        note(s, order, f, _actor(pushed, payload.staff), "goods put back on the shelf"
             + ("" if PickupState(f.state) in CLOSED else " (the order is still open)"), now)
        return _applied(s, f, touched, now)
