"""Receiving deliveries and transfers against the hub's expected list: scan in, over and short
as you go, complete -> stock in and ``stock.received`` (the discrepancies go with it).

Every scan is committed before it shows; a code no item has is kept and
reported with the delivery.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import deliveries
from omnipos.db.models import StockMovement
from omnipos.db.models.deliveries import Delivery
from omnipos.db.rows import insert_rows
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.quantities import quantity_text
from omnipos.domain.stock import StockBucket
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.stock.context import StockContext, scanned_item
from omnipos.sync.events import StockReceivedPayload
from omnipos.sync.events.stock import ReceivedLinePayload
from omnipos.sync.outbox import enqueue

__all__ = ["DeliveryView", "Received", "Receiving", "ScannedIn"]


@dataclass(frozen=True, slots=True)
class DeliveryView:
    delivery_id: str
    number: str
    kind: str
    source: str
    expected_at: datetime | None
    lines: tuple[deliveries.ReceivedLine, ...]
    unknown: tuple[str, ...]

    @property
    def discrepancies(self) -> int:
        return sum(1 for ln in self.lines if ln.over_short)


@dataclass(frozen=True, slots=True)
class ScannedIn:
    code: str
    sku: str | None  # None: a code no item has (kept)
    name: str
    line: deliveries.ReceivedLine | None
    delivery: DeliveryView


@dataclass(frozen=True, slots=True)
class Received:
    number: str
    event_id: str
    lines: int
    discrepancies: int
    journal_seq: int


class Receiving(StockContext):
    def deliveries(self) -> list[DeliveryView]:
        with self.db.read() as s:
            return [self._view(s, d) for d in deliveries.open_deliveries(s)]

    def delivery(self, delivery_id: str) -> DeliveryView:
        with self.db.read() as s:
            return self._view(s, self._delivery(s, delivery_id))

    def _delivery(self, s: Session, delivery_id: str) -> Delivery:
        row = s.get(Delivery, delivery_id)
        if row is None:
            raise NotFoundError(message("no delivery {delivery_id}"), delivery_id=delivery_id)
        return row

    def _view(self, s: Session, d: Delivery) -> DeliveryView:
        return DeliveryView(d.id, d.number, d.kind, d.source, d.expected_at,
                            tuple(deliveries.lines_of(s, d.id)),
                            tuple(deliveries.unknown_codes(s, d.id)))

    def scan_in(self, delivery_id: str, code: str, quantity: Decimal | None = None, *,
                actor: Actor | None = None) -> ScannedIn:
        """One scan (or a typed quantity of an item): received, committed, then shown."""
        code = (code or "").strip()
        if not code:
            raise ValidationError(message("nothing was scanned"))
        if quantity is not None and quantity <= 0:
            raise ValidationError(message("how many: more than 0"))
        now = self._clock()
        with self.db.transaction() as s:
            d = self._delivery(s, delivery_id)
            if d.received_at is not None:
                raise StateError(message("delivery {number} was received already"),
                                 number=d.number)
            signed = authz.signed_in(s, actor)
            by = signed.label if signed else f"Till {self.store.till}"
            product, each = scanned_item(s, code, self.store.layout)
            sku = product.sku if product else None
            deliveries.add_scan(s, delivery_id, code, sku, quantity or each, now, by,
                                product.name if product else "")
            s.flush()
            view = self._view(s, d)
        line = next((ln for ln in view.lines if ln.sku == sku), None)
        return ScannedIn(code, sku, product.name if product else "", line, view)

    def complete(self, delivery_id: str, *, actor: Actor | None = None) -> Received:
        """Everything is in: stock in for what arrived, the delivery reported to the hub with
        its over and short (and the codes that matched nothing)."""
        now = self._clock()
        event_id = str(uuid.uuid4())
        with self.db.transaction() as s:
            d = self._delivery(s, delivery_id)
            if d.received_at is not None:
                raise StateError(message("delivery {number} was received already"),
                                 number=d.number)
            signed = authz.signed_in(s, actor)
            by = signed.label if signed else f"Till {self.store.till}"
            view = self._view(s, d)
            moves = [StockMovement(event_id=event_id, line=i, sku=ln.sku,
                                   bucket=StockBucket.SELLABLE.value,
                                   delta=quantity_text(ln.received), reason="received",
                                   occurred_at=now)
                     for i, ln in enumerate(view.lines, start=1) if ln.received]
            insert_rows(s, moves)
            enqueue(s, StockReceivedPayload(
                delivery_id=uuid.UUID(d.id), number=d.number, store_code=self.store.code,
                till_code=self.store.till, received_at=now, received_by=by,
                lines=[ReceivedLinePayload(sku=ln.sku, expected=quantity_text(ln.expected),
                                           received=quantity_text(ln.received))
                       for ln in view.lines],
                unknown=list(view.unknown)[:1000]), now, event_id=event_id)
            d.received_at, d.received_by = now, by
            entry = append_journal(s, "stock.received", by, {
                "delivery": d.number, "lines": len(view.lines),
                "discrepancies": view.discrepancies, "unknown": len(view.unknown)}, now)
        return Received(d.number, event_id, len(view.lines), view.discrepancies, entry.seq)
