"""The hub's stock ledger: signed deltas per (store, sku, bucket); levels are their sums.

Each delta is keyed by (event id, line), so replaying an event can never count
twice. ``stock_levels`` keeps the running sum of the sellable bucket in the
same transaction (the only one available to promise), ``stock_bucket_levels``
that of every other bucket; their row locks serialise writers of one (store,
sku) so the level published to the feed is always exact. A feed ``stock``
change names its bucket; the sellable one keeps the plain ``STORE:SKU`` key.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from omnipos.domain.quantities import from_milli
from omnipos.domain.stock import StockBucket
from omnipos.hub.feed import PendingChange
from omnipos.hub.store.models import StockBucketLevel, StockEntry, StockLevel
from omnipos.hub.store.rawsql import RawSql, stamp


@dataclass(frozen=True)
class Delta:
    event_id: str
    line: int
    store_code: str
    sku: str
    delta_milli: int
    reason: str
    bucket: StockBucket = StockBucket.SELLABLE


_INSERT_ENTRY = (
    "INSERT INTO stock_ledger (event_id, line, store_code, sku, delta_milli, bucket, reason, "
    "recorded_at) VALUES (:event_id, :line, :store_code, :sku, :delta_milli, :bucket, :reason, "
    ":recorded_at)"
)
_UPSERT_LEVEL = (
    "INSERT INTO stock_levels (store_code, sku, level_milli) VALUES (:store, :sku, :milli) "
    "ON CONFLICT (store_code, sku) DO UPDATE "
    "SET level_milli = stock_levels.level_milli + excluded.level_milli RETURNING level_milli"
)
_UPSERT_BUCKET = (
    "INSERT INTO stock_bucket_levels (store_code, sku, bucket, level_milli) "
    "VALUES (:store, :sku, :bucket, :milli) ON CONFLICT (store_code, sku, bucket) DO UPDATE "
    "SET level_milli = stock_bucket_levels.level_milli + excluded.level_milli "
    "RETURNING level_milli"
)


def stock_key(store: str, sku: str, bucket: StockBucket) -> str:
    """The feed key of a level: ``STORE:SKU`` for sellable stock, ``STORE:SKU:BUCKET`` else."""
    return f"{store}:{sku}" if bucket is StockBucket.SELLABLE else f"{store}:{sku}:{bucket}"


def record(session: Session | Connection | RawSql, deltas: Sequence[Delta]
           ) -> list[PendingChange]:
    """Write ``deltas`` and bump the levels; returns the feed changes announcing new levels."""
    if not deltas:
        return []
    sql = session if isinstance(session, RawSql) else RawSql(session)
    now = stamp(datetime.now(UTC))
    sql.many(_INSERT_ENTRY, (
        {"event_id": d.event_id, "line": d.line, "store_code": d.store_code, "sku": d.sku,
         "delta_milli": d.delta_milli, "bucket": d.bucket.value, "reason": d.reason,
         "recorded_at": now}
        for d in deltas
    ))
    totals: dict[tuple[str, str, str], int] = {}
    for d in deltas:
        key = (d.store_code, d.sku, d.bucket.value)
        totals[key] = totals.get(key, 0) + d.delta_milli
    changes: list[PendingChange] = []
    # Sorted, so two transactions touching the same SKUs lock them in the same order.
    for (store, sku, name), milli in sorted(totals.items()):
        bucket = StockBucket(name)
        params = {"store": store, "sku": sku, "milli": milli, "bucket": name}
        sellable = bucket is StockBucket.SELLABLE
        level = int(sql.one(_UPSERT_LEVEL if sellable else _UPSERT_BUCKET, params))
        # as_of: the moment this level is true at the hub (the till keeps it with the level)
        data = {"store": store, "sku": sku, "level": from_milli(level), "as_of": now}
        if not sellable:
            data["bucket"] = name
        changes.append(PendingChange("stock", stock_key(store, sku, bucket), store, data))
    return changes


def level_milli(session: Session, store_code: str, sku: str) -> int:
    value = session.scalar(
        select(StockLevel.level_milli).where(
            StockLevel.store_code == store_code, StockLevel.sku == sku
        )
    )
    return int(value or 0)


def levels_for_sku(session: Session, sku: str) -> dict[str, str]:
    """Sellable level per store."""
    rows = session.execute(
        select(StockLevel.store_code, StockLevel.level_milli)
        .where(StockLevel.sku == sku)
        .order_by(StockLevel.store_code)
    ).all()
    return {r.store_code: from_milli(int(r.level_milli)) for r in rows}


def held_for_sku(session: Session, sku: str) -> dict[str, dict[str, str]]:
    """Store -> bucket -> level of the buckets other than sellable (levels of zero left out)."""
    rows = session.execute(
        select(StockBucketLevel.store_code, StockBucketLevel.bucket, StockBucketLevel.level_milli)
        .where(StockBucketLevel.sku == sku, StockBucketLevel.level_milli != 0)
        .order_by(StockBucketLevel.store_code, StockBucketLevel.bucket)
    ).all()
    out: dict[str, dict[str, str]] = {}
    for r in rows:
        out.setdefault(r.store_code, {})[r.bucket] = from_milli(int(r.level_milli))
    return out


def bucket_milli(session: Session, store_code: str, sku: str, bucket: StockBucket) -> int:
    """The level of one bucket (sellable included) of ``sku`` at ``store_code``."""
    if bucket is StockBucket.SELLABLE:
        return level_milli(session, store_code, sku)
    value = session.scalar(select(StockBucketLevel.level_milli).where(
        StockBucketLevel.store_code == store_code, StockBucketLevel.sku == sku,
        StockBucketLevel.bucket == bucket.value))
    return int(value or 0)


def ledger_sum_milli(session: Session, store_code: str, sku: str,
                     bucket: StockBucket = StockBucket.SELLABLE) -> int:
    """The level recomputed from the ledger itself (used by tests and audits)."""
    from sqlalchemy import func

    value = session.scalar(
        select(func.coalesce(func.sum(StockEntry.delta_milli), 0)).where(
            StockEntry.store_code == store_code, StockEntry.sku == sku,
            StockEntry.bucket == bucket.value,
        )
    )
    return int(value or 0)


def deltas_from_lines(
    event_id: str, store_code: str, lines: Iterable[tuple[str, int]], reason: str
) -> list[Delta]:
    return [
        Delta(event_id, i, store_code, sku, milli, reason)
        for i, (sku, milli) in enumerate(lines, start=1)
    ]
