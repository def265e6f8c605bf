"""What the status bar and ``omnipos status`` show about sync."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.settings import get_setting
from omnipos.domain.errors import UserFacingError, message
from omnipos.sync.errors import SyncErrorKind, said_record
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


def gap_notices(gaps: list[dict[str, Any]] | None) -> list[UserFacingError]:
    """One sentence per run of events the hub is missing (a template and its values each).

    A run of one event and a range are told apart by their words, not as a plural: a
    range ("events 41-47") is many in every language the till speaks.
    """
    notices = []
    for g in gaps or []:
        first, last, held = int(g["first"]), int(g["last"]), int(g.get("held_here", 0))
        one = first == last
        if held == 0:
            words = (message("The hub is missing event {first} of this till (not on this till "
                             "any more).") if one else
                     message("The hub is missing events {first}-{last} of this till (not on "
                             "this till any more)."))
        elif held == last - first + 1:
            words = (message("The hub is missing event {first} of this till (held here: sent "
                             "again, or quarantined here).") if one else
                     message("The hub is missing events {first}-{last} of this till (held "
                             "here: sent again, or quarantined here)."))
        else:
            words = message("The hub is missing events {first}-{last} of this till ({held} of "
                            "them held here).")
        notices.append(UserFacingError(words, first=first, last=last, held=held))
    return notices


def gap_fields(gaps: list[dict[str, Any]] | None) -> dict[str, Any]:
    """The status's two fields on the hub's gaps: ``gap_warning`` in English (the sync
    screen's log, ``omnipos status``) and ``gap_said``, each notice's template and values
    for the till to say in its language."""
    notices = gap_notices(gaps)
    return {"gap_warning": " ".join(map(str, notices)) or None,
            "gap_said": [said_record(notice) for notice in notices]}


def security_warnings(link: HubLink) -> list[dict[str, Any]]:
    """What keeps this till's secrets less safe than they should be: a few words and the
    full sentence each (an unencrypted keyring, a hub reached over plain HTTP), with the
    sentence's template and values (``said``) for the till to say in its language."""
    ring = describe_keyring()
    return [{"short": short, "detail": str(notice), "said": said_record(notice)}
            for short, notice in ((ring.short, ring.notice), (link.short, link.notice))
            if short and notice is not None]


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
    info.update(gap_fields(info["gaps"]))
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
