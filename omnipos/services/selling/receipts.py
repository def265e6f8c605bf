"""What a receipt says, built from the stored sale rows (first print and reprints alike)."""

from __future__ import annotations

from sqlalchemy import select

from omnipos.db.models import Sale
from omnipos.domain.errors import NotFoundError
from omnipos.domain.receipt import (
    CREDIT_BALANCE,
    ReceiptLine,
    ReceiptTax,
    ReceiptTender,
    SaleReceipt,
)
from omnipos.services.profile import StoreProfile
from omnipos.services.selling.context import SellingContext

__all__ = ["Receipts", "receipt_from_sale"]


def receipt_from_sale(sale: Sale, store: StoreProfile, *, copy: bool,
                      credit_balance_minor: int | None = None) -> SaleReceipt:
    """The receipt of a stored sale; ``copy`` marks a reprint. ``credit_balance_minor``: the
    store credit the customer has left after paying with it."""
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
        extra=({} if credit_balance_minor is None
               else {CREDIT_BALANCE: str(credit_balance_minor)}),
    )


class Receipts(SellingContext):
    """Reprints of stored sales."""

    def receipt(self, sale_id: str, *, copy: bool = True) -> SaleReceipt:
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            if sale is None:
                raise NotFoundError("no such sale")
            return receipt_from_sale(sale, self.store, copy=copy)

    def receipt_by_number(self, receipt_no: str, *, copy: bool = True) -> SaleReceipt:
        with self.db.read() as session:
            sale = session.scalars(
                select(Sale).where(Sale.receipt_no == receipt_no.strip())).first()
            if sale is None:
                raise NotFoundError(f"No sale with receipt number {receipt_no}")
            return receipt_from_sale(sale, self.store, copy=copy)

    def last_sale_id(self) -> str | None:
        with self.db.read() as session:
            return session.scalars(
                select(Sale.id).order_by(Sale.receipt_seq.desc()).limit(1)
            ).first()
