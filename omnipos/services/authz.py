"""The enforcement layer: every sensitive service call goes through ``enforce``.

It checks the permission matrix (``omnipos.domain.permissions``) for the
acting staff member, or a manager override, inside the caller's transaction,
and journals every override with both names. Actors and overrides are sealed
with a per-process key by the sign-in service (``services.staff``), so the UI
cannot make up a role or an approval; the role is also re-read from the
database, so a demoted or removed person loses rights at once.

Each call names what the action is done to (``subject``: a line, a sale, the
drawer...) and the amount at stake; a refusal carries them as an
``ApprovalRequest``, and an override is good for exactly that request, once:
it is spent by the call that uses it (even when that call then fails), and
a second use is refused.

A store with no staff configured (a one-person shop) runs without sign-in:
then a call without an actor is allowed.

``permit`` is the shape of every sensitive use case: check the right, do the
thing, write the journal entry, in one transaction.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import threading
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from omnipos.db import staff
from omnipos.db.models import NewJournalEntry
from omnipos.domain.errors import PermissionDenied, message
from omnipos.domain.permissions import (
    Action,
    Actor,
    ApprovalRequest,
    Grant,
    ManagerOverride,
    Role,
    require,
)
from omnipos.services.journal import append_journal

__all__ = [
    "DISCOUNT_LIMIT_SETTING",
    "OVERRIDE_TTL",
    "Permit",
    "enforce",
    "is_sealed",
    "permit",
    "seal_actor",
    "seal_override",
    "signed_in",
    "staff_configured",
]

log = logging.getLogger(__name__)

#: An approval is for the action at hand, not for later.
OVERRIDE_TTL = timedelta(minutes=5)
#: Store setting: the largest discount (percent of the line or sale) a cashier may give.
DISCOUNT_LIMIT_SETTING = "store.discount_limit_pct"

_KEY = secrets.token_bytes(32)  # per process; never stored or logged
# Approvals already used (their ids). An approval cannot outlive the process: its seal is
# made with the per-process key, so this set need not be stored.
_spent: set[str] = set()
_spent_lock = threading.Lock()


def _mac(*parts: str) -> str:
    return hmac.new(_KEY, "|".join(parts).encode(), hashlib.sha256).hexdigest()


def _actor_mac(actor: Actor) -> str:
    return _mac("actor", actor.staff_id, actor.number, actor.name, actor.role.value)


def _override_mac(o: ManagerOverride) -> str:
    requester = o.requester.staff_id if o.requester else ""
    return _mac(
        "override",
        o.action.value,
        _actor_mac(o.approver),
        requester,
        o.reason,
        o.issued_at.isoformat(),
        o.subject,
        "" if o.amount_minor is None else str(o.amount_minor),
        o.override_id,
    )


def seal_actor(actor: Actor) -> Actor:
    """The actor as the sign-in service hands it out (only that service calls this)."""
    return replace(actor, seal=_actor_mac(actor))


def seal_override(override: ManagerOverride) -> ManagerOverride:
    """The override as the PIN-checking service hands it out."""
    return replace(override, seal=_override_mac(override))


def is_sealed(item: Actor | ManagerOverride) -> bool:
    """True when ``item`` came from this process's sign-in service unchanged."""
    want = _actor_mac(item) if isinstance(item, Actor) else _override_mac(item)
    return hmac.compare_digest(item.seal, want)


def staff_configured(session: Session) -> bool:
    """True when at least one active staff member exists (then sign-in is required)."""
    return staff.any_active(session)


def _current(session: Session, actor: Actor, what: str) -> Actor:
    if not is_sealed(actor):
        raise PermissionDenied(message("{what} is not signed in on this till"), what=what)
    role = staff.active_role(session, actor.staff_id)
    if role is None:
        raise PermissionDenied(message("{label} is no longer on the staff list"), label=actor.label)
    if role != actor.role.value:  # demoted (or promoted) since signing in: use today's role
        return seal_actor(replace(actor, role=Role(role)))
    return actor


