"""What a receipt says, built from the stored sale rows (first print and reprints alike),
and receipts by email: an event the hub turns into a mail (queued while offline)."""

from __future__ import annotations

import logging
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import Customer, NewSale, Sale
from omnipos.domain.customers import normalize_email
from omnipos.domain.errors import NotFoundError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.domain.receipt import (
    CREDIT_BALANCE,
    ReceiptLine,
    ReceiptTax,
    ReceiptTender,
    SaleReceipt,
)
from omnipos.services.profile import StoreProfile
from omnipos.services.selling.context import SellingContext
from omnipos.sync.outbox import enqueue

__all__ = ["Receipts", "receipt_from_sale", "sale_customer"]

log = logging.getLogger(__name__)


def sale_customer(session: Session, sale: Sale | NewSale) -> Customer | None:
    """The directory's customer the sale was for, as this till knows them."""
    return session.get(Customer, sale.customer_id) if sale.customer_id else None


def receipt_from_sale(sale: Sale | NewSale, store: StoreProfile, *, copy: bool,
                      credit_balance_minor: int | None = None,
                      customer: Customer | None = None) -> SaleReceipt:
    """The receipt of a stored sale (loaded, or the rows just written); ``copy`` marks a
    reprint. ``credit_balance_minor``: the store credit the customer has left after paying
    with it; ``customer``: whom it names."""
    lines = tuple(
        ReceiptLine(
            name=ln.name,
            qty=ln.qty,
            unit_price_minor=ln.unit_price_minor,
            total_minor=ln.total_minor,
            discount_minor=ln.discount_minor,
            sku=ln.sku,
            note=f"Price override: {ln.override_reason}" if ln.override_reason else "",
            sold_by=ln.sold_by,
        )
        for ln in sale.lines
    )
    return SaleReceipt(
        receipt_no=sale.receipt_no,
        currency=sale.currency,
        created_at=sale.created_at,
        store_name=store.name,
        store_code=sale.store_code,
        till_code=sale.till_code,
        cashier=sale.cashier,
        lines=lines,
        taxes=tuple(
            ReceiptTax(t.tax_class, t.rate, t.base_minor, t.tax_minor) for t in sale.taxes
        ),
        subtotal_minor=sale.subtotal_minor,
        discount_minor=sale.discount_minor,
        tax_minor=sale.tax_minor,
        total_minor=sale.total_minor,
        tenders=tuple(
            ReceiptTender(
                kind=t.kind,
                amount_minor=t.amount_minor,
                tendered_minor=t.tendered_minor,
                change_minor=t.change_minor,
                card_last4=t.card_last4,
                approval_code=t.approval_code,
            )
            for t in sale.tenders
        ),
        change_minor=sale.change_minor,
        rounding_minor=sale.rounding_minor,
        prices_include_tax=sale.prices == "inclusive",
        header_lines=store.header,
        footer_lines=store.footer,
        copy=copy,
        customer=customer.name if customer is not None else "",
        extra=({} if credit_balance_minor is None
               else {CREDIT_BALANCE: str(credit_balance_minor)}),
    )


class Receipts(SellingContext):
    """Reprints of stored sales, and receipts by email."""

    def receipt(self, sale_id: str, *, copy: bool = True) -> SaleReceipt:
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            if sale is None:
                raise NotFoundError(message("no such sale"))
            return receipt_from_sale(sale, self.store, copy=copy,
                                     customer=sale_customer(session, sale))

    def email_receipt(self, sale_id: str, address: str, *, actor: Actor | None = None) -> str:
        """Ask the hub to mail the receipt of a stored sale to ``address``; returns the address
        as it will be used. The request waits in the outbox while the till is offline."""
        email = normalize_email(address)
        if not email:
            raise ValidationError(message("type the customer's email address"))
        with self.db.transaction() as session:
            sale = session.get(Sale, sale_id)
            if sale is None:
                raise NotFoundError(message("no such sale"))
            now, receipt_no = self._clock(), sale.receipt_no
            # The payload models (pydantic) load once the window shows (TillServices.warm_up).
            from omnipos.sync.events import ReceiptEmailRequestedPayload

            enqueue(session, ReceiptEmailRequestedPayload(
                sale_id=UUID(sale.id), receipt_no=sale.receipt_no, store_code=sale.store_code,
                till_code=sale.till_code, email=email, requested_at=now,
                requested_by=self.acting_name(actor), header=list(self.store.header),
                footer=list(self.store.footer)), now)
        log.info("receipt %s to be emailed", receipt_no)  # the address is the customer's
        return email

    def receipt_by_number(self, receipt_no: str, *, copy: bool = True) -> SaleReceipt:
        with self.db.read() as session:
            sale = session.scalars(
                select(Sale).where(Sale.receipt_no == receipt_no.strip())).first()
            if sale is None:
                raise NotFoundError(message("No sale with receipt number {receipt_no}"),
                                    receipt_no=receipt_no)
            return receipt_from_sale(sale, self.store, copy=copy,
                                     customer=sale_customer(session, sale))

    def last_sale_id(self) -> str | None:
        with self.db.read() as session:
            return session.scalars(
                select(Sale.id).order_by(Sale.receipt_seq.desc()).limit(1)
            ).first()
