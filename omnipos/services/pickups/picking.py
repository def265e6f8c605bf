"""Picking: tick items off by scanning, reject a line with a reason, mark the order ready.

Every tick is committed before it shows, so a restart loses no scan. The
first tick tells the hub the order is being picked (``pickup.picking``). A
rejection's stock effect (``domain.pickup.stock_change``) is recorded here at
once, under the rejection event's id, as the hub will apply it when the
intent arrives. All of it works offline: the events wait in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from uuid import UUID

from sqlalchemy.orm import Session

from omnipos.db import pickups
from omnipos.db.models import StockMovement
from omnipos.db.rows import insert_rows
from omnipos.db.stock import till_level
from omnipos.devices.documents import PickList, PickupLine
from omnipos.domain.cart import SoldBy
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.picking import Step, tick, unpicked
from omnipos.domain.pickup import FulfilmentKind, PickupState, RejectReason, stock_change
from omnipos.domain.quantities import MILLI, from_milli, quantity_text
from omnipos.domain.stock import StockBucket
from omnipos.services.pickups.context import PickupChanged, PickupContext
from omnipos.services.pickups.views import PARCEL_LABEL, PickupDetail
from omnipos.sync.events import (
    EventType,
    PickupPickingPayload,
    PickupReadyPayload,
    PickupRejectedPayload,
)
from omnipos.sync.events.pickup import PickedLine, RejectedLine

__all__ = ["Picking", "Ticked"]

_STARTED = (EventType.PICKUP_PICKING.value, EventType.PICKUP_READY.value)


@dataclass(frozen=True, slots=True)
class Ticked:
    """One scan ticked off: the order now, and which line took it."""

    changed: PickupChanged
    line_no: int
    name: str
    picked: Decimal
    to_pick: Decimal


def _open_for_picking(d: PickupDetail) -> None:
    if d.step in (Step.PICK, Step.WAIT_PARCEL):
        return
    if d.state in (PickupState.CANCELLED, PickupState.EXPIRED):
        #: {how} is the hub's words, in English ("cancelled at 14:02 on 1 Dec").
        raise StateError(message("order {order_number} is {state} ({how}): do not pick it")
                         if d.message else message("order {order_number} is {state}: do not "
                                                   "pick it"),
                         order_number=d.order_number, state=d.state.label, how=d.message)
    raise StateError(message("order {order_number} is {label}: nothing to pick"),
                     order_number=d.order_number, label=d.step.label)


class Picking(PickupContext):
    def tick(self, pickup_id: str, code: str, *, actor: Actor | None = None) -> Ticked:
        """A scan while picking: tick off one of the item (a weighed item: its whole line)."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            _open_for_picking(d)
            product = self._product(s, code.strip())
            if product is None:
                raise NotFoundError(message("no product for code {code}: scan it again or type "
                                            "the SKU"), code=code.strip())
            line = tick(d.picks, product.sku, product.name)
            by = self._who(s, actor)
            amount = line.left if product.sold_by == SoldBy.WEIGHT else Decimal(1)
            picked = pickups.add_pick(s, pickup_id, line.line_no, line.sku, amount, now)
            event_ids: tuple[str, ...] = ()
            events = pickups.events_of(s, [pickup_id])[pickup_id]
            if (d.state in (PickupState.ROUTED, PickupState.ACCEPTED)
                    and not any(e.type in _STARTED and e.answer != "rejected" for e in events)):
                payload = PickupPickingPayload(pickup_id=UUID(pickup_id),
                                               version=pickups.next_version(s, pickup_id),
                                               store_code=self.store.code, staff=by)
                event_id, _seq = self._record(s, pickup_id, payload, now, by=by,
                                              journal={"order_number": d.order_number})
                event_ids = (event_id,)
            after = self._detail(s, pickup_id)
        return Ticked(PickupChanged(after, event_ids), line.line_no, line.name, picked,
                      line.to_pick)

    def reject_line(self, pickup_id: str, line_no: int, reason: RejectReason, *,
                    quantity: Decimal | None = None, note: str = "",
                    actor: Actor | None = None) -> PickupChanged:
        """Reject what is left of a line (or ``quantity`` of it) with a reason; stock at once."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            _open_for_picking(d)
            line = next((ln.pick for ln in d.lines if ln.pick.line_no == line_no), None)
            if line is None:
                raise NotFoundError(message("order {order_number} has no line {line_no}"),
                                    order_number=d.order_number, line_no=line_no)
            qty = line.left if quantity is None else Decimal(quantity)
            if qty <= 0:
                raise ValidationError(message("nothing is left to pick of {name}"), name=line.name)
            if qty > line.left:
                raise ValidationError(message("only {qty} of {name} is left to pick"),
                                      qty=quantity_text(line.left), name=line.name)
            by = self._who(s, actor)
            payload = PickupRejectedPayload(
                pickup_id=UUID(pickup_id), version=pickups.next_version(s, pickup_id),
                store_code=self.store.code, staff=by,
                lines=[RejectedLine(line_no=line_no, sku=line.sku, quantity=quantity_text(qty),
                                    reason=reason, note=note.strip()[:200])])
            event_id, seq = self._record(
                s, pickup_id, payload, now, by=by,
                journal={"order_number": d.order_number, "sku": line.sku,
                         "quantity": quantity_text(qty), "reason": reason.value,
                         "note": note.strip()[:200]},
                lines=[{"line_no": line_no, "quantity": quantity_text(qty)}])
            self._stock_effect(s, event_id, line.sku, reason, qty, now)
            after = self._detail(s, pickup_id)
        return PickupChanged(after, (event_id,), seq, (line.sku,))

    @staticmethod
    def _stock_effect(s: Session, event_id: str, sku: str, reason: RejectReason,
                      qty: Decimal, now: datetime) -> None:
        on_hand = till_level(s, sku)
        change = stock_change(reason, int(qty * MILLI), int(on_hand * MILLI))
        rows: list[StockMovement] = []
        why = f"reject:{reason.value}"[:20]
        if change.on_hand_milli:
            rows.append(StockMovement(event_id=event_id, line=1, sku=sku,
                                      bucket=StockBucket.SELLABLE.value,
                                      delta=from_milli(change.on_hand_milli), reason=why,
                                      occurred_at=now))
        if change.held_milli:
            # Held back from sale, still in the store: it moves to the damaged bucket here.
            held = from_milli(change.held_milli)
            moves = ((StockBucket.SELLABLE, f"-{held}"), (StockBucket.DAMAGED, held))
            for no, (bucket, delta) in enumerate(moves, start=len(rows) + 1):
                rows.append(StockMovement(event_id=event_id, line=no, sku=sku,
                                          bucket=bucket.value, delta=delta, reason=why,
                                          occurred_at=now))
        if rows:
            insert_rows(s, rows)

    def mark_ready(self, pickup_id: str, *, actor: Actor | None = None) -> PickupChanged:
        """F12 while picking: every line picked or rejected; a shipment is packed (slip)."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            _open_for_picking(d)
            by = self._who(s, actor)
            event_id, seq = self._ready(s, d, by, now)
            after = self._detail(s, pickup_id)
        slip = self._slip(after, "PACKING SLIP") if after.kind is not FulfilmentKind.PICKUP \
            else None
        return PickupChanged(after, (event_id,), seq, document=slip)

    def _ready(self, s: Session, d: PickupDetail, by: str, now: datetime) -> tuple[str, int]:
        """Queue ``pickup.ready`` for an order with nothing left to pick or to wait for."""
        left = unpicked(d.picks)
        if left:
            first = left[0]
            raise StateError(message("{qty} of {name} still to pick (scan it, or F5 to reject "
                                     "the line)"), qty=quantity_text(first.left), name=first.name)
        if d.kind is FulfilmentKind.PICKUP and any(ln.pick.incoming > 0 for ln in d.lines):
            raise StateError(message("a parcel from another store is still on its way: scan it in "
                                     "when it arrives"))
        if not any(ln.pick.to_pick > 0 or ln.pick.received > 0 for ln in d.lines):
            raise StateError(message("every line was rejected: nothing is left to get ready"))
        payload = PickupReadyPayload(
            pickup_id=UUID(d.pickup_id), version=pickups.next_version(s, d.pickup_id),
            store_code=self.store.code, staff=by,
            lines=[PickedLine(line_no=ln.pick.line_no, sku=ln.pick.sku,
                              quantity=quantity_text(ln.pick.picked))
                   for ln in d.lines if ln.pick.picked > 0])
        return self._record(s, d.pickup_id, payload, now, by=by,
                            journal={"order_number": d.order_number, "kind": d.kind.value})

    def pick_list(self, pickup_id: str) -> PickList:
        """The order's pick list to print (for a shipment packed already: its packing slip)."""
        d = self.order(pickup_id)
        packed = d.kind is not FulfilmentKind.PICKUP and d.step is Step.SHIP
        return self._slip(d, "PACKING SLIP" if packed else "PICK LIST")

    def _slip(self, d: PickupDetail, title: str) -> PickList:
        packing = title == "PACKING SLIP"
        # A packing slip lists what went in the parcel; a pick list what to fetch.
        lines = tuple(PickupLine(ln.pick.name, quantity_text(
            ln.pick.picked if packing and ln.pick.picked else ln.pick.to_pick), ln.pick.sku)
            for ln in d.lines if ln.pick.to_pick > 0)
        ship_to: tuple[str, ...] = ()
        barcode = d.order_number
        note = ""
        if packing and d.ship_to:
            ship_to = (d.ship_to,)
        if packing and d.kind is FulfilmentKind.TRANSFER:
            # The receiving store scans this to take the parcel in for its pickup.
            barcode = d.pickup_id[:PARCEL_LABEL]
            note = f"Ship-to-store parcel for pickup order {d.order_number}"
        return PickList(title=title, order_no=d.order_number, store_name=self.store.name,
                        customer_name=d.customer_name, printed_at=self._clock(), lines=lines,
                        promised_by=d.promised_by, ship_to=ship_to, barcode=barcode, note=note)
