"""What the Pickups screen shows, built from the stored record, the picks and the events.

``detail_of`` turns one order into a ``PickupDetail`` (lines with what is
left to pick, the effective state and step, whether the till waits for the
hub, and a refused intent in words); ``queue_row_of`` is its light cousin
for the queue. No I/O here: the use cases read the rows and call these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, Protocol

from omnipos.db.pickups import EventRow
from omnipos.domain.errors import StateError, message
from omnipos.domain.picking import PickLine, Step, effective_state, next_step
from omnipos.domain.pickup import FulfilmentKind, PickupState
from omnipos.sync.events import EventType

__all__ = [
    "PARCEL_LABEL",
    "Bucket",
    "DetailLine",
    "Parcel",
    "PickupDetail",
    "QueueRow",
    "OrderRow",
    "detail_of",
    "quantity_of",
    "queue_row_of",
    "hub_refusal",
]

ZERO = Decimal(0)
_STATES = frozenset(s.value for s in PickupState)
# How much of a transfer's id its packing slip prints as the parcel's barcode (a whole id is
# too wide for the paper); the receiving store scans it.
PARCEL_LABEL = 8

# The state each of the till's events moves an order to (None: it changes lines only).
EVENT_STATE: Mapping[str, PickupState | None] = {
    EventType.PICKUP_ACCEPTED.value: PickupState.ACCEPTED,
    EventType.PICKUP_PICKING.value: PickupState.PICKING,
    EventType.PICKUP_READY.value: PickupState.READY,
    EventType.PICKUP_HANDED_OVER.value: PickupState.HANDED_OVER,
    EventType.SHIPMENT_SENT.value: PickupState.SHIPPED,
    EventType.PICKUP_REJECTED.value: None,
    EventType.SHIPMENT_RECEIVED.value: None,
    EventType.PICKUP_PUT_BACK.value: None,
}
_WHAT = {
    EventType.PICKUP_ACCEPTED.value: message("accepted"),
    EventType.PICKUP_PICKING.value: message("being picked"),
    EventType.PICKUP_READY.value: message("ready"),
    EventType.PICKUP_REJECTED.value: message("rejected (a line)"),
}


class Bucket(StrEnum):
    """Where an order stands in the queue (its filter tab)."""

    NEW = "new"
    PICKING = "picking"
    READY = "ready"
    TASK = "task"  # put the goods of a cancelled order back
    DONE = "done"


@dataclass(frozen=True, slots=True)
class DetailLine:
    pick: PickLine
    hub_rejected: Decimal  # what the hub has as rejected of the line
    reason: str  # the rejection reason, if any
    unit_price_minor: int
    total_minor: int

    @property
    def rejected(self) -> Decimal:
        return self.hub_rejected + self.pick.rejected


@dataclass(frozen=True, slots=True)
class Parcel:
    """A ship-to-store parcel on its way for this pickup."""

    transfer_id: str
    from_node: str
    state: str
    received: bool
    carrier: str
    tracking: str


@dataclass(frozen=True, slots=True)
class PickupDetail:
    pickup_id: str
    order_number: str
    kind: FulfilmentKind
    hub_state: PickupState
    state: PickupState  # as the till shows it (see domain.picking.effective_state)
    step: Step
    version: int
    customer_name: str
    customer_email: str
    customer_phone: str
    pickup_code: str
    paid: bool
    due_minor: int  # what the store takes at handover: all of it, or the balance of a deposit
    total_minor: int
    currency: str
    placed_at: datetime
    promised_by: datetime | None
    changed_at: datetime
    lines: tuple[DetailLine, ...]
    parcels: tuple[Parcel, ...]
    ship_to: str  # one line: an address, or "store LAX"
    ship_to_store: str  # for a transfer: the store it goes to
    task: str
    exception: str
    message: str  # the hub's last change in words
    waiting: bool  # events the hub has not answered
    waiting_since: datetime | None
    refusal: StateError | None  # the last intent the hub refused, as the screen says it
    deposit_minor: int = 0  # paid before (a deposit where the order was taken)

    @property
    def picks(self) -> tuple[PickLine, ...]:
        return tuple(line.pick for line in self.lines)

    @property
    def items(self) -> Decimal:
        """What the customer gets from this store: picked here, and by parcel."""
        return sum((line.pick.to_pick + line.pick.incoming + line.pick.received
                    for line in self.lines), ZERO)

    @property
    def left(self) -> Decimal:
        return sum((line.pick.left for line in self.lines), ZERO)


@dataclass(frozen=True, slots=True)
class QueueRow:
    pickup_id: str
    order_number: str
    kind: FulfilmentKind
    customer_name: str
    state: PickupState
    step: Step
    bucket: Bucket
    placed_at: datetime
    arrived_at: datetime
    promised_by: datetime | None
    items: Decimal
    left: Decimal
    due_minor: int
    currency: str
    waiting: bool
    refused: bool

    def overdue(self, now: datetime) -> bool:
        """Promised and not ready in time (a closed order waiting to be put back is not late)."""
        return (self.promised_by is not None and self.promised_by < now
                and self.bucket in (Bucket.NEW, Bucket.PICKING))


def quantity_of(value: Any) -> Decimal:
    """A quantity from a record's decimal string (0 when it does not read)."""
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return ZERO


