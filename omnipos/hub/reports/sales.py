"""Sales as the hub received them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select

from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import SaleRecord


def iter_sales(db: HubDB, store_code: str | None = None) -> Iterator[dict[str, Any]]:
    """One dict per sale received, oldest first: receipt number, till, totals and lines."""
    with db.read() as s:
        stmt = select(SaleRecord).order_by(SaleRecord.created_at, SaleRecord.receipt_no)
        if store_code is not None:
            stmt = stmt.where(SaleRecord.store_code == store_code)
        for sale in s.scalars(stmt).yield_per(1000):
            yield {
                "sale_id": sale.sale_id,
                "receipt_no": sale.receipt_no,
                "store": sale.store_code,
                "till": sale.till_code,
                "currency": sale.currency,
                "created_at": sale.created_at.isoformat(),
                "subtotal_minor": sale.subtotal_minor,
                "discount_minor": sale.discount_minor,
                "tax_minor": sale.tax_minor,
                "total_minor": sale.total_minor,
                "lines": sale.payload.get("lines", []),
                "event_id": sale.event_id,
            }
