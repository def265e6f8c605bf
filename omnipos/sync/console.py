"""What the till's sync console lists: outbox events still waiting and those quarantined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent

WAITING = "pending"
QUARANTINED = "quarantined"


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One outbox event as the console shows it (no payload: receipts can hold names)."""

    event_id: str
    device_seq: int
    type: str
    occurred_at: datetime  # UTC
    status: str  # pending | quarantined
    attempts: int
    error: str


@dataclass(frozen=True, slots=True)
class OutboxListing:
    items: list[OutboxItem]
    waiting: int  # all waiting events, even beyond the listed ones
    quarantined: int


def _utc(stamp: datetime) -> datetime:
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def list_outbox(db: Database, limit: int = 500) -> OutboxListing:
    """Quarantined events first (they need a person), then waiting ones in device order."""
    with db.read() as s:
        counts: dict[str, int] = {
            status: int(n) for status, n in s.execute(
                select(OutboxEvent.status, func.count())
                .where(OutboxEvent.status.in_([WAITING, QUARANTINED]))
                .group_by(OutboxEvent.status))
        }
        items: list[OutboxItem] = []
        for status in (QUARANTINED, WAITING):
            rows = s.scalars(select(OutboxEvent).where(OutboxEvent.status == status)
                             .order_by(OutboxEvent.device_seq).limit(max(0, limit - len(items))))
            items.extend(OutboxItem(r.event_id, r.device_seq, r.type, _utc(r.occurred_at),
                                    r.status, r.attempts, r.error or "") for r in rows)
    return OutboxListing(items, int(counts.get(WAITING, 0)), int(counts.get(QUARANTINED, 0)))
