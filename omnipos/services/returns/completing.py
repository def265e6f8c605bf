"""Completing a return: ONE transaction for the return, its stock, its refunds, the exchange's
new sale, the journal entry and the ``return.completed`` event.

Each item moves into the stock bucket its disposition names (restock:
sellable; damaged; quality control; return to vendor; nothing for dispose).
Cash goes back from the drawer (the shift's expected cash follows), a card
refund names the original payment's terminal reference, store credit goes
to the customer's account at the hub (the event tells it), and a web
order's refund waits at the hub for its payment connector unless a manager
let it be paid in cash.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy.orm import Session

from omnipos.db.counters import RETURN_COUNTER, next_value
from omnipos.db.models import StockMovement
from omnipos.db.models.returns import ReturnLine, ReturnRecord, ReturnRefund
from omnipos.db.rows import insert_rows
from omnipos.domain.errors import StateError, message
from omnipos.domain.quantities import quantity_text
from omnipos.domain.receipt import SaleReceipt
from omnipos.domain.returns import Condition, Disposition
from omnipos.domain.tenders import Payment, TenderKind
from omnipos.services.authz import Permit
from omnipos.services.profile import StoreProfile
from omnipos.services.returns.draft import ReturnDraft, ReturnQuote
from omnipos.services.returns.original import Source, local_sale
from omnipos.services.returns.receipts import return_receipt
from omnipos.services.selling import SaleCompleted
from omnipos.services.selling.payment import record_sale, shift_for_sale
from omnipos.sync.events import ReturnCompletedPayload
from omnipos.sync.events.returns import ManagerOverridePayload, RefundPayload, ReturnLinePayload
from omnipos.sync.outbox import enqueue

__all__ = ["ReturnCompleted", "record_return"]


@dataclass(frozen=True, slots=True)
class ReturnCompleted:
    """What ``complete`` changed: one return, its stock, refunds, journal and outbox rows."""

    return_id: str
    return_no: str
    receipt: SaleReceipt
    refund_minor: int
    cash_minor: int  # paid out of the drawer
    open_drawer: bool
    event_id: str
    journal_seq: int
    stock_skus: tuple[str, ...]
    exchange: SaleCompleted | None = None  # the new sale of an exchange


def _recheck(session: Session, draft: ReturnDraft) -> None:
    """This till's own sale: nothing may come back twice, even from a draft made earlier."""
    original = draft.original
    if original is None or original.source is not Source.TILL:
        return
    fresh = local_sale(session, original.receipt_no)
    if fresh is None:
        raise StateError(message("{receipt_no} is no longer a completed sale"),
                         receipt_no=original.receipt_no)
    for no in {ln.sale_line_no for ln in draft.lines if ln.sale_line_no is not None}:
        if draft.chosen(no) > fresh.line(no).returnable:
            raise StateError(message("{name}: part of it came back meanwhile; find the receipt "
                                     "again"),
                             name=fresh.line(no).name)


def _override(permit: Permit, draft: ReturnDraft, quote: ReturnQuote
              ) -> ManagerOverridePayload | None:
    if not (quote.overridden or draft.cash_for_channel):
        return None
    reason = draft.override_reason or (
        "web order refunded in cash" if draft.cash_for_channel else "return policy overridden")
    return ManagerOverridePayload(approved_by=permit.approved_by or permit.by, reason=reason,
                                  refusals=list(quote.refusals))


