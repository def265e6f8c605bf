"""The till's stock table: the hub's levels as of the feed cursor, plus local movements.

The level the till shows is the hub's level plus the till's movements the hub
has not acknowledged yet (they are not in the hub's figure). A standalone till
(no level from a hub) shows the sum of its own movements. Quantities are
decimal strings summed as ``Decimal``, so nothing passes through a float.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from omnipos.db.models import (
    OutboxEvent,
    StockElsewhere,
    StockLevel,
    StockMovement,
    StoreDirectoryEntry,
)
from omnipos.db.rows import run_driver, stored_value
from omnipos.domain.counts import Movement
from omnipos.domain.stock import StockBucket

__all__ = [
    "Elsewhere",
    "HubLevel",
    "clear_hub_levels",
    "elsewhere",
    "hub_level",
    "movements_after",
    "movements_total",
    "promised_elsewhere",
    "set_elsewhere",
    "set_hub_level",
    "till_level",
    "till_levels",
]

SELLABLE = StockBucket.SELLABLE


@dataclass(frozen=True, slots=True)
class HubLevel:
    """What the hub's feed last said about one SKU."""

    sku: str
    bucket: StockBucket
    level: Decimal
    as_of: datetime | None
    counted_at: datetime | None = None  # when a count last set it


_AS_OF = StockLevel.__table__.c.as_of
_COUNTED_AT = StockLevel.__table__.c.counted_at
_SET_LEVEL = (
    "INSERT INTO stock_levels (sku, bucket, level, as_of, counted_at) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (sku, bucket) DO UPDATE SET level = excluded.level, as_of = excluded.as_of, "
    "counted_at = coalesce(excluded.counted_at, stock_levels.counted_at)")
_ELSEWHERE_AS_OF = StockElsewhere.__table__.c.as_of
# The feed is in order; a replayed page (an older moment) changes nothing.
_SET_ELSEWHERE = (
    "INSERT INTO stock_elsewhere (store, sku, available, as_of) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (store, sku) DO UPDATE SET available = excluded.available, "
    "as_of = excluded.as_of WHERE stock_elsewhere.as_of <= excluded.as_of")


def set_hub_level(
    session: Session,
    sku: str,
    level: str,
    as_of: datetime | None,
    bucket: StockBucket = SELLABLE,
    counted_at: datetime | None = None,
) -> None:
    """Store the hub's level from a feed change (in the page's transaction).

    One statement on the driver: a count's submission brings a level for every
    SKU counted (50,000 of them), and loading each row first cost ~3 ms a row.
    """
    run_driver(session, _SET_LEVEL, (
        sku, bucket.value, level, stored_value(session, _AS_OF, as_of),
        stored_value(session, _COUNTED_AT, counted_at)))


def hub_level(session: Session, sku: str, bucket: StockBucket = SELLABLE) -> HubLevel | None:
    row = session.get(StockLevel, (sku, bucket.value))
    if row is None:
        return None
    return HubLevel(row.sku, StockBucket(row.bucket), Decimal(row.level), row.as_of,
                    row.counted_at)


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


def till_levels(session: Session) -> dict[str, Decimal]:
    """The sellable level of every SKU the till knows of (the module docstring's rule), at
    once: what a full count expects."""
    cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    levels: dict[str, Decimal] = {}
    for sku, level in cur.execute(
            "SELECT sku, level FROM stock_levels WHERE bucket = 'sellable'"):
        levels[sku] = Decimal(level)
    hub = set(levels)
    # Acknowledged: not waiting in the outbox (acknowledged events are pruned from it after
    # sync.outbox_keep_days), as in movements_total.
    for sku, delta, acked in cur.execute(
            "SELECT m.sku, m.delta, m.event_id NOT IN (SELECT event_id FROM outbox"
            " WHERE acked_at IS NULL) FROM stock_movements m WHERE m.bucket = 'sellable'"):
        if sku in hub and acked:
            continue  # in the hub's figure already
        levels[sku] = levels.get(sku, Decimal(0)) + Decimal(delta)
    return levels


def movements_after(session: Session, since: datetime) -> dict[str, list[Movement]]:
    """This till's sellable movements after ``since``, per SKU (what it sold while counting)."""
    cur = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    out: dict[str, list[Movement]] = {}
    stamp = since.astimezone(UTC).isoformat(timespec="microseconds")
    for sku, delta, at in cur.execute(
            "SELECT sku, delta, occurred_at FROM stock_movements WHERE bucket = 'sellable' "
            "AND occurred_at > ?", (stamp,)):
        out.setdefault(sku, []).append(Movement(datetime.fromisoformat(at), Decimal(delta)))
    return out


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """Another store's available quantity of a SKU, and who and where that store is."""

    store: str
    name: str
    available: Decimal
    as_of: datetime
    lat: str | None
    lon: str | None


def set_elsewhere(session: Session, store: str, sku: str, available: str,
                  as_of: datetime) -> None:
    """What ``store`` has available of ``sku`` now (one statement, like ``set_hub_level``)."""
    run_driver(session, _SET_ELSEWHERE, (store, sku, available,
                                         stored_value(session, _ELSEWHERE_AS_OF, as_of)))


def promised_elsewhere(session: Session, store: str, sku: str, quantity: Decimal) -> None:
    """This till just promised ``quantity`` of ``store``'s stock (an aisle order): its copy of
    what ``store`` has available goes down now; the hub's next figure (a later moment)
    replaces it."""
    found = run_driver(session, "SELECT available FROM stock_elsewhere WHERE store = ? AND "
                       "sku = ?", (store, sku))
    if found:
        left = max(Decimal(0), Decimal(found[0][0]) - quantity)
        run_driver(session, "UPDATE stock_elsewhere SET available = ? WHERE store = ? AND "
                   "sku = ?", (str(left), store, sku))


def elsewhere(session: Session, sku: str) -> list[Elsewhere]:
    rows = session.execute(
        select(StockElsewhere, StoreDirectoryEntry)
        .join(StoreDirectoryEntry, StoreDirectoryEntry.code == StockElsewhere.store,
              isouter=True)
        .where(StockElsewhere.sku == sku).order_by(StockElsewhere.store)).all()
    return [Elsewhere(e.store, n.name if n else e.store, Decimal(e.available), e.as_of,
                      n.lat if n else None, n.lon if n else None) for e, n in rows]
