"""Changing store settings at the till: admins only (or an admin's override), journalled."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting, set_setting
from omnipos.domain.errors import ValidationError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services import authz

__all__ = ["change_setting"]

log = logging.getLogger(__name__)

# Settings that must never be changed from the till screen (they hold identity or secrets' places).
_PROTECTED = ("device.id", "hub.url")


def change_setting(
    db: Database,
    key: str,
    value: Any,
    *,
    actor: Actor | None,
    override: ManagerOverride | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Set ``key`` to ``value`` after checking CHANGE_SETTINGS; the change is journalled."""
    key = (key or "").strip()
    if not key or key in _PROTECTED:
        raise ValidationError(f"setting {key!r} cannot be changed here")
    now = clock()
    with db.transaction() as s:
        permit = authz.permit(
            s, actor, Action.CHANGE_SETTINGS, override, now=now, details={"key": key}
        )
        before = get_setting(s, key)
        set_setting(s, key, value)
        permit.journal("settings.changed", {"key": key, "from": before, "to": value})
    log.info("setting %s changed", key)
