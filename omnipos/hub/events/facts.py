"""Facts the hub keeps only as stock movements (all but sales and shift closes, today).

A fact is never refused for business reasons; its optional ``stock[]`` lines
go on the ledger, keyed by (event id, line), and the new levels on the feed.
"""

from __future__ import annotations

from collections.abc import Sequence

from omnipos.domain.quantities import to_milli
from omnipos.hub.events.handler import Outcome, PushedEvent, check_store
from omnipos.hub.feed import append_changes
from omnipos.hub.stock import ledger
from omnipos.sync.events import StockLinePayload, StockPayload


def record_stock(pushed: PushedEvent, lines: Sequence[StockLinePayload], reason: str) -> None:
    """The event's stock lines on the ledger, the new levels on the feed."""
    deltas = ledger.deltas_from_lines(
        str(pushed.event.event_id), pushed.till.store_code,
        [(line.sku, to_milli(line.delta)) for line in lines], reason,
        occurred_at=pushed.event.occurred_at,
    )
    changes = ledger.record(pushed.sql, deltas)
    append_changes(pushed.sql, changes)  # last write: holds the feed lock only until commit


def record_fact(pushed: PushedEvent, payload: StockPayload) -> Outcome:
    check_store(pushed.till, payload.store_code)
    record_stock(pushed, payload.stock, pushed.event.type.split(".")[0][:20])
    return Outcome()
