"""Sales as the tills sent them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class SaleRecord(HubBase):
    """A sale as the till sent it: totals recorded as sent."""

    __tablename__ = "sales"
    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    receipt_no: Mapped[str] = mapped_column(String(40), index=True)
    receipt_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # numeric suffix
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger)
    tax_minor: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    #: Tax recomputed by the hub with the shared engine; None when it could not.
    hub_tax_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (
        Index("ix_sales_store_created", "store_code", "created_at"),
        Index("ix_sales_device_receipt_seq", "device_id", "receipt_seq"),
    )
