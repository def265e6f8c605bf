"""The staff list on the till: who may sign in, adding staff on a standalone till."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from omnipos.db.models import StaffMember
from omnipos.db.settings import get_setting
from omnipos.domain.errors import Phrase, ValidationError, message, phrase
from omnipos.domain.permissions import Action, Actor, ManagerOverride, Role, parse_role
from omnipos.domain.pins import check_pin_rules
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.staff.pins import TILL_SUBJECT, PinChecks

__all__ = ["IDLE_SETTING", "Roster", "StaffInfo"]

log = logging.getLogger(__name__)


# The roles as the approval dialog names them (the till says them in its language).
_ROLE_WORDS = {Role.CASHIER: message("cashier"), Role.ASSOCIATE: message("associate"),
               Role.MANAGER: message("manager"), Role.ADMIN: message("admin")}


def _adding(name: str, number: str, role: Role) -> Phrase:
    """What a manager is asked to approve when staff is added, in words."""
    return phrase(message("add {name} (#{number}) as {role}"), name=name, number=number,
                  role=_ROLE_WORDS[role])

IDLE_SETTING = "staff.idle_lock_seconds"


@dataclass(frozen=True, slots=True)
class StaffInfo:
    """A staff member as lists and screens show them (never the PIN hash)."""

    staff_id: str
    number: str
    name: str
    role: Role
    badge: str | None
    active: bool
    source: str


def _info(row: StaffMember) -> StaffInfo:
    return StaffInfo(
        row.id, row.number, row.name, Role(row.role), row.badge, row.active, row.source
    )


class Roster(PinChecks):
    """Listing and adding staff members."""

    def idle_lock_seconds(self) -> int:
        """Seconds without input after which the till locks (0: never)."""
        with self.db.read() as s:
            return int(get_setting(s, IDLE_SETTING, 300) or 0)

    def has_staff(self) -> bool:
        """False for a one-person shop: the till then opens without sign-in."""
        with self.db.read() as s:
            return authz.staff_configured(s)

    def list_staff(self) -> list[StaffInfo]:
        with self.db.read() as s:
            return [_info(r) for r in s.scalars(select(StaffMember).order_by(StaffMember.number))]

    def add_staff(
        self,
        number: str,
        name: str,
        role: str | Role,
        pin: str,
        *,
        badge: str | None = None,
        actor: Actor | None = None,
        override: ManagerOverride | None = None,
        command_line: bool = False,
    ) -> StaffInfo:
        """Add a staff member on a standalone till; the PIN must be unique in the store.

        Needs a manager (or an override) once staff exist; ``command_line`` is
        the ``omnipos staff add`` path, run by whoever administers the till's files.
        """
        number, name = (number or "").strip(), (name or "").strip()
        if not number or not name:
            raise ValidationError(message("a staff member needs a number and a name"))
        the_role = role if isinstance(role, Role) else parse_role(role)
        check_pin_rules(pin)
        badge = (badge or "").strip() or None
        if not command_line:  # rights first: no one learns which PINs exist without them
            with self.db.read() as s:
                authz.enforce(
                    s, actor, Action.MANAGE_STAFF, override, now=self._clock(),
                    subject=f"staff:{number}", what=_adding(name, number, the_role),
                    journal=False,
                )
        if self._matching(pin, only_active=False):  # outside the write transaction
            # A PIN clash tells the person typing that a PIN exists: it counts as a wrong PIN.
            self._fail(TILL_SUBJECT, "PIN chosen for a new staff member", "staff.add")
            raise ValidationError(message("that PIN is already in use in this store: choose "
                                          "another"))
        pin_hash = self._hasher.hash(pin)
        now = self._clock()
        with self.db.transaction() as s:
            if command_line:
                by = "command line"
            else:
                by = authz.permit(
                    s, actor, Action.MANAGE_STAFF, override, now=now, subject=f"staff:{number}",
                    what=_adding(name, number, the_role),
                ).by
            if s.scalar(select(StaffMember.id).where(StaffMember.number == number)):
                raise ValidationError(message("staff number {number} is already taken"),
                                      number=number)
            if badge and s.scalar(select(StaffMember.id).where(StaffMember.badge == badge)):
                raise ValidationError(message("that badge belongs to someone else"))
            row = StaffMember(
                id=str(uuid.uuid4()),
                number=number,
                name=name,
                role=the_role.value,
                pin_hash=pin_hash,
                badge=badge,
                active=True,
                source="local",
                created_at=now,
                updated_at=now,
            )
            s.add(row)
            s.flush()
            append_journal(
                s, "staff.added", by, {"number": number, "name": name, "role": the_role.value}, now
            )
            info = _info(row)
        log.info("staff %s added with role %s", number, the_role.value)
        return info
