"""The return receipt, built from the stored return rows (first print and reprints alike).

It is a ``SaleReceipt`` of kind ``return``: each line with what it refunds
(tax included), where the money went, the original receipt, and the store
credit the customer now has when some went to their account.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from omnipos.db.models.returns import ReturnRecord
from omnipos.domain.receipt import (
    CREDIT_BALANCE,
    ORIGINAL_RECEIPT,
    ReceiptLine,
    ReceiptTender,
    SaleReceipt,
)
from omnipos.domain.returns import Condition
from omnipos.domain.tenders import TenderKind
from omnipos.services.customers import known_balance
from omnipos.services.profile import StoreProfile

__all__ = ["return_receipt"]


def _note(condition: str, fee_minor: int) -> str:
    parts = []
    if condition != Condition.NEW:
        parts.append(f"Condition: {Condition(condition).label}")
    if fee_minor:
        parts.append("restocking fee taken")
    return ", ".join(parts)


def _unit(refund_minor: int, qty: str) -> int:
    count = Decimal(qty)
    if count <= 0:
        return refund_minor
    return int((Decimal(refund_minor) / count).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def return_receipt(session: Session, row: ReturnRecord, store: StoreProfile, *,
                   copy: bool) -> SaleReceipt:
    """The receipt of a stored return; ``copy`` marks a reprint."""
    lines = tuple(
        ReceiptLine(name=ln.name or ln.sku, qty=ln.qty,
                    unit_price_minor=_unit(ln.refund_minor, ln.qty),
                    total_minor=ln.refund_minor, sku=ln.sku,
                    note=_note(ln.condition, ln.fee_minor))
        for ln in row.lines
    )
    extra: dict[str, str] = {}
    if row.receipt_no or row.order_id:
        extra[ORIGINAL_RECEIPT] = row.receipt_no or f"web order {row.order_id}"
    credit = next((r.customer_id for r in row.refunds
                   if r.kind == TenderKind.STORE_CREDIT and r.customer_id), None)
    if credit:
        extra[CREDIT_BALANCE] = str(known_balance(session, credit, row.currency))
    return SaleReceipt(
        receipt_no=row.return_no,
        currency=row.currency,
        created_at=row.created_at,
        store_name=store.name,
        store_code=row.store_code,
        till_code=row.till_code,
        cashier=row.cashier,
        lines=lines,
        taxes=(),
        subtotal_minor=row.refund_minor,
        discount_minor=0,
        tax_minor=sum(ln.tax_minor for ln in row.lines),
        total_minor=row.refund_minor,
        tenders=tuple(
            ReceiptTender(kind=r.kind, amount_minor=r.amount_minor, card_last4=r.card_last4,
                          approval_code=r.refund_reference)
            for r in row.refunds
        ),
        prices_include_tax=True,  # every refunded amount has its tax in it
        header_lines=store.header,
        footer_lines=store.footer,
        kind="return",
        copy=copy,
        extra=extra,
    )
