"""Parcels: ship a packed order with its tracking number, take in a ship-to-store parcel,
put back the goods of a cancelled order.

A shipment and a received parcel are facts the hub never refuses; the goods
leave (or arrive) in this till's stock at once, under the event's id. A
parcel that brings the last goods of a pickup makes the order ready in the
same transaction.
"""

from __future__ import annotations

from uuid import UUID

from omnipos.db import pickups
from omnipos.db.models import StockMovement
from omnipos.db.rows import insert_rows
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.picking import Step, unpicked
from omnipos.domain.pickup import CLOSED, FulfilmentKind
from omnipos.domain.quantities import quantity_text
from omnipos.domain.stock import StockBucket
from omnipos.services.pickups.context import PickupChanged
from omnipos.services.pickups.picking import Picking
from omnipos.services.pickups.views import quantity_of
from omnipos.sync.events import PickupPutBackPayload, ShipmentReceivedPayload, ShipmentSentPayload

__all__ = ["Shipping"]


class Shipping(Picking):
    def ship(self, pickup_id: str, *, tracking: str, carrier: str = "", packages: int = 1,
             actor: Actor | None = None) -> PickupChanged:
        """The carrier took a packed order: ``shipment.sent`` with the tracking number."""
        tracking, carrier = tracking.strip(), carrier.strip()
        if not tracking:
            raise ValidationError(message("scan or type the parcel's tracking number"))
        if not 1 <= packages <= 999:
            raise ValidationError(message("packages: 1 to 999"))
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            if d.step is not Step.SHIP:
                raise StateError(message("order {order_number} is {label}: pack it first (F12)")
                                 if d.step is Step.PICK else
                                 message("order {order_number} is {label}: it cannot be shipped"),
                                 order_number=d.order_number, label=d.step.label)
            by = self._who(s, actor)
            payload = ShipmentSentPayload(
                pickup_id=UUID(pickup_id), version=pickups.next_version(s, pickup_id),
                store_code=self.store.code, shipped_at=now, carrier=carrier[:60],
                tracking=tracking[:100], packages=packages, staff=by)
            moved = [(ln.pick.sku, ln.pick.picked or ln.pick.to_pick) for ln in d.lines
                     if (ln.pick.picked or ln.pick.to_pick) > 0]
            event_id, seq = self._record(s, pickup_id, payload, now, by=by, journal={
                "order_number": d.order_number, "carrier": carrier, "tracking": tracking,
                "packages": packages})
            insert_rows(s, [StockMovement(event_id=event_id, line=i, sku=sku,
                                          bucket=StockBucket.SELLABLE.value,
                                          delta=quantity_text(-q), reason="ship", occurred_at=now)
                            for i, (sku, q) in enumerate(moved, start=1)])
            after = self._detail(s, pickup_id)
        return PickupChanged(after, (event_id,), seq, tuple(sku for sku, _q in moved))

    def receive_parcel(self, pickup_id: str, transfer_id: str, *,
                       actor: Actor | None = None) -> PickupChanged:
        """A ship-to-store parcel scanned in; the order becomes ready if nothing else is due."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            if d.kind is not FulfilmentKind.PICKUP:
                raise StateError(message("order {order_number} is not a pickup: no parcel comes "
                                         "for it"),
                                 order_number=d.order_number)
            parcel = next((p for p in d.parcels if p.transfer_id == transfer_id), None)
            if parcel is None:
                raise NotFoundError(message("no parcel {parcel} is on its way for order "
                                            "{order_number}"),
                                    parcel=transfer_id[:8], order_number=d.order_number)
            order = self._order(s, pickup_id)
            events = pickups.events_of(s, [pickup_id])[pickup_id]
            if parcel.received or any(
                    e.type == ShipmentReceivedPayload.event_type.value and e.pending(order.version)
                    and any(ln.get("transfer_id") == transfer_id for ln in e.lines)
                    for e in events):
                raise StateError(message("the parcel from {from_node} for order {order_number} was"
                                         " taken in already"),
                                 from_node=parcel.from_node, order_number=d.order_number)
            by = self._who(s, actor)
            payload = ShipmentReceivedPayload(
                pickup_id=UUID(pickup_id), version=pickups.next_version(s, pickup_id),
                transfer_id=UUID(transfer_id), store_code=self.store.code, received_at=now,
                tracking=parcel.tracking, staff=by)
            event_id, seq = self._record(
                s, pickup_id, payload, now, by=by,
                journal={"order_number": d.order_number, "from": parcel.from_node,
                         "tracking": parcel.tracking},
                lines=[{"transfer_id": transfer_id}])
            goods = [(str(pl.get("sku")), quantity_of(pl.get("quantity", "0")))
                     for p in order.record.get("incoming") or ()
                     if str(p.get("transfer_id")) == transfer_id for pl in p.get("lines") or ()]
            insert_rows(s, [StockMovement(event_id=event_id, line=i, sku=sku,
                                          bucket=StockBucket.SELLABLE.value,
                                          delta=quantity_text(q), reason="transfer",
                                          occurred_at=now)
                            for i, (sku, q) in enumerate(((k, q) for k, q in goods if q > 0),
                                                         start=1)])
            ids = [event_id]
            now_d = self._detail(s, pickup_id)
            if (now_d.step is Step.PICK and not unpicked(now_d.picks)
                    and now_d.state not in CLOSED):
                ready_id, seq = self._ready(s, now_d, by, now)
                ids.append(ready_id)
            after = self._detail(s, pickup_id)
        return PickupChanged(after, tuple(ids), seq, tuple(sku for sku, _q in goods))

    def put_back(self, pickup_id: str, *, actor: Actor | None = None) -> PickupChanged:
        """The goods of a cancelled or expired order are back on the shelf."""
        now = self._clock()
        with self.db.transaction() as s:
            d = self._detail(s, pickup_id)
            if d.step is not Step.PUT_BACK:
                raise StateError(message("order {order_number} has nothing to put back"),
                                 order_number=d.order_number)
            by = self._who(s, actor)
            payload = PickupPutBackPayload(pickup_id=UUID(pickup_id),
                                           version=pickups.next_version(s, pickup_id),
                                           store_code=self.store.code, staff=by)
            event_id, seq = self._record(s, pickup_id, payload, now, by=by,
                                         journal={"order_number": d.order_number})
            after = self._detail(s, pickup_id)
        return PickupChanged(after, (event_id,), seq)
