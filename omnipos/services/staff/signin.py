"""Signing in by PIN, staff number and PIN, or badge; manager approvals; lifting lock-outs."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from omnipos.db.models import LoginLock, StaffMember
from omnipos.domain.errors import NotFoundError, PermissionDenied, message, phrase
from omnipos.domain.permissions import Action, Actor, ApprovalRequest, ManagerOverride, can_approve
from omnipos.domain.pins import verify_pin
from omnipos.services import authz
from omnipos.services.staff.pins import BADGE_SUBJECT, TILL_SUBJECT, PinChecks, sealed_actor

__all__ = ["SignIn"]


class SignIn(PinChecks):
    """Who is at the till, and who approves what they may not do alone."""

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
                    raise NotFoundError(message("no staff member number {number}"), number=number)
                subject, who = f"staff:{found.id}", f"{found.name} (#{found.number})"
                self._check_locked(s, subject, who, now)
            if not verify_pin(pin, found.pin_hash):
                raise self._fail(subject, who, "login")
            staff_id, how = found.id, "number"
        else:
            with self.db.read() as s:
                self._check_locked(s, TILL_SUBJECT, message("PIN sign-in on this till"), now)
            matched = self._match(pin)
            if matched is None:
                raise self._fail(TILL_SUBJECT, message("PIN sign-in on this till"), "login")
            staff_id, how = matched, "pin"
        with self.db.transaction() as s:
            row = s.get(StaffMember, staff_id)
            if row is None or not row.active:
                raise PermissionDenied(message("that staff member was just removed"))
            self._check_locked(s, f"staff:{row.id}", f"{row.name} (#{row.number})", now)
            return self._succeed(s, row, how, now)

    def login_badge(self, code: str) -> Actor:
        """Sign in by scanning a staff badge; unknown badges count towards a lock-out."""
        now = self._clock()
        with self.db.transaction() as s:
            self._check_locked(s, BADGE_SUBJECT, message("badge sign-in on this till"), now)
            row = s.scalar(
                select(StaffMember).where(
                    StaffMember.badge == (code or "").strip(), StaffMember.active.is_(True)
                )
            )
            if row is not None:
                self._check_locked(s, f"staff:{row.id}", f"{row.name} (#{row.number})", now)
                return self._succeed(s, row, "badge", now)
        raise self._fail(BADGE_SUBJECT, message("badge sign-in on this till"), "login",
                         wrong=message("that badge is not on the staff list"))

    def approve(
        self, pin: str, request: ApprovalRequest, requester: Actor | None, *, reason: str = ""
    ) -> ManagerOverride:
        """A manager enters their PIN to allow what ``request`` asks, once, for ``requester``.

        The override is good for that action on that subject with that amount
        only. Nothing is written on success: the override is journalled, with
        both names, by the service call that uses it.
        """
        now = self._clock()
        action = request.action
        with self.db.read() as s:
            # The approval dialog has no staff number: the manager signs in and does it.
            self._check_locked(s, TILL_SUBJECT, message("PIN entry on this till"), now,
                               hint=message(": the manager signs in with staff number and "
                                            "PIN (F9) and does it"))
        matched = self._match(pin)
        if matched is None:
            raise self._fail(TILL_SUBJECT, message("PIN sign-in on this till"),
                             f"override:{action.value}")
        with self.db.read() as s:
            row = s.get(StaffMember, matched)
            if row is None or not row.active:
                raise PermissionDenied(message("that staff member was just removed"))
            self._check_locked(s, f"staff:{row.id}", f"{row.name} (#{row.number})", now)
            approver = sealed_actor(row)
        if not can_approve(approver.role, action):
            raise PermissionDenied(message("{approver} may not approve: {action}"),
                                   approver=approver.label, action=action.label)
        return authz.seal_override(ManagerOverride(
            action, approver, requester, reason, now, subject=request.subject,
            amount_minor=request.amount_minor, override_id=str(uuid.uuid4()),
        ))

    def unlock(
        self, number: str, *, actor: Actor | None, override: ManagerOverride | None = None
    ) -> None:
        """A manager lifts a lock-out early; journalled."""
        now = self._clock()
        with self.db.transaction() as s:
            permit = authz.permit(s, actor, Action.MANAGE_STAFF, override, now=now,
                                  subject=f"staff:{number}",
                                  what=phrase(message("unlock #{number}"), number=number))
            row = s.scalar(select(StaffMember).where(StaffMember.number == number))
            if row is None:
                raise NotFoundError(message("no staff member number {number}"), number=number)
            lock = s.get(LoginLock, f"staff:{row.id}")
            if lock is not None:
                lock.failures, lock.locked_until = 0, None
            permit.journal("login.unlocked", {"number": number})