def _pending_rejected(events: Sequence[EventRow], version: int) -> dict[int, Decimal]:
    out: dict[int, Decimal] = {}
    for e in events:
        if e.type == EventType.PICKUP_REJECTED.value and e.pending(version):
            for line in e.lines:
                no = int(line.get("line_no", 0))
                out[no] = out.get(no, ZERO) + quantity_of(line.get("quantity", "0"))
    return out


def _pending_received(events: Sequence[EventRow], version: int) -> set[str]:
    got: set[str] = set()
    for e in events:
        if e.type == EventType.SHIPMENT_RECEIVED.value and e.pending(version):
            got.update(str(line.get("transfer_id", "")) for line in e.lines)
    return got


def _lines(record: Mapping[str, Any], picks: Mapping[int, Decimal],
           events: Sequence[EventRow], version: int) -> list[tuple[PickLine, Mapping[str, Any]]]:
    """Each line as the till picks it now, with the record's line it came from."""
    rejected = _pending_rejected(events, version) if events else {}
    parcel_lines: dict[int, Decimal] = {}
    if events:
        received_here = _pending_received(events, version)
        for parcel in record.get("incoming") or ():
            if str(parcel.get("transfer_id")) in received_here and not parcel.get("received"):
                for pl in parcel.get("lines") or ():
                    no = int(pl.get("line_no", 0))
                    parcel_lines[no] = parcel_lines.get(no, ZERO) + quantity_of(
                        pl.get("quantity", "0"))
    out = []
    for raw in record.get("lines") or ():
        no = int(raw["line_no"])
        moved = parcel_lines.get(no, ZERO)  # scanned in here, not yet in the hub's record
        incoming = raw.get("incoming", "0")
        received = raw.get("received", "0")
        pick = PickLine(
            line_no=no, sku=str(raw["sku"]), name=str(raw.get("name") or raw["sku"]),
            quantity=quantity_of(raw.get("quantity", "0")), picked=picks.get(no, ZERO),
            rejected=rejected.get(no, ZERO),
            incoming=ZERO if incoming == "0" and not moved else max(
                quantity_of(incoming) - moved, ZERO),
            received=(ZERO if received == "0" else quantity_of(received)) + moved,
        )
        out.append((pick, raw))
    return out


def _detail_lines(lines: Sequence[tuple[PickLine, Mapping[str, Any]]]) -> tuple[DetailLine, ...]:
    return tuple(DetailLine(pick, quantity_of(raw.get("rejected", "0")),
                            str(raw.get("rejected_reason") or ""),
                            int(raw.get("unit_price_minor", 0)), int(raw.get("total_minor", 0)))
                 for pick, raw in lines)


def _states(events: Sequence[EventRow], version: int) -> list[PickupState]:
    return [s for e in events if e.pending(version) and (s := EVENT_STATE.get(e.type))]


def _hub_state(order: OrderRow, events: Sequence[EventRow]) -> PickupState:
    """The hub's state as of the newest version the till knows: the pulled record's, or what
    the hub answered to one of the till's events (a refusal says "cancelled" before the
    record does)."""
    state, version = PickupState(order.state), order.version
    for e in events:
        if e.answered and (e.hub_version or 0) > version and e.hub_state in _STATES:
            state, version = PickupState(e.hub_state), e.hub_version or version
    return state


def _put_back_pending(order: OrderRow, events: Sequence[EventRow], picked: bool,
                      hub: PickupState) -> bool:
    """Goods to put back: the hub's task, or items this till picked of an order that closed."""
    closed = hub in (PickupState.CANCELLED, PickupState.EXPIRED)
    if order.task != "put_back" and not (closed and picked):
        return False
    # The till's put-back is a fact: once sent it stands (the hub clears its task with it).
    return not any(e.type == EventType.PICKUP_PUT_BACK.value for e in events)


def hub_refusal(event: EventRow, order_number: str) -> StateError:
    """A refused intent as the associate reads it (``str()``: in English)."""
    what = _WHAT.get(event.type, event.type)
    try:
        now_state = PickupState(event.hub_state)
    except ValueError:
        now_state = None
    if event.hub_state == "unknown":
        return StateError(message("Order {order_number}: the hub does not know this order here "
                                  "any more"), order_number=order_number)
    if now_state is not None and now_state in (PickupState.CANCELLED, PickupState.EXPIRED,
                                               PickupState.HANDED_OVER, PickupState.SHIPPED,
                                               PickupState.REJECTED) and event.message:
        #: {how} is the hub's words, in English ("cancelled at 14:02 on 1 Dec"); {state} the
        #: state alone, in the till's language.
        return StateError(message("Order {order_number} was {how}: the hub did not take it as "
                                  "{what}"), order_number=order_number, how=event.message,
                          state=now_state.label, what=what)
    #: {why} is the hub's reason, in its words (English).
    return StateError(message("Order {order_number}: the hub did not take it as {what}: {why}"),
                      order_number=order_number, what=what,
                      why=event.why or message("the hub refused it"))


