"""Staff at the hub and the staff feed to tills.

``omnipos-hub staff add`` creates a staff member of one store; the PIN is
hashed here (salted scrypt) and only the hash goes on the feed, to the tills
of that store only.
"""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.permissions import Role, parse_role
from omnipos.domain.pins import PinHasher, check_pin_rules, verify_pin
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import HubStaff, Store

__all__ = ["STAFF_KIND", "add_staff", "deactivate_staff", "list_staff", "staff_data"]

log = logging.getLogger(__name__)

STAFF_KIND = "staff"


def staff_data(row: HubStaff) -> dict[str, Any]:
    """What a till receives about a staff member (the hash, never the PIN)."""
    return {
        "staff_id": row.id,
        "store_code": row.store_code,
        "number": row.number,
        "name": row.name,
        "role": row.role,
        "pin_hash": row.pin_hash,
        "badge": row.badge,
        "active": row.active,
    }


def add_staff(
    db: HubDB,
    store_code: str,
    number: str,
    name: str,
    role: str | Role,
    pin: str,
    *,
    badge: str | None = None,
    hasher: PinHasher | None = None,
) -> dict[str, Any]:
    """Add (or update, by store and number) a staff member and put them on the store's feed.

    PINs are unique within a store, so a till can tell who signs in by PIN alone.
    """
    number, name = (number or "").strip(), (name or "").strip()
    if not number or not name:
        raise ValidationError("a staff member needs a number and a name")
    the_role = role if isinstance(role, Role) else parse_role(role)
    check_pin_rules(pin)
    pin_hash = (hasher or PinHasher()).hash(pin)
    now = datetime.now(UTC)
    with db.transaction() as s:
        if s.get(Store, store_code) is None:
            raise NotFoundError(f"no store {store_code!r}; add it with 'omnipos-hub store add'")
        others = list(
            s.scalars(
                select(HubStaff).where(HubStaff.store_code == store_code, HubStaff.number != number)
            )
        )
        if badge and any(o.badge == badge.strip() for o in others):
            raise ValidationError("that badge belongs to someone else in this store")
        if any(verify_pin(pin, o.pin_hash) for o in others):
            raise ValidationError(
                f"that PIN is already in use in store {store_code}: choose another"
            )
        row = s.scalar(
            select(HubStaff).where(HubStaff.store_code == store_code, HubStaff.number == number)
        )
        if row is None:
            row = HubStaff(
                id=str(uuid.uuid4()), store_code=store_code, number=number, created_at=now
            )
            s.add(row)
        row.name, row.role, row.pin_hash = name, the_role.value, pin_hash
        row.badge = (badge or "").strip() or None
        row.active, row.updated_at = True, now
        s.flush()
        data = staff_data(row)
        append_changes(s, [PendingChange(STAFF_KIND, row.id, store_code, data)])
    log.info("hub staff %s of store %s saved (%s)", number, store_code, the_role.value)
    return data


def deactivate_staff(db: HubDB, store_code: str, number: str) -> dict[str, Any]:
    """Stop a staff member signing in on the store's tills (they stay in history)."""
    with db.transaction() as s:
        row = s.scalar(
            select(HubStaff).where(HubStaff.store_code == store_code, HubStaff.number == number)
        )
        if row is None:
            raise NotFoundError(f"no staff member {number} in store {store_code}")
        row.active, row.updated_at = False, datetime.now(UTC)
        s.flush()
        data = staff_data(row)
        append_changes(s, [PendingChange(STAFF_KIND, row.id, store_code, data)])
    return data


def list_staff(db: HubDB, store_code: str | None = None) -> list[dict[str, Any]]:
    """Staff as an administrator sees them (no hashes)."""
    with db.read() as s:
        stmt = select(HubStaff).order_by(HubStaff.store_code, HubStaff.number)
        if store_code:
            stmt = stmt.where(HubStaff.store_code == store_code)
        return [
            {k: v for k, v in staff_data(r).items() if k != "pin_hash"} for r in s.scalars(stmt)
        ]
