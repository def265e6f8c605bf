"""The original a return takes back: a sale of any store (from the hub's sales) or a web order.

``Original`` is what every return path reads: the look-up a till makes, an
RMA being authorised, a return counted against what was sold. Its ``key``
names it in ``return_lines.original``: the sale id, or ``order:<id>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.domain.quantities import to_milli
from omnipos.domain.refunds import PaidTender
from omnipos.domain.tenders import TenderKind
from omnipos.hub.store.models import RefundPayout, ReturnLineRecord, ReturnRecord, SaleRecord

__all__ = ["Original", "OriginalLine", "Returned", "find_sale", "refunded_by_tender",
           "returned_by_line"]


@dataclass(frozen=True, slots=True)
class OriginalLine:
    line_no: int
    sku: str
    name: str
    qty_milli: int
    unit_price_minor: int
    discount_minor: int
    total_minor: int
    tax_class: str = ""
    tax_minor: int = 0


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
    extra: dict[str, Any] = field(default_factory=dict)


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
        total_minor=row.total_minor, lines=lines, tenders=tuple(tenders), sale_id=row.sale_id,
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
