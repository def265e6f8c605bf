"""The original a return takes back: this till's own sale (found offline), or a sale of any
store or a web order as the hub's look-up answers it.

``Original`` says what may still come back: each line's quantity less what
earlier returns took, and each tender less what earlier refunds paid back.
For a sale the hub answered, the hub's figures count every store's returns
it has seen; this till's returns the hub has not acknowledged yet are added
on top. For this till's own sale found offline, this till's returns are all
that is known (the hub catches a second return elsewhere as a case).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db import returns as repo
from omnipos.db.models import Product, Sale
from omnipos.domain.errors import message, phrase
from omnipos.domain.refunds import PaidTender
from omnipos.domain.tenders import TenderKind
from omnipos.sync.events.returns import OrderLookup

__all__ = ["Original", "OriginalLine", "Source", "from_lookup", "local_sale", "with_local_returns"]


_KINDS = frozenset(k.value for k in TenderKind)


class Source(StrEnum):
    """Where the till found the original."""

    TILL = "till"  # this till's own sale, read from its database (offline too)
    HUB = "hub"  # the hub's look-up (another till or store, a web order)


@dataclass(frozen=True, slots=True)
class OriginalLine:
    line_no: int
    sku: str
    name: str
    category: str
    qty: Decimal  # sold (a web order: delivered)
    unit_price_minor: int
    paid_minor: int  # what the customer paid for the whole line, tax included
    tax_minor: int  # the tax inside ``paid_minor``
    returned_qty: Decimal = Decimal(0)  # taken back by earlier returns

    @property
    def returnable(self) -> Decimal:
        return max(Decimal(0), self.qty - self.returned_qty)


@dataclass(frozen=True, slots=True)
class Original:
    kind: str  # "sale" | "web_order"
    source: Source
    currency: str
    created_at: datetime
    store_code: str
    lines: tuple[OriginalLine, ...]
    tenders: tuple[PaidTender, ...]
    total_minor: int
    sale_id: str | None = None
    receipt_no: str = ""
    order_id: str = ""
    till_code: str = ""
    customer_id: str | None = None
    customer_name: str = ""
    #: True when this till could not ask the hub (its own sale, offline).
    offline: bool = False

    @property
    def label(self) -> str:
        """How a person names it: the receipt number or the web order's number (words the
        UI says in the till's language; the English is what subjects and the journal keep)."""
        return self.receipt_no or phrase(message("web order {number}"), number=self.order_id)

    def line(self, line_no: int) -> OriginalLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise KeyError(line_no)


def _categories(session: Session, skus: Sequence[str]) -> dict[str, str]:
    rows = session.execute(select(Product.sku, Product.category).where(Product.sku.in_(skus)))
    return {sku: category or "" for sku, category in rows}


def local_sale(session: Session, receipt_no: str) -> Original | None:
    """This till's sale with ``receipt_no``, with this till's returns of it taken off."""
    sale = session.scalars(select(Sale).where(Sale.receipt_no == receipt_no,
                                              Sale.status == "completed")).first()
    if sale is None:
        return None
    categories = _categories(session, [ln.sku for ln in sale.lines])
    # Where prices exclude tax, the tax comes on top of each line's total.
    on_top = sale.prices != "inclusive"
    lines = tuple(
        OriginalLine(ln.line_no, ln.sku, ln.name, categories.get(ln.sku, ""), Decimal(ln.qty),
                     ln.unit_price_minor, ln.total_minor + (ln.tax_minor if on_top else 0),
                     ln.tax_minor)
        for ln in sale.lines
    )
    tenders = tuple(
        PaidTender(t.idx, TenderKind(t.kind), t.amount_minor, reference=t.approval_code,
                   card_last4=t.card_last4, customer_id=t.customer_id)
        for t in sale.tenders if t.kind in _KINDS
    )
    customer = next((t.customer_id for t in sale.tenders if t.customer_id), None)
    original = Original(
        kind="sale", source=Source.TILL, currency=sale.currency, created_at=sale.created_at,
        store_code=sale.store_code, lines=lines, tenders=tenders, total_minor=sale.total_minor,
        sale_id=sale.id, receipt_no=sale.receipt_no, till_code=sale.till_code,
        customer_id=customer,
    )
    return with_local_returns(session, original, unacknowledged_only=False)


def from_lookup(found: OrderLookup) -> Original:
    """The hub's answer as an original (its returned and refunded figures included)."""
    lines = tuple(
        OriginalLine(ln.line_no, ln.sku, ln.name, ln.category, Decimal(ln.qty),
                     ln.unit_price_minor, ln.paid_minor, ln.tax_minor, Decimal(ln.returned_qty))
        for ln in found.lines
    )
    tenders = tuple(
        PaidTender(t.idx, t.kind, t.amount_minor, t.refunded_minor, t.reference, t.card_last4,
                   str(t.customer_id) if t.customer_id else None)
        for t in found.tenders
    )
    return Original(
        kind=found.kind, source=Source.HUB, currency=found.currency, created_at=found.created_at,
        store_code=found.store_code, lines=lines, tenders=tenders,
        total_minor=found.total_minor, sale_id=str(found.sale_id) if found.sale_id else None,
        receipt_no=found.receipt_no, order_id=found.order_id, till_code=found.till_code,
        customer_id=str(found.customer_id) if found.customer_id else None,
        customer_name=found.customer_name,
    )


def with_local_returns(session: Session, original: Original, *,
                       unacknowledged_only: bool) -> Original:
    """``original`` less what this till's returns took back and refunded (only those the hub
    has not counted yet, for an original the hub answered)."""
    back: Mapping[int, repo.Returned] = repo.returned_by_line(
        session, sale_id=original.sale_id, order_id=original.order_id,
        unacknowledged_only=unacknowledged_only)
    refunded = repo.refunded_by_tender(session, sale_id=original.sale_id,
                                       order_id=original.order_id,
                                       unacknowledged_only=unacknowledged_only)
    lines = tuple(replace(ln, returned_qty=ln.returned_qty + back[ln.line_no].qty)
                  if ln.line_no in back else ln for ln in original.lines)
    tenders = tuple(replace(t, refunded_minor=t.refunded_minor + refunded.get(t.idx, 0))
                    for t in original.tenders)
    return replace(original, lines=lines, tenders=tenders)
