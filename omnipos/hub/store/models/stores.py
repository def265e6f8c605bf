"""Stores and warehouses (the nodes orders are routed to): tax rules, place, costs, policy."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Integer, String
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
    #: Where customers find it, as written on a letter (other tills show it in look-ups).
    address: Mapped[str] = mapped_column(String(200), default="")
    # --- as a node orders are routed to (domain.routing.Node)
    kind: Mapped[str] = mapped_column(String(10), default="store")  # store | warehouse
    handling_cost_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    ship_rate_minor_per_km: Mapped[int] = mapped_column(BigInteger, default=0)
    daily_capacity: Mapped[int | None] = mapped_column(Integer, default=None)  # None: no limit
    pickup: Mapped[bool] = mapped_column(default=True)  # customers may collect here
    # --- its no-show policy (domain.pickup.NoShowPolicy), counted in its opening hours
    opening_hours: Mapped[str] = mapped_column(String(200), default="mon-sat 09:00-18:00")
    first_reminder_hours: Mapped[int] = mapped_column(Integer, default=24)
    second_reminder_hours: Mapped[int] = mapped_column(Integer, default=48)
    cancel_after_days: Mapped[int] = mapped_column(Integer, default=7)
    created_at: Mapped[datetime]