def _refusal(events: Sequence[EventRow], order_number: str) -> StateError | None:
    """The last refusal, unless something the till sent later was taken."""
    for e in reversed(events):
        if e.answer == "rejected":
            return hub_refusal(e, order_number)
        if e.answer in ("applied", "duplicate"):
            return None
    return None


def _ship_to(record: Mapping[str, Any]) -> tuple[str, str]:
    to = record.get("ship_to") or {}
    if to.get("store_code"):
        return f"store {to['store_code']}", str(to["store_code"])
    parts = [to.get(k, "") for k in ("name", "line1", "postcode", "city", "country")]
    return ", ".join(p for p in parts if p), ""


class OrderRow(Protocol):
    """What these functions read of a stored order (an ORM row or a plain one)."""

    pickup_id: str
    order_number: str
    kind: str
    state: str
    version: int
    customer_name: str
    pickup_code: str
    promised_by: datetime | None
    placed_at: datetime
    changed_at: datetime
    arrived_at: datetime
    task: str
    due_minor: int
    currency: str
    record: dict[str, Any]


def _progress(order: OrderRow, events: Sequence[EventRow], picks: Mapping[int, Decimal]
              ) -> tuple[list[tuple[PickLine, Mapping[str, Any]]], PickupState, Step, bool]:
    """The lines as picked now, the effective state, the step, and whether goods go back."""
    kind = FulfilmentKind(order.kind)
    lines = _lines(order.record, picks, events, order.version)
    hub = _hub_state(order, events)
    state = effective_state(hub, _states(events, order.version)) if events else hub
    put_back = _put_back_pending(order, events, any(picks.values()), hub)
    step = next_step(kind, state, [pick for pick, _raw in lines], put_back=put_back)
    return lines, state, step, put_back


def detail_of(order: OrderRow, events: Sequence[EventRow],
              picks: Mapping[int, Decimal]) -> PickupDetail:
    record = order.record
    lines, state, step, put_back = _progress(order, events, picks)
    waiting = [e for e in events if not e.answered]
    customer = record.get("customer") or {}
    ship_to, ship_store = _ship_to(record)
    parcels = tuple(Parcel(str(p.get("transfer_id")), str(p.get("from_node", "")),
                           str(p.get("state", "")), bool(p.get("received")),
                           str(p.get("carrier", "")), str(p.get("tracking", "")))
                    for p in record.get("incoming") or ())
    return PickupDetail(
        pickup_id=order.pickup_id, order_number=order.order_number,
        kind=FulfilmentKind(order.kind), hub_state=_hub_state(order, events),
        state=state, step=step, version=order.version, customer_name=order.customer_name,
        customer_email=str(customer.get("email", "")),
        customer_phone=str(customer.get("phone", "")), pickup_code=order.pickup_code,
        paid=bool(record.get("paid", True)), due_minor=order.due_minor,
        total_minor=int(record.get("total_minor", 0)), currency=order.currency,
        placed_at=order.placed_at, promised_by=order.promised_by, changed_at=order.changed_at,
        lines=_detail_lines(lines), parcels=parcels, ship_to=ship_to, ship_to_store=ship_store,
        task="put_back" if put_back else "", exception=str(record.get("exception") or ""),
        message=str(record.get("message", "")), waiting=bool(waiting),
        waiting_since=waiting[0].queued_at if waiting else None,
        refusal=_refusal(events, order.order_number),
        deposit_minor=int(record.get("deposit_minor", 0)),
    )


def _bucket(step: Step, state: PickupState, picks: Sequence[PickLine], *,
            deposit_held: bool = False) -> Bucket:
    if step is Step.PUT_BACK:
        return Bucket.TASK
    if step is Step.DONE:
        # A cancelled order whose deposit the hub still holds: paying it back is a task here.
        closed = state in (PickupState.CANCELLED, PickupState.EXPIRED)
        return Bucket.TASK if deposit_held and closed else Bucket.DONE
    if step in (Step.HANDOVER, Step.SHIP):
        return Bucket.READY
    fresh = state in (PickupState.ROUTED, PickupState.ACCEPTED)
    if fresh and not any(p.picked for p in picks):
        return Bucket.NEW
    return Bucket.PICKING


def queue_row_of(order: OrderRow, events: Sequence[EventRow],
                 picks: Mapping[int, Decimal]) -> QueueRow:
    """The order's line in the queue (lighter than ``detail_of``: the queue has hundreds)."""
    lines, state, step, _put_back = _progress(order, events, picks)
    pl = [pick for pick, _raw in lines]
    paid = bool(order.record.get("paid", True))
    return QueueRow(
        order.pickup_id, order.order_number, FulfilmentKind(order.kind), order.customer_name,
        state, step, _bucket(step, state, pl,
                             deposit_held=bool(order.record.get("deposit_minor"))),
        order.placed_at, order.arrived_at,
        order.promised_by, sum((p.to_pick + p.incoming + p.received for p in pl), ZERO),
        sum((p.left for p in pl), ZERO), 0 if paid else order.due_minor, order.currency,
        any(not e.answered for e in events), bool(_refusal(events, order.order_number)))
