"""The endless aisle: from the look-up card, order an item for the customer, to collect at
another store or to be delivered, paid here like a sale, with a deposit now and the balance
when collecting, or all of it when collecting.

``start_order`` prices the order (the till's catalog price) and returns the
``Payment`` the tender dialog takes (the total, or the deposit); ``place_order``
writes, in one transaction, the till's sale of it (money only: the goods leave
another store) or the deposit (not a sale: money held for the customer, in
the shift's X and Z), the order row, the journal entry and ``order.requested``
for the hub, which takes it in as a channel's order carrying what was paid.
Offline it waits in the outbox.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import catalog
from omnipos.db.counters import next_value
from omnipos.db.models import StoreDirectoryEntry
from omnipos.db.models.aisle import AisleOrder, Deposit
from omnipos.db.settings import get_setting
from omnipos.db.stock import promised_elsewhere
from omnipos.domain.cart import Cart
from omnipos.domain.deposits import AislePay, DepositKind, DepositRule
from omnipos.domain.errors import NotFoundError, StateError, ValidationError, message, phrase
from omnipos.domain.money import parse_amount
from omnipos.domain.permissions import Actor
from omnipos.domain.quantities import QuantityError, quantity_text, to_milli
from omnipos.domain.tenders import Payment
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.profile import StoreProfile
from omnipos.services.selling.payment import SaleCompleted, record_sale, shift_for_sale
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

__all__ = ["Aisle", "AisleOrdered", "AisleRequest", "deposit_rule", "record_deposit"]

AISLE_COUNTER = "aisle_order"
# Store settings of the deposit: its default and its minimum share of the order, in percent.
DEPOSIT_PERCENT_SETTING = "aisle.deposit_percent"
DEPOSIT_MINIMUM_SETTING = "aisle.deposit_minimum_percent"


def deposit_rule(s: Session) -> DepositRule:
    """The store's deposit shares (20% by default, at least 10%)."""
    default = DepositRule()
    return DepositRule(
        int(get_setting(s, DEPOSIT_PERCENT_SETTING, default.default_percent)),
        int(get_setting(s, DEPOSIT_MINIMUM_SETTING, default.minimum_percent)))


def record_deposit(s: Session, store: StoreProfile, kind: DepositKind, order_number: str,
                   payment: Payment, *, by: str, now: datetime) -> Deposit:
    """Deposit money in the caller's transaction, in the shift open now (a deposit taken, or
    one paid back), with its journal entry."""
    if not payment.is_complete:
        raise StateError(message("the deposit is not fully paid yet") if kind is DepositKind.TAKEN
                         else message("the refund is not paid out yet"))
    row = Deposit(id=str(uuid.uuid4()), kind=kind.value, order_number=order_number,
                  amount_minor=payment.total_minor, currency=payment.currency,
                  tenders=[t.to_dict() for t in payment.tenders],
                  shift_id=shift_for_sale(s, store, now, by), created_by=by, created_at=now)
    s.add(row)
    append_journal(s, f"deposit.{kind.value}", by, {
        "order_number": order_number, "amount_minor": payment.total_minor,
        "currency": payment.currency,
        "tenders": [{"kind": t.kind.value, "amount_minor": t.amount_minor}
                    for t in payment.tenders]}, now)
    return row


@dataclass(frozen=True, slots=True)
class AisleRequest:
    """What the customer asks for: one item, where it goes, who they are, when they pay."""

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
    pay: AislePay = AislePay.FULL  # a deposit or paying when collecting: pickups only
    deposit: str = ""  # the deposit typed ("12.50"); empty: the store's default share


@dataclass(frozen=True, slots=True)
class AisleOrdered:
    number: str
    order_id: str
    total_minor: int
    sale: SaleCompleted | None  # paid in full here
    where: str  # "collect at S002 North" or "delivery to 1 Main St, Portland" (a Phrase)
    paid_minor: int = 0  # all of it, the deposit, or 0
    open_drawer: bool = False  # cash was taken (a sale's receipt opens the drawer itself)