def record_return(session: Session, permit: Permit, store: StoreProfile, draft: ReturnDraft,
                  quote: ReturnQuote, *, cashier: str, now: datetime,
                  payment: Payment | None = None, refund_reference: str = "") -> ReturnCompleted:
    """Write a quoted return in the caller's transaction (the right already checked)."""
    _recheck(session, draft)
    original = draft.original
    return_id, event_id = str(uuid.uuid4()), str(uuid.uuid4())
    seq = next_value(session, RETURN_COUNTER)
    return_no = f"{store.code}-{store.till}-R{seq:06d}"
    # Money goes back from a drawer: a return belongs to a shift as a sale does.
    shift_id = shift_for_sale(session, store, now, cashier)
    exchange: SaleCompleted | None = None
    if draft.exchange is not None and draft.exchange.lines:
        if payment is None or not payment.is_complete:
            raise StateError(message("the exchange's new goods are not paid yet"))
        exchange = record_sale(session, store, draft.exchange, payment, cashier=cashier, now=now,
                               journal={"exchange_for": return_no})
    override = _override(permit, draft, quote)
    row = ReturnRecord(
        id=return_id, return_no=return_no, return_seq=seq, store_code=store.code,
        till_code=store.till, cashier=cashier, currency=draft.currency, created_at=now,
        shift_id=shift_id, sale_id=original.sale_id if original else None,
        receipt_no=original.receipt_no if original else "",
        order_id=original.order_id if original else "", customer_id=draft.customer_id,
        refund_minor=quote.refund_minor, fee_minor=quote.fee_minor,
        override=override.model_dump(mode="json") if override else None,
        exchange_sale_id=exchange.sale_id if exchange else None, event_id=event_id,
    )
    movements: list[StockMovement] = []
    for no, q in enumerate(quote.lines, start=1):
        ln = q.line
        row.lines.append(ReturnLine(
            return_id=return_id, line_no=no, sale_line_no=ln.sale_line_no, sku=ln.sku,
            name=ln.name, qty=ln.qty_text, condition=ln.condition.value,
            disposition=ln.disposition.value, reason=ln.reason, refund_minor=q.refund_minor,
            fee_minor=q.fee_minor, tax_minor=q.tax_minor))
        bucket = ln.disposition.bucket
        if bucket is not None:
            movements.append(StockMovement(event_id=event_id, line=no, sku=ln.sku,
                                           bucket=bucket.value, delta=quantity_text(ln.qty),
                                           reason="return", occurred_at=now))
    for idx, share in enumerate(quote.shares, start=1):
        row.refunds.append(ReturnRefund(
            return_id=return_id, idx=idx, kind=share.kind.value, amount_minor=share.amount_minor,
            tender_idx=share.tender_idx, reference=share.reference,
            refund_reference=refund_reference if share.kind is TenderKind.CARD else "",
            card_last4=share.card_last4, customer_id=share.customer_id))
    insert_rows(session, [row])
    insert_rows(session, list(row.lines))
    insert_rows(session, list(row.refunds))
    insert_rows(session, movements)
    enqueue(session, return_completed_payload(row, override), now, event_id=event_id)
    entry = permit.journal("return", {
        "return_id": return_id, "return_no": return_no,
        "original": original.label if original else "no receipt",
        "customer_id": draft.customer_id, "refund_minor": quote.refund_minor,
        "fee_minor": quote.fee_minor, "currency": draft.currency,
        "refunds": [{"kind": s.kind.value, "amount_minor": s.amount_minor} for s in quote.shares],
        "override": override.model_dump(mode="json") if override else None,
        "exchange_receipt_no": exchange.receipt_no if exchange else "",
    })
    cash = quote.cash_minor
    return ReturnCompleted(
        return_id=return_id, return_no=return_no,
        receipt=return_receipt(session, row, store, copy=False), refund_minor=quote.refund_minor,
        cash_minor=cash, open_drawer=cash > 0 or bool(exchange and exchange.open_drawer),
        event_id=event_id, journal_seq=entry.seq,
        stock_skus=tuple(dict.fromkeys(q.line.sku for q in quote.lines)), exchange=exchange,
    )


def return_completed_payload(row: ReturnRecord, override: ManagerOverridePayload | None
                             ) -> ReturnCompletedPayload:
    """The ``return.completed`` payload of a stored return, built through the shared model."""
    return ReturnCompletedPayload(
        return_id=UUID(row.id), return_no=row.return_no, store_code=row.store_code,
        till_code=row.till_code, currency=row.currency, created_at=row.created_at,
        cashier=row.cashier, shift_id=UUID(row.shift_id) if row.shift_id else None,
        sale_id=UUID(row.sale_id) if row.sale_id else None, receipt_no=row.receipt_no,
        order_id=row.order_id, customer_id=UUID(row.customer_id) if row.customer_id else None,
        lines=[ReturnLinePayload(
            line_no=ln.line_no, sale_line_no=ln.sale_line_no, sku=ln.sku, name=ln.name,
            qty=ln.qty, condition=Condition(ln.condition),
            disposition=Disposition(ln.disposition), reason=ln.reason,
            refund_minor=ln.refund_minor, fee_minor=ln.fee_minor, tax_minor=ln.tax_minor)
            for ln in row.lines],
        refunds=[RefundPayload(
            kind=TenderKind(r.kind), amount_minor=r.amount_minor, tender_idx=r.tender_idx,
            reference=r.reference, refund_reference=r.refund_reference,
            card_last4=r.card_last4, customer_id=UUID(r.customer_id) if r.customer_id else None)
            for r in row.refunds],
        refund_minor=row.refund_minor, fee_minor=row.fee_minor, override=override,
        exchange_sale_id=UUID(row.exchange_sale_id) if row.exchange_sale_id else None,
    )

