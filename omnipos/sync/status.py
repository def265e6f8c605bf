"""What the status bar and ``omnipos status`` show about sync."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.settings import get_setting
from omnipos.sync.errors import SyncErrorKind
from omnipos.sync.keyrings import describe_keyring
from omnipos.sync.outbox import OutboxStatus
from omnipos.sync.state import (
    AUTH_REQUIRED,
    CURSOR,
    EPOCH,
    GAPS,
    LAST_ERROR,
    LAST_SYNC,
    ONLINE,
    WARNING,
    get_state,
)
from omnipos.sync.tls import HubLink, format_fingerprint


def _run(first: int, last: int) -> str:
    return f"event {first}" if first == last else f"events {first}-{last}"


def gap_warning(gaps: list[dict[str, Any]] | None) -> str | None:
    """One sentence for the sync screen and ``omnipos status`` about the hub's gaps."""
    if not gaps:
        return None
    parts = []
    for g in gaps:
        first, last, held = int(g["first"]), int(g["last"]), int(g.get("held_here", 0))
        if held == 0:
            where = "not on this till any more"
        elif held == last - first + 1:
            where = "held here (sent again, or quarantined here)"
        else:
            where = f"{held} of them held here"
        parts.append(f"{_run(first, last)} ({where})")
    return "The hub is missing " + "; ".join(parts) + " of this till."


def security_warnings(link: HubLink) -> list[dict[str, str]]:
    """What keeps this till's secrets less safe than they should be: a few words and the
    full sentence each (an unencrypted keyring, a hub reached over plain HTTP)."""
    ring = describe_keyring()
    return [{"short": short, "detail": detail}
            for short, detail in ((ring.short, ring.warning), (link.short, link.warning))
            if short and detail]


def certificate_problem(last_error: Any) -> bool:
    """The last sync stopped at the hub's certificate (changed, or not trusted)."""
    return isinstance(last_error, dict) and last_error.get("kind") == SyncErrorKind.CERTIFICATE


def sync_status(db: Database, now: datetime | None = None) -> dict[str, Any]:
    """Device, store, hub URL, outbox depth, oldest waiting, last sync, db revision, errors."""
    now = now or datetime.now(UTC)
    with db.read() as s:
        waiting, oldest = s.execute(
            select(func.count(), func.min(OutboxEvent.occurred_at))
            .where(OutboxEvent.status == OutboxStatus.PENDING)
        ).one()
        quarantined = s.scalar(select(func.count()).select_from(OutboxEvent)
                               .where(OutboxEvent.status == OutboxStatus.QUARANTINED))
        info = {
            "device": get_setting(s, "device.id"),
            "store": get_setting(s, "store.code"),
            "till": get_setting(s, "till.code"),
            "hub_url": get_setting(s, "hub.url"),
            "outbox_depth": int(waiting or 0),
            "quarantined": int(quarantined or 0),
            "oldest_waiting": None,
            "oldest_waiting_age_s": None,
            "last_sync": get_state(s, LAST_SYNC),
            "last_error": get_state(s, LAST_ERROR),
            "online": get_state(s, ONLINE),
            "auth_required": bool(get_state(s, AUTH_REQUIRED, False)),
            "epoch": get_state(s, EPOCH),
            "has_cursor": get_state(s, CURSOR) is not None,
            "warning": get_state(s, WARNING),
            "gaps": list(get_state(s, GAPS) or []),
        }
    if oldest is not None:
        stamp = datetime.fromisoformat(oldest) if isinstance(oldest, str) else oldest
        info["oldest_waiting"] = stamp.isoformat()
        info["oldest_waiting_age_s"] = round((now - stamp).total_seconds(), 1)
    info["gap_warning"] = gap_warning(info["gaps"])
    with db.read() as s:
        link = HubLink.from_settings(s)
    info["hub_tls"] = {"https": link.https,
                       "pinned": format_fingerprint(link.pin) if link.pin else None,
                       "warning": link.warning}
    ring = describe_keyring()
    info["keyring"] = {"backend": ring.backend, "plaintext": ring.plaintext,
                       "warning": ring.warning}
    info["security"] = security_warnings(link)
    info["certificate_problem"] = certificate_problem(info["last_error"])
    info["database_revision"] = db.revision()
    return info