class Aisle(StockContext):
    def _checked(self, s: Session, req: AisleRequest) -> tuple[Cart, str]:
        if not req.customer_name.strip():
            raise ValidationError(message("customer: their name (the order is collected under it)"))
        try:
            milli = to_milli(req.quantity)
        except QuantityError as exc:
            raise ValidationError(message("quantity: {reason}"), reason=exc) from exc
        if milli <= 0:
            raise ValidationError(message("quantity: type how many, more than 0"))
        product = catalog.find_by_sku(s, req.sku)
        if product is None:
            raise NotFoundError(message("no item with SKU {sku}"), sku=req.sku)
        if req.pickup_store:
            store = s.get(StoreDirectoryEntry, req.pickup_store)
            if req.pickup_store == self.store.code or store is None:
                raise ValidationError(message("collect at: {pickup_store} is not another store "
                                              "this till knows"),
                                      pickup_store=req.pickup_store)
            where = phrase(message("collect at {store}"),
                           store=f"{store.code} {store.name}".strip())
        else:
            if not (req.line1.strip() and req.city.strip() and req.postcode.strip()
                    and len(req.country.strip()) == 2):
                raise ValidationError(message("delivery: the street, city, postcode and the "
                                              "country's two letters"))
            if req.pay is not AislePay.FULL:
                raise ValidationError(message("a delivery is paid now, in full"))
            where = phrase(message("delivery to {street}, {city}"), street=req.line1.strip(),
                           city=req.city.strip())
        cart = Cart(policy=self.store.policy)
        cart.add(product, Decimal(milli) / 1000)
        return cart, where

    def _due_now(self, s: Session, req: AisleRequest, total_minor: int) -> int:
        if req.pay is AislePay.FULL:
            return total_minor
        if req.pay is AislePay.ON_COLLECTION:
            return 0
        typed = parse_amount(req.deposit, self.store.currency) if req.deposit.strip() else None
        return deposit_rule(s).checked(typed, total_minor, currency=self.store.currency)

    def start_order(self, req: AisleRequest) -> Payment:
        """The amount the customer pays now (all of it, or the deposit), for the tender
        dialog."""
        with self.db.read() as s:
            cart, _where = self._checked(s, req)
            due = self._due_now(s, req, cart.view().totals.total_minor)
        if due == 0:
            raise StateError(message("nothing to pay now: the customer pays when collecting"))
        return Payment(total_minor=due, currency=cart.currency,
                       cash_step_minor=self.store.policy.cash_step_minor)

    def deposit_terms(self) -> DepositRule:
        """The store's deposit shares, for the order dialog's hint."""
        with self.db.read() as s:
            return deposit_rule(s)

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
            due = self._due_now(s, req, view.totals.total_minor)
            sale = None
            if due and payment is None:
                raise ValidationError(message("take the payment first"))
            if due and payment is not None and payment.total_minor != due:
                raise StateError(message("the order changed after payment started; take payment "
                                         "again"))
            if req.pay is AislePay.FULL and payment is not None:
                sale = record_sale(s, self.store, cart, payment, cashier=by, now=now,
                                   stock=False, journal={"aisle_order": number})
            elif req.pay is AislePay.DEPOSIT and payment is not None:
                record_deposit(s, self.store, DepositKind.TAKEN, number, payment, by=by,
                               now=now)
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
                currency=cart.currency, lines=lines, paid=sale is not None, paid_minor=due,
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
                paid_minor=due,
                sale_id=sale.sale_id if sale else "", receipt_no=sale.receipt_no if sale else "",
                event_id=event.event_id, created_by=by, created_at=now))
            if req.pickup_store:  # the card shows the other store's stock promised at once
                promised_elsewhere(s, req.pickup_store, req.sku, line.qty)
            append_journal(s, "aisle.ordered", by, {
                "number": number, "sku": req.sku, "quantity": quantity_text(line.qty),
                "where": where, "receipt_no": sale.receipt_no if sale else "",
                "pay": req.pay.value, "paid_minor": due}, now)
        cash = payment is not None and payment.has_cash and sale is None
        return AisleOrdered(number, order_id, view.totals.total_minor, sale, where, due, cash)
