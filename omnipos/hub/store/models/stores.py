"""Stores as the hub knows them: currency, tax rates, pricing and rounding."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class Store(HubBase):
    __tablename__ = "stores"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    prices: Mapped[str] = mapped_column(String(10))  # exclusive | inclusive
    rounding: Mapped[str] = mapped_column(String(10), default="line")
    cash_step_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_rates: Mapped[dict[str, Any]] = mapped_column(JSON)  # class -> decimal string
    timezone: Mapped[str] = mapped_column(String(60), default="UTC")
    lat: Mapped[str | None] = mapped_column(String(20), default=None)
    lon: Mapped[str | None] = mapped_column(String(20), default=None)
    created_at: Mapped[datetime]
