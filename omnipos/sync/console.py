"""What the till's sync console lists: outbox events still waiting and those quarantined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent, Setting, SyncState
from omnipos.sync.outbox import OutboxStatus
from omnipos.sync.state import AUTH_REQUIRED, GAPS, LAST_ERROR, LAST_SYNC, ONLINE, WARNING
from omnipos.sync.status import certificate_problem, gap_fields, security_warnings
from omnipos.sync.tls import HubLink


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One outbox event as the console shows it (no payload: receipts can hold names)."""

    event_id: str
    device_seq: int
    type: str
    occurred_at: datetime  # UTC
    status: OutboxStatus  # pending or quarantined
    attempts: int
    error: str


@dataclass(frozen=True, slots=True)
class OutboxListing:
    items: list[OutboxItem]
    waiting: int  # all waiting events, even beyond the listed ones
    quarantined: int


def _utc(stamp: datetime) -> datetime:
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


_WAITING, _HELD = OutboxStatus.PENDING, OutboxStatus.QUARANTINED
_LISTED = OutboxEvent.status.in_([_WAITING, _HELD])


def list_outbox(db: Database, limit: int = 500) -> OutboxListing:
    """Quarantined events first (they need a person), then waiting ones in device order."""
    with db.read() as s:
        counts: dict[str, int] = {
            status: int(n) for status, n in s.execute(
                select(OutboxEvent.status, func.count()).where(_LISTED)
                .group_by(OutboxEvent.status))
        }
        items: list[OutboxItem] = []
        for status in (_HELD, _WAITING):
            rows = s.scalars(select(OutboxEvent).where(OutboxEvent.status == status)
                             .order_by(OutboxEvent.device_seq).limit(max(0, limit - len(items))))
            items.extend(OutboxItem(r.event_id, r.device_seq, r.type, _utc(r.occurred_at),
                                    status, r.attempts, r.error or "") for r in rows)
    return OutboxListing(items, int(counts.get(_WAITING, 0)), int(counts.get(_HELD, 0)))


def bar_status(db: Database, now: datetime | None = None) -> dict[str, object]:
    """``sync_status`` without the database revision, in three queries: cheap enough to poll."""
    now = now or datetime.now(UTC)
    with db.read() as s:
        waiting, oldest, quarantined = s.execute(
            select(func.count().filter(OutboxEvent.status == _WAITING),
                   func.min(OutboxEvent.occurred_at).filter(OutboxEvent.status == _WAITING),
                   func.count().filter(OutboxEvent.status == _HELD))
            .where(_LISTED)
        ).one()
        settings = {k: v for k, v in s.execute(select(Setting.key, Setting.value)
                                               .where(Setting.key.in_(["device.id", "hub.url"])))}
        link = HubLink.from_settings(s)
        state = {k: v for k, v in s.execute(select(SyncState.key, SyncState.value).where(
            SyncState.key.in_([LAST_SYNC, LAST_ERROR, ONLINE, AUTH_REQUIRED, WARNING, GAPS])))}
    info: dict[str, object] = {
        "device": settings.get("device.id"),
        "hub_url": settings.get("hub.url"),
        "outbox_depth": int(waiting or 0),
        "quarantined": int(quarantined or 0),
        "oldest_waiting_age_s": None,
        "last_sync": state.get(LAST_SYNC),
        "last_error": state.get(LAST_ERROR),
        "online": state.get(ONLINE),
        "auth_required": bool(state.get(AUTH_REQUIRED) or False),
        "warning": state.get(WARNING),
        **gap_fields(state.get(GAPS)),
        "security": security_warnings(link),
        "certificate_problem": certificate_problem(state.get(LAST_ERROR)),
    }
    if oldest is not None:
        stamp = datetime.fromisoformat(oldest) if isinstance(oldest, str) else oldest
        info["oldest_waiting_age_s"] = round((now - _utc(stamp)).total_seconds(), 1)
    return info
