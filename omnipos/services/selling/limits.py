"""The store's discount limit, held after every change of the cart and again at payment.

Every use case that changes what a discount amounts to (a discount given, a
quantity, a void, a new price) makes the change on a draft of the open sale
(``OpenSales._changing``), then calls ``hold_discount_limits`` in the same
transaction, which also stores the open sale: a discount beyond the limit that
no approval covers needs the ``discount_over_limit`` right or a manager's
approval for that line or sale; otherwise nothing is stored and the cart stays
as it was.
What is allowed is journalled (``discount.over_limit``, both names) and kept
on the cart, so a later change within it asks nobody. The rule itself is
``omnipos.domain.discounts``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from sqlalchemy.orm import Session

from omnipos.db.settings import get_setting
from omnipos.domain.cart import Cart
from omnipos.domain.discounts import describe, over_limit
from omnipos.domain.permissions import Action, Actor, Grant, ManagerOverride, can_approve
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.selling.open_sale import OpenSales

__all__ = ["DiscountLimits"]

T = TypeVar("T")


class DiscountLimits(OpenSales):
    """Holding the discount limit over a cart."""

    @staticmethod
    def discount_limit(session: Session) -> Decimal | None:
        """The store's limit in percent (``store.discount_limit_pct``); None: no limit."""
        raw = get_setting(session, authz.DISCOUNT_LIMIT_SETTING)
        if raw is None or str(raw).strip() == "":
            return None
        try:
            return Decimal(str(raw))
        except InvalidOperation:
            return Decimal(0)  # an unreadable limit allows nothing a manager has not approved

    @contextmanager
    def cart_change(self, cart: Cart) -> Iterator[None]:
        """Undo whatever the block did to ``cart`` when it raises (a refused payment)."""
        before = cart.to_dict()
        try:
            yield
        except BaseException:
            cart.restore(before)
            raise

    def changed(self, cart: Cart, change: Callable[[Cart], T], subject: str, *,
                actor: Actor | None, override: ManagerOverride | None) -> T:
        """Make ``change`` to a draft of the cart and hold the limits after it; the open sale
        is stored in the same transaction and the cart takes the draft once it has committed."""
        self._no_tenders(cart)
        with self._changing(cart, actor=actor) as (session, draft):
            result = change(draft)
            self.hold_discount_limits(session, draft, subject, actor=actor, override=override)
        return result

    def hold_discount_limits(
        self,
        session: Session,
        cart: Cart,
        subject: str,
        *,
        actor: Actor | None,
        override: ManagerOverride | None,
        decided: Grant | None = None,
    ) -> None:
        """Raise PermissionDenied unless every discount is within the limit or allowed.

        ``subject`` is what the change was made to (the request a manager is
        asked to approve). ``decided`` is the approval of the change itself (a
        new price): a manager who may allow discounts over the limit allows
        the discount that change leaves, with that same approval.
        """
        if cart.order_discount is None and all(ln.discount is None for ln in cart.lines):
            return  # nothing given off: no limit to hold (most sales, paid on the hot path)
        limit = self.discount_limit(session)
        found = over_limit(cart, limit)
        if not found:
            return
        assert limit is not None
        total = cart.view().totals.discount_minor
        what = describe(found, limit)
        details = {
            "cart_id": cart.cart_id,
            "subject": subject,
            "discount_minor": total,
            "over": [{"subject": f.subject, "percent": str(f.percent)} for f in found],
        }
        approver = decided.approver if decided is not None else None
        if approver is not None and can_approve(approver.role, Action.DISCOUNT_OVER_LIMIT):
            by = (decided.actor_label if decided else "") or self.acting_name(actor)
            append_journal(session, "discount.over_limit", by,
                           {**details, "percent": str(found[0].percent), "what": what,
                            "approved_by": approver.label}, self._clock())
        else:
            permit = authz.permit(
                session, actor, Action.DISCOUNT_OVER_LIMIT, override, now=self._clock(),
                subject=subject, amount_minor=total, what=what, details=details,
                on_behalf=self.acting_name(actor),
            )
            permit.journal("discount.over_limit",
                           {**details, "percent": str(found[0].percent), "what": what})
        for f in found:
            cart.discount_approvals[f.subject] = f.discount_minor
