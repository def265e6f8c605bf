"""The enforcement layer: every sensitive service call goes through ``enforce``.

It checks the permission matrix (``omnipos.domain.permissions``) for the
acting staff member, or a manager override, inside the caller's transaction,
and journals every override with both names. Actors and overrides are sealed
with a per-process key by the sign-in service (``services.staff``), so the UI
cannot make up a role or an approval; the role is also re-read from the
database, so a demoted or removed person loses rights at once.

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
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from omnipos.db.models import JournalEntry, StaffMember
from omnipos.db.settings import get_setting
from omnipos.domain.cart import Discount, DiscountKind
from omnipos.domain.errors import PermissionDenied
from omnipos.domain.permissions import Action, Actor, Grant, ManagerOverride, Role, require
from omnipos.services.journal import append_journal

__all__ = [
    "DISCOUNT_LIMIT_SETTING",
    "OVERRIDE_TTL",
    "Permit",
    "authorize_discount",
    "discount_over_limit",
    "discount_percent",
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
    return bool(session.scalar(select(exists().where(StaffMember.active.is_(True)))))


def _current(session: Session, actor: Actor, what: str) -> Actor:
    if not is_sealed(actor):
        raise PermissionDenied(f"{what} is not signed in on this till")
    row = session.get(StaffMember, actor.staff_id)
    if row is None or not row.active:
        raise PermissionDenied(f"{actor.label} is no longer on the staff list")
    if row.role != actor.role.value:  # demoted (or promoted) since signing in: use today's role
        return seal_actor(replace(actor, role=Role(row.role)))
    return actor


def signed_in(session: Session, actor: Actor | None) -> Actor | None:
    """Check that someone is signed in (any role), unless the store has no staff."""
    if actor is None:
        if staff_configured(session):
            raise PermissionDenied("sign in first")
        return None
    return _current(session, actor, actor.label)


def enforce(
    session: Session,
    actor: Actor | None,
    action: Action,
    override: ManagerOverride | None = None,
    *,
    now: datetime,
    details: dict[str, Any] | None = None,
    journal: bool = True,
) -> Grant:
    """Allow ``action`` or raise PermissionDenied; journal an override with both names.

    Call it inside the transaction that does the action, so the override's
    journal entry commits (or rolls back) with it.
    """
    if actor is None and override is None and not staff_configured(session):
        return Grant(action, None)
    if actor is not None:
        actor = _current(session, actor, actor.label)
    if override is not None:
        if not is_sealed(override):
            raise PermissionDenied("that approval was not given on this till")
        if now - override.issued_at > OVERRIDE_TTL or override.issued_at > now + OVERRIDE_TTL:
            raise PermissionDenied("that approval has expired: ask the manager again")
        override = replace(override, approver=_current(session, override.approver, "the approver"))
    grant = require(actor, action, override)
    if grant.approver is not None and journal:
        assert override is not None
        append_journal(
            session,
            "override",
            grant.approver.label,
            {
                "action": action.value,
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

    def journal(self, kind: str, payload: dict[str, Any]) -> JournalEntry:
        """Append the entry for what was done, in the same transaction as the check."""
        return append_journal(self.session, kind, self.by, payload, self.now)


def permit(
    session: Session,
    actor: Actor | None,
    action: Action,
    override: ManagerOverride | None = None,
    *,
    now: datetime,
    details: dict[str, Any] | None = None,
    on_behalf: str = "",
) -> Permit:
    """Check the right for ``action`` (``enforce``); the Permit journals what was then done.

    The one shape of every sensitive use case: check the right, do it, write
    the journal, all in the caller's transaction::

        p = authz.permit(s, actor, Action.NO_SALE, override, now=now)
        ...  # do it
        p.journal("drawer.no_sale", {...})
    """
    grant = enforce(session, actor, action, override, now=now, details=details)
    by = grant.actor_label or on_behalf or (grant.approver.label if grant.approver else "")
    return Permit(session, grant, now, by)


def discount_over_limit(session: Session, pct: Decimal) -> bool:
    """True when a discount of ``pct`` percent is above the store limit (no limit: never)."""
    raw = get_setting(session, DISCOUNT_LIMIT_SETTING)
    if raw is None or raw == "":
        return False
    return pct > Decimal(str(raw))


def discount_percent(discount: Discount, base_minor: int) -> Decimal:
    """A discount as a percentage of what it applies to (an amount over nothing: 100 %)."""
    if discount.kind is DiscountKind.PERCENT:
        return Decimal(discount.value)
    if base_minor <= 0:
        return Decimal(100)
    return Decimal(discount.value) * 100 / Decimal(base_minor)


def authorize_discount(
    session: Session,
    actor: Actor | None,
    override: ManagerOverride | None,
    discount: Discount,
    base_minor: int,
    *,
    now: datetime,
    details: dict[str, Any],
) -> Grant | None:
    """For a discount over the store limit: enforce DISCOUNT_OVER_LIMIT and journal it, in the
    caller's transaction (the discounted sale is stored in the same one).

    Returns None (and writes nothing) when the discount is within the limit.
    """
    pct = discount_percent(discount, base_minor)
    if not discount_over_limit(session, pct):
        return None
    p = permit(session, actor, Action.DISCOUNT_OVER_LIMIT, override, now=now, details=details)
    p.journal(
        "discount.over_limit",
        {
            **details,
            "percent": str(pct.quantize(Decimal("0.01"))),
            "reason": discount.reason,
            "approved_by": p.approved_by,
        },
    )
    return p.grant

