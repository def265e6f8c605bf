"""Store settings: one JSON value per key (see docs/architecture.md for the keys)."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import Setting

__all__ = ["all_settings", "delete_setting", "get_setting", "set_setting", "set_settings"]

log = logging.getLogger(__name__)


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The value stored under ``key``, or ``default`` when there is none."""
    row = session.get(Setting, key)
    return default if row is None else row.value


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
