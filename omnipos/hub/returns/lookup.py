"""``GET /v1/orders/lookup``: a sale of any store, or a web order, as a till takes a return.

Each line says what earlier returns at any store took back and what may
still come back; each tender what refunds already paid back to it. A till
enforces "never more than sold less returned" with these figures, and the
hub checks it again when the return arrives.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError
from omnipos.domain.quantities import from_milli
from omnipos.hub.returns import originals
from omnipos.hub.returns.originals import Original
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Product
from omnipos.sync.events.returns import OrderLookup

__all__ = ["lookup", "lookup_original", "original_view"]


def original_view(session: Session, original: Original) -> OrderLookup:
    """``OrderLookup`` of ``original`` with its returned quantities and refunded tenders."""
    returned = originals.returned_by_line(session, original.key)
    refunded = originals.refunded_by_tender(session, original)
    skus = sorted({ln.sku for ln in original.lines.values()})
    categories = dict(session.execute(
        select(Product.sku, Product.category).where(Product.sku.in_(skus))).all())
    lines = []
    for no, ln in sorted(original.lines.items()):
        back = returned.get(no, originals.Returned())
        lines.append({
            "line_no": no, "sku": ln.sku, "name": ln.name, "category": categories.get(ln.sku, ""),
            "qty": from_milli(ln.qty_milli), "unit_price_minor": ln.unit_price_minor,
            "discount_minor": ln.discount_minor, "total_minor": ln.total_minor,
            "tax_class": ln.tax_class, "tax_minor": ln.tax_minor, "paid_minor": ln.paid_minor,
            "returned_qty": from_milli(back.milli), "refunded_minor": back.refund_minor,
            "returnable_qty": from_milli(max(0, ln.qty_milli - back.milli)),
        })
    tenders = [replace(t, refunded_minor=refunded.get(t.idx, 0)) for t in original.tenders]
    return OrderLookup.model_validate({
        "kind": original.kind, "sale_id": original.sale_id, "receipt_no": original.receipt_no,
        "order_id": original.order_id, "store_code": original.store_code,
        "till_code": original.till_code, "channel": original.channel, "state": original.state,
        "currency": original.currency, "created_at": original.created_at,
        "customer_id": original.customer_id, "customer_name": original.customer_name,
        "subtotal_minor": original.subtotal_minor, "tax_minor": original.tax_minor,
        "total_minor": original.total_minor, "lines": lines,
        "tenders": [{"idx": t.idx, "kind": t.kind, "amount_minor": t.amount_minor,
                     "refunded_minor": t.refunded_minor, "reference": t.reference,
                     "card_last4": t.card_last4, "customer_id": t.customer_id}
                    for t in tenders],
        "returns": [{"return_id": r.return_id, "return_no": r.return_no,
                     "store_code": r.store_code, "created_at": r.created_at,
                     "refund_minor": r.refund_minor}
                    for r in originals.returns_of(session, original)],
    })


def lookup_original(session: Session, *, receipt_no: str | None = None,
                    order_id: str | None = None) -> Original:
    """The sale with ``receipt_no`` or the web order ``order_id``, or NotFoundError."""
    if receipt_no:
        found = originals.find_sale(session, receipt_no=receipt_no)
        if found is None:
            raise NotFoundError(f"no sale with receipt number {receipt_no.strip()!r} at the hub")
        return found
    if order_id:
        order = originals.find_order(session, order_id)
        if order is None:
            raise NotFoundError(f"no web order {order_id.strip()!r} at the hub")
        return order
    raise NotFoundError("give a receipt number or an order number")


def lookup(db: HubDB, *, receipt_no: str | None = None,
           order_id: str | None = None) -> dict[str, Any]:
    with db.read() as s:
        original = lookup_original(s, receipt_no=receipt_no, order_id=order_id)
        return original_view(s, original).model_dump(mode="json")
