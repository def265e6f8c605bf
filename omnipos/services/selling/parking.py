"""Parking an unpaid sale to resume later, and cancelling one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from omnipos.db.models import ParkedSale
from omnipos.domain.cart import Cart, sale_subject
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services import authz
from omnipos.services.selling.open_sale import OpenSales

__all__ = ["CANCEL_REASONS", "ParkedInfo", "Parking"]

#: Why a sale is cancelled, as the cashier picks it (journalled with the cancellation).
CANCEL_REASONS = (
    "Customer changed their mind",
    "Customer cannot pay",
    "Wrong items scanned",
    "Price disagreement",
    "Other",
)


@dataclass(frozen=True, slots=True)
class ParkedInfo:
    parked_id: str
    label: str
    created_at: datetime
    cashier: str
    line_count: int


class Parking(OpenSales):
    """Carts put aside (they survive a restart) and carts abandoned."""

    def park(self, cart: Cart, *, label: str = "", actor: Actor | None = None,
             owner: str = "") -> str:
        """Store an unpaid cart to resume later; it stops being the open sale in the same
        transaction. ``owner``: whose sale it is, when not the person parking it (the next
        cashier parks the sale the last one started)."""
        if not cart.lines:
            raise StateError(message("the sale is empty: nothing to park"))
        self._no_tenders(cart)
        parked_id = str(uuid.uuid4())
        with self.db.transaction() as session:
            session.add(
                ParkedSale(
                    id=parked_id,
                    label=label.strip()[:80],
                    created_at=self._clock(),
                    cashier=owner or self.acting_name(actor),
                    cart=cart.to_dict(),
                )
            )
            self._close_in(session)
        self._closed_now()
        return parked_id

    def parked(self) -> list[ParkedInfo]:
        with self.db.read() as session:
            rows = session.scalars(select(ParkedSale).order_by(ParkedSale.created_at)).all()
            return [
                ParkedInfo(r.id, r.label, r.created_at, r.cashier, len(r.cart.get("lines", [])))
                for r in rows
            ]

    def resume(self, parked_id: str) -> Cart:
        """Take a parked cart back: it leaves the parked list and becomes the open sale (of
        the cashier who parked it) in the same transaction."""
        with self.db.transaction() as session:
            row = session.get(ParkedSale, parked_id)
            if row is None:
                raise NotFoundError(message("that parked sale was already resumed"))
            data: dict[str, Any] = dict(row.cart)
            cart = Cart.from_dict(data, self.store.policy, self.store.merge_scans)
            session.execute(delete(ParkedSale).where(ParkedSale.id == parked_id))
            self._keep_in(session, cart, started_by=row.cashier)
        self._kept_now(cart)
        return cart

    def cancel(self, cart: Cart, *, reason: str = "", actor: Actor | None = None,
               override: ManagerOverride | None = None) -> None:
        """Abandon an unpaid sale with a reason; journalled when it had lines. Staff rights are
        enforced. It stops being the open sale in the same transaction."""
        self._no_tenders(cart)
        if cart.lines:
            view = cart.view()
            with self.db.transaction() as session:
                permit = authz.permit(
                    session, actor, Action.CANCEL_SALE, override, now=self._clock(),
                    subject=sale_subject(cart.cart_id), amount_minor=view.totals.total_minor,
                    on_behalf=self.acting_name(actor),
                )
                if not reason.strip():
                    raise ValidationError(message("say why the sale is cancelled"))
                permit.journal(
                    "sale.cancelled",
                    {
                        "cart_id": cart.cart_id,
                        "lines": len(view.lines),
                        "total_minor": view.totals.total_minor,
                        "reason": reason,
                    },
                )
                self._close_in(session)
            self._closed_now()
        cart.lines.clear()
        cart.order_discount = None
        cart.discount_approvals.clear()
