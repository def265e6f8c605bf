"""Deliveries a store is to receive (from a supplier, or a transfer from another store), with
the lines expected and, once received, what arrived."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class DeliveryRecord(HubBase):
    __tablename__ = "deliveries"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    store_code: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # sync.events.stock.DeliveryKind
    source: Mapped[str] = mapped_column(String(120), default="")
    #: A transfer: the store it comes from (its stock left when the transfer was made).
    from_store: Mapped[str | None] = mapped_column(String(20), default=None)
    expected_at: Mapped[datetime | None] = mapped_column(default=None)
    state: Mapped[str] = mapped_column(String(10))  # sync.events.stock.DeliveryState
    created_at: Mapped[datetime]
    received_at: Mapped[datetime | None] = mapped_column(default=None)
    received_by: Mapped[str] = mapped_column(String(160), default="")
    unknown: Mapped[list[Any]] = mapped_column(JSON, default=list)  # codes that matched nothing


class DeliveryLineRecord(HubBase):
    __tablename__ = "delivery_lines"
    delivery_id: Mapped[str] = mapped_column(
        ForeignKey("deliveries.id", ondelete="CASCADE"), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    expected_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    #: What arrived (None until received); over or short is received - expected.
    received_milli: Mapped[int | None] = mapped_column(BigInteger, default=None)
