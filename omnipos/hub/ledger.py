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

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from omnipos.hub.feed import PendingChange
from omnipos.hub.models import StockEntry, StockLevel
from omnipos.hub.quantities import from_milli


@dataclass(frozen=True)
class Delta:
    event_id: str
    line: int
    store_code: str
    sku: str
    delta_milli: int
    reason: str


def _insert(session: Session):  # type: ignore[no-untyped-def]
    name = session.get_bind().dialect.name
    return postgresql.insert if name == "postgresql" else sqlite.insert


def record(session: Session, deltas: Sequence[Delta]) -> list[PendingChange]:
    """Write ``deltas`` and bump the levels; returns the feed changes announcing new levels."""
    if not deltas:
        return []
    now = datetime.now(UTC)
    session.execute(
        StockEntry.__table__.insert(),
        [
            {"event_id": d.event_id, "line": d.line, "store_code": d.store_code, "sku": d.sku,
             "delta_milli": d.delta_milli, "reason": d.reason, "recorded_at": now}
            for d in deltas
        ],
    )
    totals: dict[tuple[str, str], int] = {}
    for d in deltas:
        totals[(d.store_code, d.sku)] = totals.get((d.store_code, d.sku), 0) + d.delta_milli
    insert = _insert(session)
    changes: list[PendingChange] = []
    # Sorted, so two transactions touching the same SKUs lock them in the same order.
    for (store, sku), milli in sorted(totals.items()):
        stmt = insert(StockLevel).values(store_code=store, sku=sku, level_milli=milli)
        stmt = stmt.on_conflict_do_update(
            index_elements=["store_code", "sku"],
            set_={"level_milli": StockLevel.level_milli + milli},
        ).returning(StockLevel.level_milli)
        level = session.execute(stmt).scalar_one()
        changes.append(
            PendingChange(
                kind="stock",
                key=f"{store}:{sku}",
                store_code=store,
                data={"store": store, "sku": sku, "level": from_milli(int(level))},
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
