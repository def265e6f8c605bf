"""Staff on the till: add, sign in by PIN or badge, lock-outs, manager approvals.

PINs are unique within a store, so a PIN alone says who is signing in. Five
wrong PINs for one person (signing in with a staff number or badge, or
approving) lock that person out for a configurable period; five wrong PINs
typed alone lock the PIN pad of this till for that period (there is no one to
blame). Failures and lock-outs are journalled; no PIN ever is.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.engine import Database
from omnipos.db.models import LoginLock, StaffMember
from omnipos.db.settings import get_setting
from omnipos.db.staff import apply_staff_change, apply_staff_changes
from omnipos.domain.errors import NotFoundError, PermissionDenied, ValidationError
from omnipos.domain.permissions import (
    Action,
    Actor,
    ManagerOverride,
    Role,
    can_approve,
    parse_role,
)
from omnipos.domain.pins import PinHasher, check_pin_rules, verify_pin
from omnipos.services import authz
from omnipos.services.journal import append_journal

__all__ = [
    "IDLE_SETTING",
    "LOCKOUT_SETTING",
    "LockedOut",
    "StaffInfo",
    "StaffService",
    "apply_staff_change",
    "apply_staff_changes",
]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_FAILURES = 5
LOCKOUT_SETTING = "staff.lockout_minutes"
IDLE_SETTING = "staff.idle_lock_seconds"
DEFAULT_LOCKOUT_MINUTES = 15
TILL_SUBJECT = "till"


def utc_now() -> datetime:
    return datetime.now(UTC)


class LockedOut(PermissionDenied):
    """Too many wrong PINs: sign-in is refused until ``until``."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


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


def _actor(row: StaffMember) -> Actor:
    return authz.seal_actor(Actor(row.id, row.number, row.name, Role(row.role)))


