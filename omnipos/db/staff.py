"""Staff rows on the till as the hub's feed delivers them (kind ``staff``).

The sync client applies these in the same transaction as the feed page and
its cursor. Only the hub's salted hash of each PIN travels; never the PIN.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import StaffMember
from omnipos.db.settings import get_setting
from omnipos.domain.permissions import parse_role

__all__ = ["STAFF_KIND", "active_role", "any_active", "apply_staff_change", "apply_staff_changes"]

STAFF_KIND = "staff"

log = logging.getLogger(__name__)


def apply_staff_change(session: Session, data: Mapping[str, Any], now: datetime) -> None:
    """Apply one ``staff`` change from the hub feed (the sync client calls this).

    ``data``: ``staff_id``, ``number``, ``name``, ``role``, ``pin_hash``,
    ``badge`` (optional), ``active``. The hash was made on the hub; the PIN
    never travels.
    """
    store = get_setting(session, "store.code")
    if data.get("store_code") and store and data["store_code"] != store:
        return  # another store's staff never sign in here
    try:
        role = parse_role(str(data["role"])).value
        staff_id, number, pin_hash = (
            str(data["staff_id"]),
            str(data["number"]),
            str(data["pin_hash"]),
        )
    except (KeyError, TypeError, ValueError) as exc:  # a bad record must not stop the page
        log.warning("staff change skipped: %s", exc)
        return
    row = session.get(StaffMember, staff_id)
    if row is None:
        # a local entry with the same number gives way to the hub's
        clash = session.scalar(select(StaffMember).where(StaffMember.number == number))
        if clash is not None:
            session.delete(clash)
            session.flush()
        row = StaffMember(id=staff_id, created_at=now, source="hub")
        session.add(row)
    row.number = number
    row.name = str(data.get("name") or number)
    row.role = role
    row.pin_hash = pin_hash
    row.badge = data.get("badge") or None
    row.active = bool(data.get("active", True))
    row.source = "hub"
    row.updated_at = now
    session.flush()


def apply_staff_changes(
    session: Session, changes: Iterable[Mapping[str, Any]], now: datetime
) -> int:
    """Apply several hub staff records; returns how many."""
    n = 0
    for data in changes:
        apply_staff_change(session, data, now)
        n += 1
    return n


# Every checked action asks these two (a count's scan too, 200,000 times in a full count):
# plain statements on the session's own connection, which sees its uncommitted rows.
def _execute(session: Session, sql: str, params: tuple[Any, ...] = ()) -> Any:
    con = session.connection().connection.driver_connection
    assert con is not None
    return con.execute(sql, params).fetchone()


def any_active(session: Session) -> bool:
    """True when at least one staff member is active (then sign-in is required)."""
    return _execute(session, "SELECT 1 FROM staff WHERE active = 1 LIMIT 1") is not None


def active_role(session: Session, staff_id: str) -> str | None:
    """The role of an active staff member now; None when not (or no longer) on the list."""
    found = _execute(session, "SELECT role FROM staff WHERE id = ? AND active = 1", (staff_id,))
    return None if found is None else str(found[0])
