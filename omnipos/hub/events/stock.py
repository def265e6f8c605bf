"""``stock.adjusted`` and ``stock.received``: a manager's adjustment, a delivery scanned in.

Adjustments move stock by their reason (``AdjustReason.moves``: damaged goods
go from sellable to the damaged bucket, theft leaves, found comes back...).
A delivery received puts what arrived into sellable stock and keeps each
line's over or short with the delivery.
"""

from __future__ import annotations

from decimal import Decimal

from omnipos.domain.errors import UserFacingError
from omnipos.domain.quantities import to_milli
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.hub.feed import append_changes
from omnipos.hub.stock import deliveries, ledger
from omnipos.sync.events import StockAdjustedPayload, StockReceivedPayload


def record_adjustment(pushed: PushedEvent, adjusted: StockAdjustedPayload) -> Outcome:
    check_store(pushed.till, adjusted.store_code)
    moves = adjusted.reason.moves(Decimal(to_milli(adjusted.quantity)))
    deltas = [
        ledger.Delta(str(pushed.event.event_id), i, adjusted.store_code, adjusted.sku,
                     int(milli), f"adjust:{adjusted.reason.value}"[:20], bucket,
                     occurred_at=pushed.event.occurred_at)
        for i, (bucket, milli) in enumerate(moves, start=1)]
    append_changes(pushed.sql, ledger.record(pushed.sql, deltas))
    return Outcome()


def record_received(pushed: PushedEvent, received: StockReceivedPayload) -> Outcome:
    check_store(pushed.till, received.store_code)
    with pushed.session() as s:
        try:
            changes = deliveries.receive(s, received, str(pushed.event.event_id),
                                         pushed.event.occurred_at)
        except UserFacingError as exc:
            raise Invalid(f"payload.delivery_id: {exc}") from exc
        s.flush()
        append_changes(pushed.sql, changes)
    return Outcome()
