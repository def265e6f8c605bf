"""Stock adjustments by hand, with a reason code: a manager's right (``stock.adjusted``)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from omnipos.db import catalog
from omnipos.db.models import StockMovement
from omnipos.db.rows import insert_rows
from omnipos.db.stock import till_level
from omnipos.domain.errors import NotFoundError, ValidationError, message, phrase
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.quantities import QuantityError, quantity_text, to_milli
from omnipos.domain.stock import AdjustReason
from omnipos.services import authz
from omnipos.services.stock.context import StockContext
from omnipos.sync.events import StockAdjustedPayload
from omnipos.sync.outbox import enqueue

__all__ = ["Adjusted", "Adjustments"]


@dataclass(frozen=True, slots=True)
class Adjusted:
    sku: str
    name: str
    reason: AdjustReason
    quantity: Decimal
    on_hand: Decimal  # sellable, after the adjustment
    event_id: str
    journal_seq: int


class Adjustments(StockContext):
    def adjust(self, sku: str, quantity: str | Decimal, reason: AdjustReason, note: str = "", *,
               actor: Actor | None = None, override: ManagerOverride | None = None) -> Adjusted:
        """Move ``quantity`` of ``sku`` the way ``reason`` says (damaged: into the damaged
        bucket; theft, sample, transfer out: off the shelf; found, received, transfer in:
        onto it), with the journal entry and the event, in one transaction."""
        try:
            milli = to_milli(str(quantity))
        except QuantityError as exc:
            raise ValidationError(message("quantity: {reason}"), reason=exc) from exc
        if milli <= 0:
            raise ValidationError(message("quantity: type how many, more than 0"))
        qty = Decimal(milli) / 1000
        if reason in (AdjustReason.TRANSFER_IN, AdjustReason.TRANSFER_OUT,
                      AdjustReason.RECEIVED) and not note.strip():
            raise ValidationError(message("{reason}: say from or to where (the note)"),
                                  reason=reason.label)
        now = self._clock()
        event_id = str(uuid.uuid4())
        with self.db.transaction() as s:
            product = catalog.find_by_sku(s, sku)
            if product is None:
                raise NotFoundError(message("no item with SKU {sku}"), sku=sku)
            # A manager approves this adjustment of this item, once.
            p = authz.permit(s, actor, Action.ADJUST_STOCK, override, now=now,
                             subject=f"stock:{sku}:{reason.value}:{quantity_text(qty)}",
                             what=phrase(message("{name}: {qty}, {reason}"), name=product.name,
                                         qty=quantity_text(qty), reason=reason.label),
                             on_behalf=f"Till {self.store.till}",
                             details={"sku": sku, "quantity": quantity_text(qty),
                                      "reason": reason.value})
            insert_rows(s, [
                StockMovement(event_id=event_id, line=i, sku=sku, bucket=bucket.value,
                              delta=quantity_text(delta), reason=f"adjust:{reason.value}"[:20],
                              occurred_at=now)
                for i, (bucket, delta) in enumerate(reason.moves(qty), start=1)])
            enqueue(s, StockAdjustedPayload(
                adjustment_id=uuid.UUID(event_id), store_code=self.store.code,
                till_code=self.store.till, sku=sku, quantity=quantity_text(qty), reason=reason,
                note=note.strip()[:200], adjusted_at=now, adjusted_by=p.by,
                approved_by=p.approved_by), now, event_id=event_id)
            entry = p.journal("stock.adjusted", {
                "sku": sku, "quantity": quantity_text(qty), "reason": reason.value,
                "note": note.strip()[:200], "approved_by": p.approved_by})
            on_hand = till_level(s, sku)
        return Adjusted(sku, product.name, reason, qty, on_hand, event_id, entry.seq)
