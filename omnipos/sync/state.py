"""The till's sync bookkeeping in ``sync_state`` (cursor, epoch, last sync, last error)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from omnipos.db.models import SyncState
from omnipos.db.stock import clear_hub_levels

CURSOR = "feed.cursor"
EPOCH = "sync.epoch"
LAST_SYNC = "sync.last_ok_at"
LAST_ATTEMPT = "sync.last_attempt_at"
LAST_ERROR = "sync.last_error"
ONLINE = "sync.online"
WARNING = "sync.warning"
AUTH_REQUIRED = "sync.auth_required"
#: Runs of this till's device_seq the hub said it is missing: [{first, last, held_here}].
GAPS = "sync.gaps"
#: The last head of this till's journal the hub said it kept: {seq, hash, at}.
JOURNAL_HEAD = "sync.journal_head"

DEFAULT_INTERVAL = 30.0  # seconds between the worker's passes unless sync.interval_s says


def get_state(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SyncState, key)
    return default if row is None else row.value


def set_state(session: Session, key: str, value: Any) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def clear_feed(session: Session) -> None:
    """Forget the cursor and the hub's stock levels (a new hub or a fresh enrollment)."""
    clear_hub_levels(session)
    session.execute(delete(SyncState).where(SyncState.key.in_([CURSOR, EPOCH])))