def signed_in(session: Session, actor: Actor | None) -> Actor | None:
    """Check that someone is signed in (any role), unless the store has no staff."""
    if actor is None:
        if staff_configured(session):
            raise PermissionDenied(message("sign in first"))
        return None
    return _current(session, actor, actor.label)


def enforce(
    session: Session,
    actor: Actor | None,
    action: Action,
    override: ManagerOverride | None = None,
    *,
    now: datetime,
    subject: str = "",
    amount_minor: int | None = None,
    what: str = "",
    details: dict[str, Any] | None = None,
    journal: bool = True,
) -> Grant:
    """Allow ``action`` on ``subject`` or raise PermissionDenied; journal an override.

    Call it inside the transaction that does the action, so the override's
    journal entry commits (or rolls back) with it. A refusal carries the
    request a manager would approve (``subject``, ``amount_minor``, ``what``
    in words). ``journal=False`` only checks: the override is neither
    journalled nor spent (a later call in the write transaction does both).
    """
    if actor is None and override is None and not staff_configured(session):
        return Grant(action, None)
    if actor is not None:
        actor = _current(session, actor, actor.label)
    if override is not None:
        if not is_sealed(override):
            raise PermissionDenied(message("that approval was not given on this till"))
        if now - override.issued_at > OVERRIDE_TTL or override.issued_at > now + OVERRIDE_TTL:
            raise PermissionDenied(message("that approval has expired: ask the manager again"))
        approver = _current(session, override.approver, message("the approver"))
        override = replace(override, approver=approver)
    request = ApprovalRequest(action, subject, amount_minor, what)
    grant = require(actor, action, override, request)
    if grant.approver is not None and override is not None:
        with _spent_lock:
            if override.override_id in _spent:
                raise PermissionDenied(message("that approval was already used: ask the manager "
                                               "again"))
            if journal:
                _spent.add(override.override_id)
    if grant.approver is not None and journal:
        assert override is not None
        append_journal(
            session,
            "override",
            grant.approver.label,
            {
                "action": action.value,
                "subject": subject,
                "amount_minor": amount_minor,
                "requested_by": grant.actor_label,
                "approved_by": grant.approver.label,
                "reason": override.reason,
                **(details or {}),
            },
            now,
        )
        log.info("%s approved %s for %s", grant.approver.label, action.value, grant.actor_label)
    return grant


@dataclass(frozen=True, slots=True)
class Permit:
    """An action allowed inside one transaction, ready to be journalled with who did it."""

    session: Session
    grant: Grant
    now: datetime
    #: The name the journal entry carries: the actor, else who the caller names, else the approver.
    by: str

    @property
    def approved_by(self) -> str:
        return self.grant.approver.label if self.grant.approver else ""

    def journal(self, kind: str, payload: dict[str, Any]) -> NewJournalEntry:
        """Append the entry for what was done, in the same transaction as the check.

        An entry of something a manager approved names them (``approved_by``).
        """
        if self.grant.approver is not None:
            payload = {**payload, "approved_by": self.approved_by}
        return append_journal(self.session, kind, self.by, payload, self.now)


def permit(
    session: Session,
    actor: Actor | None,
    action: Action,
    override: ManagerOverride | None = None,
    *,
    now: datetime,
    subject: str = "",
    amount_minor: int | None = None,
    what: str = "",
    details: dict[str, Any] | None = None,
    on_behalf: str = "",
) -> Permit:
    """Check the right for ``action`` on ``subject`` (``enforce``); the Permit journals it.

    The one shape of every sensitive use case: check the right, do it, write
    the journal, all in the caller's transaction::

        p = authz.permit(s, actor, Action.NO_SALE, override, now=now, subject="drawer:T01")
        ...  # do it
        p.journal("drawer.no_sale", {...})
    """
    grant = enforce(session, actor, action, override, now=now, subject=subject,
                    amount_minor=amount_minor, what=what, details=details)
    by = grant.actor_label or on_behalf or (grant.approver.label if grant.approver else "")
    return Permit(session, grant, now, by)
