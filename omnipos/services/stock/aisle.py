"""The endless aisle: from the look-up card, order an item for the customer, to collect at
another store or to be delivered, paid here like a sale (or when collecting).

``start_order`` prices the order (the till's catalog price) and returns the
``Payment`` the tender dialog takes; ``place_order`` writes, in one
transaction, the till's sale of it (money only: the goods leave another
store), the order row, the journal entry and ``order.requested`` for the hub,
which takes it in as a channel's order. Offline it waits in the outbox.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import catalog
from omnipos.db.counters import next_value
from omnipos.db.models import AisleOrder, StoreDirectoryEntry
from omnipos.domain.cart import Cart
from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.permissions import Actor
from omnipos.domain.quantities import QuantityError, quantity_text, to_milli
from omnipos.domain.tenders import Payment
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.selling.payment import SaleCompleted, record_sale
from omnipos.services.stock.context import StockContext
from omnipos.sync.events import OrderRequestedPayload
from omnipos.sync.events.aisle import (
    AisleAddress,
    AisleCustomer,
    AisleLine,
    AislePickup,
    AisleShip,
)
from omnipos.sync.outbox import enqueue

__all__ = ["Aisle", "AisleOrdered", "AisleRequest"]

AISLE_COUNTER = "aisle_order"


@dataclass(frozen=True, slots=True)
class AisleRequest:
    """What the customer asks for: one item, where it goes, who they are, paid now or not."""

    sku: str
    quantity: str
    customer_name: str
    phone: str = ""
    email: str = ""
    pickup_store: str = ""  # collect at this store; empty: deliver to the address
    line1: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""
    pay_now: bool = True  # False: the customer pays when collecting (pickup only)


@dataclass(frozen=True, slots=True)
class AisleOrdered:
    number: str
    order_id: str
    total_minor: int
    sale: SaleCompleted | None
    where: str  # "collect at S002 North" or "delivery to 1 Main St, Portland"


class Aisle(StockContext):
    def _checked(self, s: Session, req: AisleRequest) -> tuple[Cart, str]:
        if not req.customer_name.strip():
            raise ValidationError("customer: their name (the order is collected under it)")
        try:
            milli = to_milli(req.quantity)
        except QuantityError as exc:
            raise ValidationError(f"quantity: {exc}") from exc
        if milli <= 0:
            raise ValidationError("quantity: type how many, more than 0")
        product = catalog.find_by_sku(s, req.sku)
        if product is None:
            raise NotFoundError(f"no item with SKU {req.sku}")
        if req.pickup_store:
            store = s.get(StoreDirectoryEntry, req.pickup_store)
            if req.pickup_store == self.store.code or store is None:
                raise ValidationError(f"collect at: {req.pickup_store} is not another store "
                                      "this till knows")
            where = f"collect at {store.code} {store.name}".strip()
        else:
            if not (req.line1.strip() and req.city.strip() and req.postcode.strip()
                    and len(req.country.strip()) == 2):
                raise ValidationError("delivery: the street, city, postcode and the country's "
                                      "two letters")
            if not req.pay_now:
                raise ValidationError("a delivery is paid now")
            where = f"delivery to {req.line1.strip()}, {req.city.strip()}"
        cart = Cart(policy=self.store.policy)
        cart.add(product, Decimal(milli) / 1000)
        return cart, where

    def start_order(self, req: AisleRequest) -> Payment:
        """The amount the customer pays now, for the tender dialog."""
        with self.db.read() as s:
            cart, _where = self._checked(s, req)
        return Payment(total_minor=cart.view().totals.total_minor, currency=cart.currency,
                       cash_step_minor=self.store.policy.cash_step_minor)

    def place_order(self, req: AisleRequest, payment: Payment | None = None, *,
                    actor: Actor | None = None) -> AisleOrdered:
        """The order with its sale, journal entry and ``order.requested``, in one transaction."""
        now = self._clock()
        with self.db.transaction() as s:
            cart, where = self._checked(s, req)
            checked = authz.signed_in(s, actor)
            by = checked.label if checked is not None else f"Till {self.store.till}"
            number = f"{self.store.code}-{self.store.till}-A{next_value(s, AISLE_COUNTER):05d}"
            order_id = str(uuid.uuid4())
            view = cart.view()
            sale = None
            if req.pay_now:
                if payment is None:
                    raise ValidationError("take the payment first")
                sale = record_sale(s, self.store, cart, payment, cashier=by, now=now,
                                   stock=False, journal={"aisle_order": number})
            [line] = view.lines
            unit = line.unit_price_minor
            fulfilment: AislePickup | AisleShip = (
                AislePickup(store=req.pickup_store) if req.pickup_store else
                AisleShip(address=AisleAddress(line1=req.line1.strip(), city=req.city.strip(),
                                               postcode=req.postcode.strip(),
                                               country=req.country.strip().upper())))
            customer = AisleCustomer(name=req.customer_name.strip(), email=req.email.strip(),
                                     phone=req.phone.strip())
            lines = [AisleLine(sku=req.sku, quantity=quantity_text(line.qty),
                               unit_price_minor=unit)]
            payload = OrderRequestedPayload(
                order_id=uuid.UUID(order_id), number=number, store_code=self.store.code,
                till_code=self.store.till, placed_at=now, customer=customer,
                currency=cart.currency, lines=lines, paid=sale is not None,
                receipt_no=sale.receipt_no if sale else "", fulfilment=fulfilment, staff=by)
            event = enqueue(s, payload, now)
            s.add(AisleOrder(
                id=order_id, number=number,
                fulfilment="pickup" if req.pickup_store else "ship",
                pickup_store=req.pickup_store or None,
                address=(fulfilment.address.model_dump(mode="json")
                         if isinstance(fulfilment, AisleShip) else None),
                customer=customer.model_dump(mode="json"),
                lines=[ln.model_dump(mode="json") for ln in lines], currency=cart.currency,
                total_minor=view.totals.total_minor,
                paid_minor=sale.total_minor if sale else 0,
                sale_id=sale.sale_id if sale else "", receipt_no=sale.receipt_no if sale else "",
                event_id=event.event_id, created_by=by, created_at=now))
            append_journal(s, "aisle.ordered", by, {
                "number": number, "sku": req.sku, "quantity": quantity_text(line.qty),
                "where": where, "receipt_no": sale.receipt_no if sale else ""}, now)
        return AisleOrdered(number, order_id, view.totals.total_minor, sale, where)
