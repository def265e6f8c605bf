"""The hub's stock ledger: signed deltas per (store, sku); levels are their sums.

Each delta is keyed by (event id, line), so replaying an event can never count
twice. ``stock_levels`` keeps the running sum in the same transaction; its row
lock serialises writers of one (store, sku) so the level published to the feed
is always exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from omnipos.domain.quantities import from_milli
from omnipos.hub.feed import PendingChange
from omnipos.hub.store.models import StockEntry, StockLevel
from omnipos.hub.store.rawsql import RawSql, stamp


@dataclass(frozen=True)
class Delta:
    event_id: str
    line: int
    store_code: str
    sku: str
    delta_milli: int
    reason: str


_INSERT_ENTRY = (
    "INSERT INTO stock_ledger (event_id, line, store_code, sku, delta_milli, reason, recorded_at) "
    "VALUES (:event_id, :line, :store_code, :sku, :delta_milli, :reason, :recorded_at)"
)
_UPSERT_LEVEL = (
    "INSERT INTO stock_levels (store_code, sku, level_milli) VALUES (:store, :sku, :milli) "
    "ON CONFLICT (store_code, sku) DO UPDATE "
    "SET level_milli = stock_levels.level_milli + excluded.level_milli RETURNING level_milli"
)


def record(session: Session | Connection | RawSql, deltas: Sequence[Delta]
           ) -> list[PendingChange]:
    """Write ``deltas`` and bump the levels; returns the feed changes announcing new levels."""
    if not deltas:
        return []
    sql = session if isinstance(session, RawSql) else RawSql(session)
    now = stamp(datetime.now(UTC))
    sql.many(_INSERT_ENTRY, (
        {"event_id": d.event_id, "line": d.line, "store_code": d.store_code, "sku": d.sku,
         "delta_milli": d.delta_milli, "reason": d.reason, "recorded_at": now}
        for d in deltas
    ))
    totals: dict[tuple[str, str], int] = {}
    for d in deltas:
        totals[(d.store_code, d.sku)] = totals.get((d.store_code, d.sku), 0) + d.delta_milli
    changes: list[PendingChange] = []
    # Sorted, so two transactions touching the same SKUs lock them in the same order.
    for (store, sku), milli in sorted(totals.items()):
        level = int(sql.one(_UPSERT_LEVEL, {"store": store, "sku": sku, "milli": milli}))
        changes.append(
            PendingChange(
                kind="stock",
                key=f"{store}:{sku}",
                store_code=store,
                # as_of: the moment this level is true at the hub (the till keeps it with the level)
                data={"store": store, "sku": sku, "level": from_milli(level), "as_of": now},
            )
        )
    return changes


def level_milli(session: Session, store_code: str, sku: str) -> int:
    value = session.scalar(
        select(StockLevel.level_milli).where(
            StockLevel.store_code == store_code, StockLevel.sku == sku
        )
    )
    return int(value or 0)


def levels_for_sku(session: Session, sku: str) -> dict[str, str]:
    rows = session.execute(
        select(StockLevel.store_code, StockLevel.level_milli)
        .where(StockLevel.sku == sku)
        .order_by(StockLevel.store_code)
    ).all()
    return {r.store_code: from_milli(int(r.level_milli)) for r in rows}


def ledger_sum_milli(session: Session, store_code: str, sku: str) -> int:
    """The level recomputed from the ledger itself (used by tests and audits)."""
    from sqlalchemy import func

    value = session.scalar(
        select(func.coalesce(func.sum(StockEntry.delta_milli), 0)).where(
            StockEntry.store_code == store_code, StockEntry.sku == sku
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
