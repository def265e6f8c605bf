"""Checking PINs and counting wrong ones: lock-outs per person and for the PIN pad.

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
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.engine import Database
from omnipos.db.models import LoginLock, StaffMember
from omnipos.db.settings import get_setting
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.permissions import Actor, Role
from omnipos.domain.pins import PinHasher, verify_pin
from omnipos.services import authz
from omnipos.services.journal import append_journal

__all__ = ["LOCKOUT_SETTING", "TILL_SUBJECT", "LockedOut", "PinChecks", "sealed_actor"]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_FAILURES = 5
LOCKOUT_SETTING = "staff.lockout_minutes"
DEFAULT_LOCKOUT_MINUTES = 15
TILL_SUBJECT = "till"


def utc_now() -> datetime:
    return datetime.now(UTC)


class LockedOut(PermissionDenied):
    """Too many wrong PINs: sign-in is refused until ``until``."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
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
            rows: list[tuple[str, str]] = [(r.id, r.pin_hash) for r in s.execute(stmt)]
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
        actor = sealed_actor(row)
        append_journal(s, "login", actor.label, {"how": how}, now)
        return actor
