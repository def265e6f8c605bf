"""Parking an unpaid sale to resume later, and cancelling one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select

from omnipos.db.models import ParkedSale
from omnipos.domain.cart import Cart
from omnipos.domain.errors import NotFoundError, StateError, ValidationError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services import authz
from omnipos.services.selling.context import SellingContext

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


class Parking(SellingContext):
    """Carts put aside (they survive a restart) and carts abandoned."""

    def park(self, cart: Cart, *, label: str = "", actor: Actor | None = None) -> str:
        """Store an unpaid cart to resume later (it survives a restart)."""
        if not cart.lines:
            raise StateError("the sale is empty: nothing to park")
        parked_id = str(uuid.uuid4())
        with self.db.transaction() as session:
            session.add(
                ParkedSale(
                    id=parked_id,
                    label=label.strip()[:80],
                    created_at=self._clock(),
                    cashier=self.acting_name(actor),
                    cart=cart.to_dict(),
                )
            )
        return parked_id

    def parked(self) -> list[ParkedInfo]:
        with self.db.read() as session:
            rows = session.scalars(select(ParkedSale).order_by(ParkedSale.created_at)).all()
            return [
                ParkedInfo(r.id, r.label, r.created_at, r.cashier, len(r.cart.get("lines", [])))
                for r in rows
            ]

    def resume(self, parked_id: str) -> Cart:
        """Take a parked cart back; it leaves the parked list in the same transaction."""
        with self.db.transaction() as session:
            row = session.get(ParkedSale, parked_id)
            if row is None:
                raise NotFoundError("that parked sale was already resumed")
            data: dict[str, Any] = dict(row.cart)
            session.execute(delete(ParkedSale).where(ParkedSale.id == parked_id))
        return Cart.from_dict(data, self.store.policy)

    def cancel(self, cart: Cart, *, reason: str = "", actor: Actor | None = None,
               override: ManagerOverride | None = None) -> None:
        """Abandon an unpaid sale with a reason; journalled when it had lines. Staff rights are
        enforced."""
        if cart.lines:
            view = cart.view()
            with self.db.transaction() as session:
                permit = authz.permit(
                    session, actor, Action.CANCEL_SALE, override, now=self._clock(),
                    on_behalf=self.acting_name(actor),
                )
                if not reason.strip():
                    raise ValidationError("say why the sale is cancelled")
                permit.journal(
                    "sale.cancelled",
                    {
                        "cart_id": cart.cart_id,
                        "lines": len(view.lines),
                        "total_minor": view.totals.total_minor,
                        "reason": reason,
                    },
                )
        cart.lines.clear()
        cart.order_discount = None
