"""The hub's stock ledger: signed deltas per (store, sku, bucket); levels are their sums.

Each delta is keyed by (event id, line), so replaying an event can never count
twice, and carries the moment it happened (a till's sale: the event's
moment). ``stock_levels`` keeps the running sum of the sellable bucket in the
same transaction (the only one available to promise), ``stock_bucket_levels``
that of every other bucket; their row locks serialise writers of one (store,
sku) so the level published to the feed is always exact. A feed ``stock``
change names its bucket; the sellable one keeps the plain ``STORE:SKU`` key.

Counts anchor in time (``omnipos.domain.counts``): once a count set on hand
as of a moment, a sellable movement from before that moment that arrives
later (a sale rung on an offline till) must change the count's variance, not
on hand. ``record`` sees it by the level's ``anchored_at`` and writes the
compensating entry, keyed (event id, -line), at the anchor of the earliest
count at or after the movement, which then expects that much less.
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
from omnipos.sync.events.stock import ELSEWHERE_KIND


@dataclass(frozen=True)
class Delta:
    event_id: str
    line: int
    store_code: str
    sku: str
    delta_milli: int
    reason: str
    bucket: StockBucket = StockBucket.SELLABLE
    #: When it happened; None: now, at the hub.
    occurred_at: datetime | None = None
    #: The count session that wrote it: that session's own anchor never compensates it.
    session: str | None = None


_INSERT_ENTRY = (
    "INSERT INTO stock_ledger (event_id, line, store_code, sku, delta_milli, bucket, reason, "
    "recorded_at, occurred_at) VALUES (:event_id, :line, :store_code, :sku, :delta_milli, "
    ":bucket, :reason, :recorded_at, :occurred_at)"
)
_UPSERT_LEVEL = (
    "INSERT INTO stock_levels (store_code, sku, level_milli) VALUES (:store, :sku, :milli) "
    "ON CONFLICT (store_code, sku) DO UPDATE "
    "SET level_milli = stock_levels.level_milli + excluded.level_milli "
    "RETURNING level_milli, anchored_at, reserved_milli"
)
# The earliest count of the item anchored at or after a movement (a movement at the very
# moment was on the shelf the count saw). A count's own entries are compensated only by
# counts strictly after them: of two counts at one moment, the one applied last stands.
_ANCHOR_AFTER = (
    "SELECT session_id, anchor_at FROM count_results WHERE store_code = :store AND sku = :sku "
    "AND anchor_at >= :at ORDER BY anchor_at LIMIT 1"
)
_ANCHOR_AFTER_COUNT = (
    "SELECT session_id, anchor_at FROM count_results WHERE store_code = :store AND sku = :sku "
    "AND anchor_at > :at AND session_id <> :own ORDER BY anchor_at LIMIT 1"
)
_LATE = (
    "UPDATE count_results SET applied_milli = applied_milli - :milli, "
    "expected_milli = expected_milli + :milli, late_milli = late_milli + :milli, "
    "updated_at = :now WHERE session_id = :session AND sku = :sku"
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
         "recorded_at": now, "occurred_at": _moment(d, now)}
        for d in deltas
    ))
    groups: dict[tuple[str, str, str], list[Delta]] = {}
    for d in deltas:
        groups.setdefault((d.store_code, d.sku, d.bucket.value), []).append(d)
    changes: list[PendingChange] = []
    # Sorted, so two transactions touching the same SKUs lock them in the same order.
    for (store, sku, name), group in sorted(groups.items()):
        bucket = StockBucket(name)
        milli = sum(d.delta_milli for d in group)
        params = {"store": store, "sku": sku, "milli": milli, "bucket": name}
        sellable = bucket is StockBucket.SELLABLE
        anchored = None
        if sellable:
            level, anchored, reserved = sql.all(_UPSERT_LEVEL, params)[0]
            late = [d for d in group if anchored is not None and _moment(d, now) <= anchored]
            back = _compensate(sql, late, now) if late else 0
            if back:
                level = sql.all(_UPSERT_LEVEL, {**params, "milli": back})[0][0]
        else:
            level = sql.one(_UPSERT_BUCKET, params)
        # as_of: the moment this level is true at the hub (the till keeps it with the level)
        data = {"store": store, "sku": sku, "level": from_milli(int(level)), "as_of": now}
        if anchored is not None:
            data["counted_at"] = anchored
        if not sellable:
            data["bucket"] = name
        changes.append(PendingChange("stock", stock_key(store, sku, bucket), store, data))
        if sellable:
            changes.append(elsewhere_change(store, sku, int(level) - int(reserved or 0), now))
    return changes


def elsewhere_change(store: str, sku: str, available_milli: int, as_of: str) -> PendingChange:
    """What ``store`` has available of ``sku``, on every store's feed (their look-ups)."""
    return PendingChange(ELSEWHERE_KIND, f"{store}:{sku}", None, {
        "store": store, "sku": sku, "available": from_milli(available_milli), "as_of": as_of})


def elsewhere_now(session: Session, pairs: Iterable[tuple[str, str]], now: datetime
                  ) -> list[PendingChange]:
    """The other stores' look-up records for ``(store, sku)`` pairs as they stand now: after
    a reservation moved available without a stock movement (an order routed, released)."""
    wanted = sorted(set(pairs))
    if not wanted:
        return []
    stores = {store for store, _sku in wanted}
    skus = {sku for _store, sku in wanted}
    rows = {(r.store_code, r.sku): r for r in session.scalars(select(StockLevel).where(
        StockLevel.store_code.in_(stores), StockLevel.sku.in_(skus)))}
    out = []
    for store, sku in wanted:
        row = rows.get((store, sku))
        if row is not None:
            out.append(elsewhere_change(store, sku, row.level_milli - (row.reserved_milli or 0),
                                        stamp(now)))
    return out


def _moment(d: Delta, now: str) -> str:
    return now if d.occurred_at is None else stamp(d.occurred_at)


def _compensate(sql: RawSql, late: Sequence[Delta], now: str) -> int:
    """Keep counts' on hand for movements from before their moment; returns what to add."""
    entries, total = [], 0
    for d in late:
        found = sql.all(_ANCHOR_AFTER if d.session is None else _ANCHOR_AFTER_COUNT,
                        {"store": d.store_code, "sku": d.sku, "at": _moment(d, now),
                         "own": d.session or ""})
        if not found:
            continue  # no other count anchored after it
        session_id, anchor_at = found[0]
        entries.append({"event_id": d.event_id, "line": -d.line, "store_code": d.store_code,
                        "sku": d.sku, "delta_milli": -d.delta_milli,
                        "bucket": StockBucket.SELLABLE.value, "reason": "count",
                        "recorded_at": now, "occurred_at": anchor_at})
        sql.run(_LATE, {"milli": d.delta_milli, "now": now, "session": session_id,
                        "sku": d.sku})
        total -= d.delta_milli
    sql.many(_INSERT_ENTRY, entries)
    return total


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
    event_id: str, store_code: str, lines: Iterable[tuple[str, int]], reason: str,
    *, occurred_at: datetime | None = None,
) -> list[Delta]:
    return [
        Delta(event_id, i, store_code, sku, milli, reason, occurred_at=occurred_at)
        for i, (sku, milli) in enumerate(lines, start=1)
    ]
