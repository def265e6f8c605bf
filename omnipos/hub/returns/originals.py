"""The original a return takes back: a sale of any store (from the hub's sales) or a web order.

``Original`` is what every return path reads: the look-up a till makes, an
RMA being authorised, a return counted against what was sold. Its ``key``
names it in ``return_lines.original``: the sale id, or ``order:<id>``.

A web order's lines count what the customer received: nothing until it was
handed over or shipped (cancel it instead), never the quantity no store
could fill. Its payment is one ``channel`` tender: what the customer paid the
channel, which only the hub can pay back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.domain.pickup import OrderState
from omnipos.domain.quantities import to_milli
from omnipos.domain.refunds import PaidTender
from omnipos.domain.tenders import TenderKind
from omnipos.hub.store.models import (
    Channel,
    Fulfilment,
    Order,
    OrderLine,
    RefundPayout,
    ReturnLineRecord,
    ReturnRecord,
    SaleRecord,
)

__all__ = ["Original", "OriginalLine", "Returned", "find_order", "find_sale",
           "refunded_by_tender", "returned_by_line"]

#: The states in which a web order's goods are with the customer.
DELIVERED = (OrderState.HANDED_OVER.value, OrderState.SHIPPED.value)


@dataclass(frozen=True, slots=True)
class OriginalLine:
    line_no: int
    sku: str
    name: str
    qty_milli: int
    unit_price_minor: int
    discount_minor: int
    total_minor: int  # after every discount; tax on top where prices exclude it
    tax_class: str = ""
    tax_minor: int = 0
    paid_minor: int = 0  # what the customer paid for the line, tax included


def _with_paid(lines: dict[int, OriginalLine], total_minor: int) -> dict[int, OriginalLine]:
    """Each line's ``paid_minor``: its total, plus its tax where the prices excluded tax
    (the lines' totals then add up to less than the document's)."""
    on_top = sum(ln.total_minor for ln in lines.values()) != total_minor
    return {no: replace(ln, paid_minor=ln.total_minor + (ln.tax_minor if on_top else 0))
            for no, ln in lines.items()}


@dataclass(frozen=True)
class Original:
    key: str
    kind: Literal["sale", "web_order"]
    store_code: str
    currency: str
    created_at: datetime
    subtotal_minor: int
    tax_minor: int
    total_minor: int
    lines: Mapping[int, OriginalLine]
    tenders: tuple[PaidTender, ...] = ()
    sale_id: str | None = None
    receipt_no: str = ""
    order_id: str = ""
    till_code: str = ""
    channel: str = ""
    customer_id: str | None = None
    customer_name: str = ""
    customer_email: str = ""
    customer_phone: str = ""
    state: str = ""  # a web order's (omnipos.domain.pickup.OrderState)
    channel_id: str | None = None


@dataclass(frozen=True, slots=True)
class Returned:
    """What returns so far took back of one original line, and refunded for it."""

    milli: int = 0
    refund_minor: int = 0


def _tender_kind(kind: str) -> TenderKind | None:
    try:
        return TenderKind(kind)
    except ValueError:
        return None


def _sale(row: SaleRecord) -> Original:
    payload = row.payload
    lines = {
        int(ln["line_no"]): OriginalLine(
            int(ln["line_no"]), str(ln["sku"]), str(ln.get("name", "")), to_milli(ln["qty"]),
            int(ln["unit_price_minor"]), int(ln.get("discount_minor", 0)),
            int(ln["total_minor"]), str(ln.get("tax_class", "")), int(ln.get("tax_minor", 0)))
        for ln in payload.get("lines", [])
    }
    tenders = []
    customer = None
    for idx, t in enumerate(payload.get("tenders", []), start=1):
        kind = _tender_kind(str(t.get("kind", "")))
        if kind is None:
            continue  # a tender this hub does not know cannot be refunded to
        cid = t.get("customer_id")
        customer = customer or cid
        tenders.append(PaidTender(idx, kind, int(t["amount_minor"]),
                                  reference=str(t.get("approval_code", "")),
                                  card_last4=str(t.get("card_last4", "")),
                                  customer_id=str(cid) if cid else None))
    return Original(
        key=row.sale_id, kind="sale", store_code=row.store_code, currency=row.currency,
        created_at=row.created_at, subtotal_minor=row.subtotal_minor, tax_minor=row.tax_minor,
        total_minor=row.total_minor, lines=_with_paid(lines, row.total_minor),
        tenders=tuple(tenders), sale_id=row.sale_id,
        receipt_no=row.receipt_no, till_code=row.till_code,
        customer_id=str(customer) if customer else None,
    )


def find_sale(session: Session, *, receipt_no: str | None = None,
              sale_id: str | None = None) -> Original | None:
    """The sale with ``sale_id``, or with ``receipt_no`` (receipt numbers are per till)."""
    stmt = select(SaleRecord)
    if sale_id is not None:
        stmt = stmt.where(SaleRecord.sale_id == sale_id)
    elif receipt_no is not None:
        stmt = stmt.where(SaleRecord.receipt_no == receipt_no.strip())
    else:
        return None
    row = session.scalars(stmt.order_by(SaleRecord.created_at.desc()).limit(1)).first()
    return None if row is None else _sale(row)


def _order(session: Session, order: Order) -> Original:
    delivered = order.state in DELIVERED
    lines = {
        ln.line_no: OriginalLine(ln.line_no, ln.sku, ln.name,
                                 ln.quantity_milli - ln.unassigned_milli if delivered else 0,
                                 ln.unit_price_minor, 0, ln.total_minor, ln.tax_class,
                                 ln.tax_minor)
        for ln in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                  .order_by(OrderLine.line_no))
    }
    node = order.pickup_store or session.scalar(
        select(Fulfilment.node_code).where(Fulfilment.order_id == order.id)
        .order_by(Fulfilment.created_at).limit(1)) or ""
    channel = session.get(Channel, order.channel_id)
    tenders = (PaidTender(1, TenderKind.CHANNEL, order.total_minor,
                          reference=order.channel_order_id),) if order.paid else ()
    return Original(
        key=f"order:{order.id}", kind="web_order", store_code=node, currency=order.currency,
        created_at=order.placed_at, subtotal_minor=order.subtotal_minor,
        tax_minor=order.tax_minor, total_minor=order.total_minor,
        lines=_with_paid(lines, order.total_minor), tenders=tenders,
        order_id=order.id, channel=channel.name if channel else "",
        customer_name=order.customer_name, customer_email=order.customer_email,
        customer_phone=order.customer_phone, state=order.state, channel_id=order.channel_id,
    )


def find_order(session: Session, order_id: str) -> Original | None:
    """The web order with hub id ``order_id``, or else with that channel order number."""
    key = order_id.strip()
    row = session.get(Order, key) or session.scalars(
        select(Order).where(Order.channel_order_id == key)
        .order_by(Order.placed_at.desc()).limit(1)).first()
    return None if row is None else _order(session, row)


def returned_by_line(session: Session, original_key: str) -> dict[int, Returned]:
    """Line number -> what returns at any store took back of it so far."""
    rows = session.execute(
        select(ReturnLineRecord.original_line_no, func.sum(ReturnLineRecord.accepted_milli),
               func.sum(ReturnLineRecord.refund_minor))
        .where(ReturnLineRecord.original == original_key,
               ReturnLineRecord.original_line_no.is_not(None))
        .group_by(ReturnLineRecord.original_line_no)
    ).all()
    return {int(no): Returned(int(milli or 0), int(refund or 0))
            for no, milli, refund in rows if no is not None}


def _returns_of(original: Original) -> Any:
    if original.kind == "sale":
        return ReturnRecord.sale_id == original.sale_id
    return ReturnRecord.order_id == original.order_id


def refunded_by_tender(session: Session, original: Original) -> dict[int, int]:
    """Original tender idx -> what refunds of its returns paid back to it."""
    rows = session.execute(
        select(RefundPayout.tender_idx, func.sum(RefundPayout.amount_minor))
        .join(ReturnRecord, ReturnRecord.return_id == RefundPayout.return_id)
        .where(_returns_of(original), RefundPayout.tender_idx.is_not(None))
        .group_by(RefundPayout.tender_idx)
    ).all()
    return {int(idx): int(total or 0) for idx, total in rows if idx is not None}


def returns_of(session: Session, original: Original) -> list[ReturnRecord]:
    return list(session.scalars(select(ReturnRecord).where(_returns_of(original))
                                .order_by(ReturnRecord.created_at)))
