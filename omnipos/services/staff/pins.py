"""Checking PINs and counting wrong ones: lock-outs per person, for the PIN pad and badges.

PINs are unique within a store, so a PIN alone says who is signing in; a PIN
that two people share after hub staff arrived (a local person and one from
the hub) signs in no one by itself. Wrong PINs count per person (signing in
with a staff number and PIN) and per till (a PIN typed alone, or to approve:
there is no one to blame), and unknown badges per till: five within the
lock-out period lock that person, the PIN pad or badge sign-in for that
period. A successful sign-in resets no count, so guesses cannot be spread
between one's own sign-ins. Failures and lock-outs are journalled; no PIN or
badge ever is.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.engine import Database
from omnipos.db.models import LoginLock, StaffMember
from omnipos.db.settings import get_setting
from omnipos.domain.errors import Message, PermissionDenied, message, plural
from omnipos.domain.permissions import Actor, Role
from omnipos.domain.pins import PinHasher, verify_pin
from omnipos.services import authz
from omnipos.services.journal import append_journal

__all__ = [
    "BADGE_SUBJECT",
    "LOCKOUT_SETTING",
    "TILL_SUBJECT",
    "LockedOut",
    "PinChecks",
    "sealed_actor",
]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_FAILURES = 5
LOCKOUT_SETTING = "staff.lockout_minutes"
DEFAULT_LOCKOUT_MINUTES = 15
TILL_SUBJECT = "till"  # PINs typed alone on this till (sign-in and approvals)
BADGE_SUBJECT = "badge"  # unknown badges scanned on this till
_SHARED = message(
    "that PIN belongs to more than one person here: sign in with your staff number and PIN, "
    "and ask a manager to give one of you a new PIN"
)
_ALONE_HINT = message(" (sign in with your staff number and PIN, or your badge)")
_WRONG_PIN = message("wrong PIN")


def utc_now() -> datetime:
    return datetime.now(UTC)


class LockedOut(PermissionDenied):
    """Too many wrong PINs: sign-in is refused until ``until``."""

    def __init__(self, template: str, until: datetime, /, **params: Any) -> None:
        super().__init__(template, **params)
        self.until = until


def sealed_actor(row: StaffMember) -> Actor:
    return authz.seal_actor(Actor(row.id, row.number, row.name, Role(row.role)))


class PinChecks:
    """Matching a PIN to a staff member, and the wrong-PIN count that locks people out."""

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

    def lockout_period(self) -> timedelta:
        with self.db.read() as s:
            minutes = get_setting(s, LOCKOUT_SETTING, DEFAULT_LOCKOUT_MINUTES)
        return timedelta(minutes=int(minutes))

    def _hint(self, pin: str) -> str:
        return hmac.new(self._hint_key, pin.encode(), hashlib.sha256).hexdigest()

    def _matching(self, pin: str, *, only_active: bool = True) -> list[str]:
        """The ids of the staff members whose PIN this is (more than one: a shared PIN).

        The hashes are read in a short read transaction and checked outside
        any transaction: each check costs about 0.1 s, and the till's single
        writer must not wait for them. The last match for a PIN is tried
        first. The hub keeps its staff's PINs unique and a local PIN is
        checked against every other when it is added, so once a source has
        matched, its other hashes need no check; the other source's do.
        """
        stmt = select(StaffMember.id, StaffMember.pin_hash, StaffMember.source)
        if only_active:
            stmt = stmt.where(StaffMember.active.is_(True))
        with self.db.read() as s:
            rows = [(r.id, r.pin_hash, r.source) for r in s.execute(stmt)]
        key = self._hint(pin)
        hinted = self._hints.get(key)
        rows.sort(key=lambda r: r[0] != hinted)
        found: dict[str, str] = {}  # source -> staff id
        for staff_id, pin_hash, source in rows:
            if source not in found and verify_pin(pin, pin_hash):
                found[source] = staff_id
        return list(found.values())

    def _match(self, pin: str) -> str | None:
        """The id of the one active staff member whose PIN this is, or None.

        A PIN that matches two people is refused (journalled with their
        numbers): taking the first hash that matches could sign a cashier in
        as a manager.
        """
        ids = self._matching(pin)
        if len(ids) > 1:
            with self.db.transaction() as s:
                numbers = sorted(
                    s.scalars(select(StaffMember.number).where(StaffMember.id.in_(ids)))
                )
                append_journal(s, "login.pin_shared", "", {"numbers": numbers}, self._clock())
            log.warning("a PIN typed alone matched %s staff members: refused", len(ids))
            raise PermissionDenied(_SHARED)
        if ids:
            self._hints[self._hint(pin)] = ids[0]
        return ids[0] if ids else None

    def _lock_state(self, s: Session, subject: str) -> LoginLock:
        lock = s.get(LoginLock, subject)
        if lock is None:
            lock = LoginLock(subject=subject, failures=0)
            s.add(lock)
        return lock

    def _check_locked(self, s: Session, subject: str, who: str, now: datetime, *,
                      hint: Message = _ALONE_HINT) -> None:
        """Raise LockedOut while ``subject`` is locked; ``hint`` (PINs typed alone on the
        till) says what still works."""
        lock = s.get(LoginLock, subject)
        if lock is not None and lock.locked_until is not None and lock.locked_until > now:
            minutes = max(1, -(-int((lock.locked_until - now).total_seconds()) // 60))
            if subject == BADGE_SUBJECT:
                raise LockedOut(
                    plural("badge sign-in is locked after too many unknown badges for "
                           "{minutes} more minute (sign in with your PIN)",
                           "badge sign-in is locked after too many unknown badges for "
                           "{minutes} more minutes (sign in with your PIN)", "minutes"),
                    lock.locked_until, minutes=minutes,
                )
            if subject == TILL_SUBJECT:
                raise LockedOut(plural("{who} is locked out after too many wrong PINs for "
                                       "{minutes} more minute{hint}",
                                       "{who} is locked out after too many wrong PINs for "
                                       "{minutes} more minutes{hint}", "minutes"),
                                lock.locked_until, who=who, minutes=minutes, hint=hint)
            raise LockedOut(plural("{who} is locked out after too many wrong PINs for "
                                   "{minutes} more minute",
                                   "{who} is locked out after too many wrong PINs for "
                                   "{minutes} more minutes", "minutes"),
                            lock.locked_until, who=who, minutes=minutes)

    def _fail(
        self, subject: str, who: str, context: str, *, wrong: Message = _WRONG_PIN
    ) -> PermissionDenied:

        """Record a failure in its own transaction (it must stick); return the error to raise.

        Failures further apart than the lock-out period start the count afresh;
        nothing else does (a successful sign-in does not).
        """
        now = self._clock()
        period = self.lockout_period()
        with self.db.transaction() as s:
            lock = self._lock_state(s, subject)
            stale = lock.last_failed_at is None or lock.last_failed_at <= now - period
            expired = lock.locked_until is not None and lock.locked_until <= now
            if stale or expired:
                lock.failures, lock.locked_until = 0, None
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
                log.warning("%s locked out after %s failures", subject, lock.failures)
                template = (plural("too many unknown badges: {who} is locked out for "
                                   "{minutes} minute",
                                   "too many unknown badges: {who} is locked out for "
                                   "{minutes} minutes", "minutes") if subject == BADGE_SUBJECT
                            else plural("too many wrong PINs: {who} is locked out for "
                                        "{minutes} minute",
                                        "too many wrong PINs: {who} is locked out for "
                                        "{minutes} minutes", "minutes"))
                return LockedOut(template, lock.locked_until, who=who,
                                 minutes=int(period.total_seconds() // 60))
        left = self._max_failures - lock.failures
        return PermissionDenied(plural("{wrong} ({left} more try before a lock-out)",
                                       "{wrong} ({left} more tries before a lock-out)", "left"),
                                wrong=wrong, left=left)



    def _succeed(self, s: Session, row: StaffMember, how: str, now: datetime) -> Actor:
        """Sign ``row`` in; journalled. No failure count is reset (guesses stay counted)."""
        actor = sealed_actor(row)
        append_journal(s, "login", actor.label, {"how": how}, now)
        return actor