class StaffService:
    """Staff use cases on one till database."""

    def __init__(
        self,
        db: Database,
        *,
        clock: Clock = utc_now,
        hasher: PinHasher | None = None,
        max_failures: int = MAX_FAILURES,
    ) -> None:
        self.db = db
        self._clock = clock
        self._hasher = hasher or PinHasher()
        self._max_failures = max_failures
        self._hint_key = secrets.token_bytes(32)
        # In memory only: keyed digest of a PIN -> staff id, to try that hash first.
        self._hints: dict[str, str] = {}

    # -- settings -------------------------------------------------------------

    def lockout_period(self) -> timedelta:
        with self.db.read() as s:
            minutes = get_setting(s, LOCKOUT_SETTING, DEFAULT_LOCKOUT_MINUTES)
        return timedelta(minutes=int(minutes))

    def idle_lock_seconds(self) -> int:
        """Seconds without input after which the till locks (0: never)."""
        with self.db.read() as s:
            return int(get_setting(s, IDLE_SETTING, 300) or 0)

    # -- the staff list -------------------------------------------------------

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
            raise ValidationError("a staff member needs a number and a name")
        the_role = role if isinstance(role, Role) else parse_role(role)
        check_pin_rules(pin)
        badge = (badge or "").strip() or None
        if not command_line:  # rights first: no one learns which PINs exist without them
            with self.db.read() as s:
                authz.enforce(
                    s, actor, Action.MANAGE_STAFF, override, now=self._clock(), journal=False
                )
        if self._match(pin, only_active=False) is not None:  # outside the write transaction
            # A PIN clash tells the person typing that a PIN exists: it counts as a wrong PIN.
            self._fail(TILL_SUBJECT, "PIN chosen for a new staff member", "staff.add")
            raise ValidationError("that PIN is already in use in this store: choose another")
        pin_hash = self._hasher.hash(pin)
        now = self._clock()
        with self.db.transaction() as s:
            if command_line:
                by = "command line"
            else:
                grant = authz.enforce(s, actor, Action.MANAGE_STAFF, override, now=now)
                by = grant.actor_label or (grant.approver.label if grant.approver else "")
            if s.scalar(select(StaffMember.id).where(StaffMember.number == number)):
                raise ValidationError(f"staff number {number} is already taken")
            if badge and s.scalar(select(StaffMember.id).where(StaffMember.badge == badge)):
                raise ValidationError("that badge belongs to someone else")
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

    # -- signing in -----------------------------------------------------------

    def _hint(self, pin: str) -> str:
        return hmac.new(self._hint_key, pin.encode(), hashlib.sha256).hexdigest()

    def _match(self, pin: str, *, only_active: bool = True) -> str | None:
        """The id of the staff member whose PIN this is, or None.

        The hashes are read in a short read transaction and checked outside
        any transaction: each check costs about 0.1 s, and the till's single
        writer must not wait for them. The last match for a PIN is tried first.
        """
        stmt = select(StaffMember.id, StaffMember.pin_hash)
        if only_active:
            stmt = stmt.where(StaffMember.active.is_(True))
        with self.db.read() as s:
            rows = [(r.id, r.pin_hash) for r in s.execute(stmt)]
        key = self._hint(pin)
        hinted = self._hints.get(key)
        rows.sort(key=lambda r: r[0] != hinted)
        for staff_id, pin_hash in rows:
            if verify_pin(pin, pin_hash):
                self._hints[key] = staff_id
                return staff_id
        return None

    def _lock_state(self, s: Session, subject: str) -> LoginLock:
        lock = s.get(LoginLock, subject)
        if lock is None:
            lock = LoginLock(subject=subject, failures=0)
            s.add(lock)
        return lock

    def _check_locked(self, s: Session, subject: str, who: str, now: datetime) -> None:
        lock = s.get(LoginLock, subject)
        if lock is not None and lock.locked_until is not None and lock.locked_until > now:
            minutes = max(1, -(-int((lock.locked_until - now).total_seconds()) // 60))
            hint = " (sign in with your staff number and PIN, or your badge)"
            raise LockedOut(
                f"{who} is locked out after too many wrong PINs for {minutes} more minutes"
                + (hint if subject == TILL_SUBJECT else ""),
                lock.locked_until,
            )

    def _fail(self, subject: str, who: str, context: str) -> PermissionDenied:
        """Record a wrong PIN in its own transaction (it must stick); return the error to raise."""
        now = self._clock()
        period = self.lockout_period()
        with self.db.transaction() as s:
            lock = self._lock_state(s, subject)
            if lock.locked_until is not None and lock.locked_until <= now:
                lock.failures, lock.locked_until = 0, None  # an expired lock-out starts afresh
            lock.failures += 1
            lock.last_failed_at = now
            append_journal(
                s,
                "login.failed",
                who,
                {"subject": subject, "context": context, "failures": lock.failures},
                now,
            )
            if lock.failures >= self._max_failures:
                lock.locked_until = now + period
                append_journal(
                    s,
                    "login.locked",
                    who,
                    {"subject": subject, "until": lock.locked_until.isoformat()},
                    now,
                )
                log.warning("%s locked out after %s wrong PINs", subject, lock.failures)
                return LockedOut(
                    f"too many wrong PINs: {who} is locked out for "
                    f"{int(period.total_seconds() // 60)} minutes",
                    lock.locked_until,
                )
        left = self._max_failures - lock.failures
        return PermissionDenied(f"wrong PIN ({left} more tries before a lock-out)")

    def _succeed(self, s: Session, row: StaffMember, how: str, now: datetime) -> Actor:
        for subject in (f"staff:{row.id}", TILL_SUBJECT):
            lock = s.get(LoginLock, subject)
            if lock is not None and (lock.locked_until is None or lock.locked_until <= now):
                lock.failures, lock.locked_until = 0, None
        actor = _actor(row)
        append_journal(s, "login", actor.label, {"how": how}, now)
        return actor

    def login(self, pin: str, *, number: str | None = None) -> Actor:
        """Sign in by PIN alone, or by staff number and PIN. Raises PermissionDenied/LockedOut."""
        now = self._clock()
        if number:
            with self.db.read() as s:
                found = s.execute(
                    select(
                        StaffMember.id, StaffMember.name, StaffMember.number, StaffMember.pin_hash
                    ).where(StaffMember.number == number.strip(), StaffMember.active.is_(True))
                ).first()
                if found is None:
                    raise NotFoundError(f"no staff member number {number}")
                subject, who = f"staff:{found.id}", f"{found.name} (#{found.number})"
                self._check_locked(s, subject, who, now)
            if not verify_pin(pin, found.pin_hash):
                raise self._fail(subject, who, "login")
            staff_id, how = found.id, "number"
        else:
            with self.db.read() as s:
                self._check_locked(s, TILL_SUBJECT, "PIN sign-in on this till", now)
            matched = self._match(pin)
            if matched is None:
                raise self._fail(TILL_SUBJECT, "PIN sign-in on this till", "login")
            staff_id, how = matched, "pin"
        with self.db.transaction() as s:
            row = s.get(StaffMember, staff_id)
            if row is None or not row.active:
                raise PermissionDenied("that staff member was just removed")
            self._check_locked(s, f"staff:{row.id}", f"{row.name} (#{row.number})", now)
            return self._succeed(s, row, how, now)

    def login_badge(self, code: str) -> Actor:
        """Sign in by scanning a staff badge."""
        now = self._clock()
        with self.db.transaction() as s:
            row = s.scalar(
                select(StaffMember).where(
                    StaffMember.badge == (code or "").strip(), StaffMember.active.is_(True)
                )
            )
            if row is not None:
                self._check_locked(s, f"staff:{row.id}", f"{row.name} (#{row.number})", now)
                return self._succeed(s, row, "badge", now)
        with self.db.transaction() as s:
            append_journal(s, "login.failed", "", {"subject": "badge", "context": "login"}, now)
        raise PermissionDenied("that badge is not on the staff list")

    def approve(
        self, pin: str, action: Action, requester: Actor | None, *, reason: str = ""
    ) -> ManagerOverride:
        """A manager enters their PIN to allow one action for ``requester``.

        Nothing is written on success: the override is journalled, with both
        names, by the service call that uses it.
        """
        now = self._clock()
        with self.db.read() as s:
            self._check_locked(s, TILL_SUBJECT, "PIN entry on this till", now)
        matched = self._match(pin)
        if matched is None:
            raise self._fail(TILL_SUBJECT, "PIN sign-in on this till", f"override:{action.value}")
        with self.db.read() as s:
            row = s.get(StaffMember, matched)
            if row is None or not row.active:
                raise PermissionDenied("that staff member was just removed")
            self._check_locked(s, f"staff:{row.id}", f"{row.name} (#{row.number})", now)
            approver = _actor(row)
        if not can_approve(approver.role, action):
            raise PermissionDenied(f"{approver.label} may not approve: {action.label}")
        return authz.seal_override(ManagerOverride(action, approver, requester, reason, now))

    def unlock(
        self, number: str, *, actor: Actor | None, override: ManagerOverride | None = None
    ) -> None:
        """A manager lifts a lock-out early; journalled."""
        now = self._clock()
        with self.db.transaction() as s:
            grant = authz.enforce(s, actor, Action.MANAGE_STAFF, override, now=now)
            row = s.scalar(select(StaffMember).where(StaffMember.number == number))
            if row is None:
                raise NotFoundError(f"no staff member number {number}")
            lock = s.get(LoginLock, f"staff:{row.id}")
            if lock is not None:
                lock.failures, lock.locked_until = 0, None
            append_journal(s, "login.unlocked", grant.actor_label, {"number": number}, now)
