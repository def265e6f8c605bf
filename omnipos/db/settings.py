"""Store settings: one JSON value per key (see docs/architecture.md for the keys)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import Setting
from omnipos.db.rows import loaded_value, run_driver

__all__ = ["all_settings", "delete_setting", "get_setting", "set_setting", "set_settings"]

log = logging.getLogger(__name__)


# On the driver: every sale and every change of a cart reads a setting (see db/rows.py).
_VALUE = "SELECT value FROM settings WHERE key = ?"
_COLUMN = Setting.__table__.c.value


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The value stored under ``key``, or ``default`` when there is none; what the session
    changed (a setting changed on a loaded row) is flushed first, so it reads as stored."""
    session.flush()
    rows = run_driver(session, _VALUE, (key,))
    return default if not rows else loaded_value(session, _COLUMN, rows[0][0])


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store ``value`` (anything JSON can hold) under ``key``, replacing what was there."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()
    log.debug("setting %s changed", key)


def set_settings(session: Session, values: dict[str, Any]) -> None:
    """Store several settings at once."""
    for key, value in values.items():
        set_setting(session, key, value)


def delete_setting(session: Session, key: str) -> bool:
    """Remove ``key``; True when it existed."""
    row = session.get(Setting, key)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def all_settings(session: Session, prefix: str = "") -> dict[str, Any]:
    """Every setting whose key starts with ``prefix``, as a dict."""
    stmt = select(Setting.key, Setting.value).order_by(Setting.key)
    if prefix:
        stmt = stmt.where(Setting.key.startswith(prefix, autoescape=True))
    return {key: value for key, value in session.execute(stmt)}
