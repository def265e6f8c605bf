"""Deliveries this store is to receive, as the hub's feed sent them, and what was scanned in.

Every scan is committed before it shows (``delivery_scans``, with the line's
received total in ``delivery_lines``); a code that matched no item is kept.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["Delivery", "DeliveryLine", "DeliveryScan"]


class Delivery(Base):
    __tablename__ = "deliveries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(10))  # sync.events.stock.DeliveryKind
    source: Mapped[str] = mapped_column(String(120), default="")
    expected_at: Mapped[datetime | None] = mapped_column(default=None)
    state: Mapped[str] = mapped_column(String(10))  # DeliveryState, as the hub last said
    started_at: Mapped[datetime | None] = mapped_column(default=None)  # first scan here
    received_at: Mapped[datetime | None] = mapped_column(default=None)  # completed here
    received_by: Mapped[str] = mapped_column(String(160), default="")
    updated_at: Mapped[datetime]


class DeliveryLine(Base):
    __tablename__ = "delivery_lines"
    delivery_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    expected: Mapped[str] = mapped_column(String(20), default="0")  # "0": not expected
    received: Mapped[str] = mapped_column(String(20), default="0")


class DeliveryScan(Base):
    __tablename__ = "delivery_scans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    delivery_id: Mapped[str] = mapped_column(String(36), index=True)
    code: Mapped[str] = mapped_column(String(64))
    sku: Mapped[str | None] = mapped_column(String(64), default=None)  # None: unknown code
    qty: Mapped[str] = mapped_column(String(20))
    scanned_at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(160), default="")
