"""Changing store settings at the till: admins only (or an admin's override), journalled."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting, set_setting
from omnipos.domain.errors import ValidationError, message
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services import authz

__all__ = ["change_settings"]

log = logging.getLogger(__name__)

# Settings that must never be changed from the till screen (they hold identity or secrets' places).
_PROTECTED = ("device.id", "hub.url")


def change_settings(
    db: Database,
    values: Mapping[str, Any],
    *,
    actor: Actor | None,
    override: ManagerOverride | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> None:
    """Set each key to its value after checking CHANGE_SETTINGS once; each change is journalled.

    One approval covers the keys it was given for, together, in one transaction.
    """
    keys = sorted((key or "").strip() for key in values)
    for key in keys:
        if not key or key in _PROTECTED:
            raise ValidationError(message("setting {key!r} cannot be changed here"), key=key)
    if not keys:
        return
    now = clock()
    with db.transaction() as s:
        permit = authz.permit(
            s, actor, Action.CHANGE_SETTINGS, override, now=now,
            subject="settings:" + ",".join(keys), what=", ".join(keys), details={"keys": keys},
        )
        for key, value in values.items():
            before = get_setting(s, key.strip())
            set_setting(s, key.strip(), value)
            permit.journal("settings.changed", {"key": key.strip(), "from": before, "to": value})
    log.info("settings %s changed", ", ".join(keys))
