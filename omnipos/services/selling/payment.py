"""Paying: start a payment, complete the sale in ONE transaction, the ``sale.completed`` payload.

``complete_sale`` stores the business rows, the stock deltas, the journal
entry and the outbox event together, and returns what changed.
``record_sale`` does the writing in the caller's transaction, so another use
case that takes money (a pickup paid at the counter, an exchange) stores its
sale with its own change.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from omnipos.db.counters import RECEIPT_COUNTER, next_value
from omnipos.db.models import (
    NewSale,
    NewSaleLine,
    NewSaleTax,
    NewSaleTender,
    NewStockMovement,
)
from omnipos.db.rows import insert_rows
from omnipos.db.settings import get_setting
from omnipos.domain.cart import Cart, CartView, sale_subject
from omnipos.domain.errors import StateError, message
from omnipos.domain.permissions import Actor, ManagerOverride
from omnipos.domain.quantities import quantity_text
from omnipos.domain.receipt import SaleReceipt
from omnipos.domain.shifts import CashCount
from omnipos.domain.stock import StockBucket
from omnipos.domain.tenders import Payment, Tender, TenderKind
from omnipos.services.customers import known_balance
from omnipos.services.journal import append_journal
from omnipos.services.profile import StoreProfile
from omnipos.services.selling.limits import DiscountLimits
from omnipos.services.selling.receipts import receipt_from_sale, sale_customer
from omnipos.services.shifts import (
    AUTO_SHIFT_SETTING,
    NoOpenShift,
    open_shift_id,
    open_shift_row,
    start_shift,
)
from omnipos.sync.outbox import enqueue

if TYPE_CHECKING:
    from omnipos.sync.events import SaleCompletedPayload

__all__ = ["Payments", "SaleCompleted", "record_sale", "sale_completed_payload"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SaleCompleted:
    """What ``complete_sale`` changed: one sale, its stock, outbox and journal rows."""

    sale_id: str
    receipt_no: str
    receipt: SaleReceipt
    total_minor: int
    change_minor: int
    open_drawer: bool
    event_id: str
    journal_seq: int
    stock_skus: tuple[str, ...]
    customer_email: str = ""  # the sale's customer's: where an email receipt goes first


def shift_for_sale(session: Session, store: StoreProfile, now: datetime, cashier: str) -> str:
    """The open shift a sale belongs to; a store may let the till open one itself (zero float,
    journalled). Without either, NoOpenShift: every sale belongs to exactly one shift."""
    shift_id = open_shift_id(session, store.till)
    if shift_id is not None:
        return shift_id
    if not get_setting(session, AUTO_SHIFT_SETTING, False):
        raise NoOpenShift()
    return start_shift(session, store, CashCount(store.currency), cashier, now,
                       automatic=True).id


class Payments(DiscountLimits):
    """Taking payment and storing the paid sale durably."""

    def shift_needed(self) -> bool:
        """True when a sale now would be refused for want of a shift (the till asks first)."""
        with self.db.read() as session:
            return (open_shift_row(session, self.store.till) is None
                    and not get_setting(session, AUTO_SHIFT_SETTING, False))

    def start_payment(self, cart: Cart, tenders: Sequence[Tender] = ()) -> Payment:
        """The payment of the sale; ``tenders`` taken before (a sale open when the till
        stopped) count again."""
        view = cart.view()
        if view.is_empty:
            raise StateError(message("the sale is empty: scan an item first"))
        payment = Payment(
            total_minor=view.totals.total_minor,
            currency=cart.currency,
            cash_step_minor=self.store.policy.cash_step_minor,
            tenders=list(tenders),
        )
        if payment.remaining_minor < 0:
            raise StateError(message("the tenders taken are more than the sale: remove them and "
                                     "take payment again"))
        return payment

    def complete_sale(self, cart: Cart, payment: Payment, *, actor: Actor | None = None,
                      override: ManagerOverride | None = None) -> SaleCompleted:
        """Store a paid sale durably: sale, lines, tenders, taxes, stock, journal, outbox.

        The sale names ``actor`` (who sold, read when they took payment), else the till.
        The discount limit is held once more: a discount beyond it that no one
        approved (a cart changed behind the services, a limit lowered since)
        needs a manager's approval for the sale (``override``).
        """
        cashier = self.acting_name(actor)
        now = self._clock()
        with self.cart_change(cart), self.db.transaction() as session:
            self.hold_discount_limits(session, cart, sale_subject(cart.cart_id), actor=actor,
                                      override=override)
            done = record_sale(session, self.store, cart, payment, cashier=cashier, now=now)
            self._close_in(session)  # paid: no longer the open sale
        self._closed_now()
        log.info("sale %s completed: %s %s", done.receipt_no, done.total_minor, cart.currency)
        return done


def record_sale(session: Session, store: StoreProfile, cart: Cart, payment: Payment, *,
                cashier: str, now: datetime, stock: bool = True,
                journal: dict[str, Any] | None = None) -> SaleCompleted:
    """Write a paid sale in the caller's transaction: rows, stock, journal entry, outbox event.

    ``stock=False`` records the money only: goods that leave the store by
    another event (a pickup handed over) carry no stock lines here. ``journal``
    adds to the journal entry's payload.
    """
    view = cart.view()
    if view.is_empty:
        raise StateError(message("the sale is empty"))
    if payment.total_minor != view.totals.total_minor:
        raise StateError(message("the sale changed after payment started; take payment again"))
    if not payment.is_complete:
        raise StateError(message("the sale is not fully paid yet"))
    event_id = str(uuid.uuid4())
    seq = next_value(session, RECEIPT_COUNTER)
    sale = _new_sale(store, cart, view, payment, seq=seq, cashier=cashier, now=now,
                     shift_id=shift_for_sale(session, store, now, cashier))
    movements = [
        NewStockMovement(event_id=event_id, line=ln.line_no, sku=ln.sku,
                         bucket=StockBucket.SELLABLE, delta=quantity_text(-line.qty),
                         reason="sale", occurred_at=now)
        for line, ln in zip(cart.lines, sale.lines, strict=True)
        if not line.product.is_open_price  # unlabelled goods: no product, no stock to move
    ] if stock else []
    # Plain rows inserted on the driver: no ORM object or flush on the hot path.
    insert_rows(session, [sale])
    insert_rows(session, list(sale.lines))
    insert_rows(session, list(sale.tenders))
    insert_rows(session, list(sale.taxes))
    insert_rows(session, movements)
    enqueue(session, sale_completed_payload(sale, movements), now, event_id=event_id)
    entry = append_journal(
        session,
        "sale",
        cashier,
        {
            "sale_id": sale.id,
            "receipt_no": sale.receipt_no,
            "total_minor": sale.total_minor,
            "currency": sale.currency,
            "tenders": [t.kind for t in sale.tenders],
            **(journal or {}),
        },
        now,
    )
    # The store credit left, as this till knows it now (the hub has the last word).
    credit = next((t.customer_id for t in payment.tenders
                   if t.kind is TenderKind.STORE_CREDIT and t.customer_id), None)
    balance = known_balance(session, credit, cart.currency) if credit else None
    customer = sale_customer(session, sale)
    return SaleCompleted(
        sale_id=sale.id,
        receipt_no=sale.receipt_no,
        receipt=receipt_from_sale(sale, store, copy=False, credit_balance_minor=balance,
                                  customer=customer),
        total_minor=sale.total_minor,
        change_minor=payment.change_minor,
        open_drawer=any(t.kind is TenderKind.CASH for t in payment.tenders),
        event_id=event_id,
        journal_seq=entry.seq,
        stock_skus=tuple(dict.fromkeys(m.sku for m in movements)),
        customer_email=customer.email if customer is not None else "",
    )


def _new_sale(store: StoreProfile, cart: Cart, view: CartView, payment: Payment, *, seq: int,
              cashier: str, now: datetime, shift_id: str) -> NewSale:
    """The rows of a paid sale, from the cart as the payment took it."""
    sale_id = str(uuid.uuid4())
    totals = view.totals
    return NewSale(
        id=sale_id,
        receipt_no=f"{store.code}-{store.till}-{seq:06d}",
        receipt_seq=seq,
        store_code=store.code,
        till_code=store.till,
        cashier=cashier,
        status="completed",
        currency=cart.currency,
        prices=store.policy.prices.value,
        subtotal_minor=totals.subtotal_minor,
        discount_minor=totals.discount_minor,
        tax_minor=totals.tax_minor,
        total_minor=totals.total_minor,
        rounding_minor=payment.rounding_minor,
        change_minor=payment.change_minor,
        created_at=now,
        shift_id=shift_id,
        customer_id=cart.customer.customer_id if cart.customer else None,
        lines=tuple(
            NewSaleLine(
                sale_id=sale_id,
                line_no=no,
                product_id=line.product.product_id,
                sku=line.product.sku,
                gtin=line.product.gtin,
                name=line.product.name,
                sold_by=str(line.product.sold_by),
                qty=quantity_text(line.qty),
                unit_price_minor=line.unit_price_minor,
                original_price_minor=line.original_price_minor,
                override_reason=line.override_reason,
                discount_minor=lv.discount_minor,
                total_minor=lv.total_minor,
                tax_class=lv.tax_class,
                tax_minor=lv.tax_minor,
            )
            for no, (line, lv) in enumerate(zip(cart.lines, view.lines, strict=True), start=1)
        ),
        tenders=tuple(
            NewSaleTender(
                sale_id=sale_id,
                idx=idx,
                kind=tender.kind.value,
                amount_minor=tender.amount_minor,
                tendered_minor=tender.tendered_minor,
                change_minor=tender.change_minor,
                approval_code=tender.approval_code,
                card_last4=tender.card_last4,
                customer_id=tender.customer_id,
            )
            for idx, tender in enumerate(payment.tenders, start=1)
        ),
        taxes=tuple(
            NewSaleTax(
                sale_id=sale_id,
                tax_class=tax_class,
                rate=str(store.policy.rate(tax_class)),
                base_minor=totals.base_by_class.get(tax_class, 0),
                tax_minor=tax_minor,
            )
            for tax_class, tax_minor in totals.tax_by_class.items()
        ),
    )


def sale_completed_payload(sale: NewSale,
                           movements: Sequence[NewStockMovement]) -> SaleCompletedPayload:
    """The ``sale.completed`` payload of a sale's rows, validated once as a whole (one pass
    of the shared model's validator over plain values, not a model built per line)."""
    # The payload models (pydantic) load once the window shows (TillServices.warm_up).
    from omnipos.sync.events import SaleCompletedPayload

    return SaleCompletedPayload.model_validate({
        "sale_id": sale.id,
        "receipt_no": sale.receipt_no,
        "store_code": sale.store_code,
        "till_code": sale.till_code,
        "currency": sale.currency,
        "created_at": sale.created_at,
        "cashier": sale.cashier,
        "shift_id": sale.shift_id,
        "customer_id": sale.customer_id,
        "subtotal_minor": sale.subtotal_minor,
        "discount_minor": sale.discount_minor,
        "tax_minor": sale.tax_minor,
        "total_minor": sale.total_minor,
        "rounding_minor": sale.rounding_minor,
        "change_minor": sale.change_minor,
        "lines": [
            {
                "line_no": ln.line_no,
                "sku": ln.sku,
                "gtin": ln.gtin,
                "name": ln.name,
                "qty": ln.qty,
                "unit_price_minor": ln.unit_price_minor,
                "discount_minor": ln.discount_minor,
                "total_minor": ln.total_minor,
                "tax_class": ln.tax_class,
                "tax_minor": ln.tax_minor,
            }
            for ln in sale.lines
        ],
        "taxes": [
            {"tax_class": t.tax_class, "rate": t.rate, "base_minor": t.base_minor,
             "tax_minor": t.tax_minor}
            for t in sale.taxes
        ],
        "tenders": [
            {
                "kind": t.kind,
                "amount_minor": t.amount_minor,
                "tendered_minor": t.tendered_minor,
                "change_minor": t.change_minor,
                "approval_code": t.approval_code,
                "card_last4": t.card_last4,
                "customer_id": t.customer_id,
            }
            for t in sale.tenders
        ],
        "stock": [{"sku": m.sku, "delta": m.delta} for m in movements],
    })
