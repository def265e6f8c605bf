"""The till's stock level: the hub's level as of its cursor plus the till's own pending deltas."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import StockDelta
from omnipos.sync.outbox import not_acked_ids
from omnipos.sync.state import STOCK_PREFIX, get_state


def till_stock_level(session: Session, sku: str) -> Decimal:
    """Level of ``sku`` in this store as the till should show it.

    Before the hub has sent a level (a standalone till), the local ledger's sum.
    """
    hub = get_state(session, STOCK_PREFIX + sku)
    if hub is None:
        deltas = session.scalars(select(StockDelta.delta).where(StockDelta.sku == sku))
        return sum((Decimal(d) for d in deltas), Decimal(0))
    pending = session.scalars(
        select(StockDelta.delta).where(
            StockDelta.sku == sku, StockDelta.event_id.in_(not_acked_ids())
        )
    )
    return Decimal(hub["level"]) + sum((Decimal(d) for d in pending), Decimal(0))
