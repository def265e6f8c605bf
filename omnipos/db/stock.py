"""The till's stock table: the hub's levels as of the feed cursor, plus local movements.

The level the till shows is the hub's level plus the till's movements the hub
has not acknowledged yet (they are not in the hub's figure). A standalone till
(no level from a hub) shows the sum of its own movements. Quantities are
decimal strings summed as ``Decimal``, so nothing passes through a float.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omnipos.db.models import OutboxEvent, StockLevel, StockMovement
from omnipos.domain.stock import StockBucket

__all__ = [
    "HubLevel",
    "clear_hub_levels",
    "hub_level",
    "movements_total",
    "set_hub_level",
    "till_level",
]

SELLABLE = StockBucket.SELLABLE


@dataclass(frozen=True, slots=True)
class HubLevel:
    """What the hub's feed last said about one SKU."""

    sku: str
    bucket: StockBucket
    level: Decimal
    as_of: datetime | None


def set_hub_level(
    session: Session,
    sku: str,
    level: str,
    as_of: datetime | None,
    bucket: StockBucket = SELLABLE,
) -> None:
    """Store the hub's level from a feed change (in the page's transaction)."""
    row = session.get(StockLevel, (sku, bucket.value))
    if row is None:
        session.add(StockLevel(sku=sku, bucket=bucket.value, level=level, as_of=as_of))
    else:
        row.level, row.as_of = level, as_of


def hub_level(session: Session, sku: str, bucket: StockBucket = SELLABLE) -> HubLevel | None:
    row = session.get(StockLevel, (sku, bucket.value))
    if row is None:
        return None
    return HubLevel(row.sku, StockBucket(row.bucket), Decimal(row.level), row.as_of)


def clear_hub_levels(session: Session) -> None:
    """Forget every hub level (a new hub or a fresh enrollment); local movements stay."""
    session.execute(delete(StockLevel))


def _total(deltas: Iterable[str]) -> Decimal:
    return sum((Decimal(d) for d in deltas), Decimal(0))


def movements_total(
    session: Session,
    sku: str,
    bucket: StockBucket = SELLABLE,
    *,
    unacknowledged_only: bool = False,
) -> Decimal:
    """The sum of the till's movements of ``sku`` (only those the hub has not acknowledged)."""
    stmt = select(StockMovement.delta).where(
        StockMovement.sku == sku, StockMovement.bucket == bucket.value
    )
    if unacknowledged_only:
        # acked_at is set when, and only when, the hub acknowledged the event.
        waiting = select(OutboxEvent.event_id).where(OutboxEvent.acked_at.is_(None))
        stmt = stmt.where(StockMovement.event_id.in_(waiting))
    return _total(session.scalars(stmt))


def till_level(session: Session, sku: str, bucket: StockBucket = SELLABLE) -> Decimal:
    """The level of ``sku`` as the till should show it (see the module docstring)."""
    hub = hub_level(session, sku, bucket)
    if hub is None:
        return movements_total(session, sku, bucket)
    return hub.level + movements_total(session, sku, bucket, unacknowledged_only=True)
