"""Shift (Z) reports the tills sent with ``shift.closed``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class ShiftReportRecord(HubBase):
    """A till's Z report, from its ``shift.closed`` event, per store and till."""

    __tablename__ = "shift_reports"
    shift_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    currency: Mapped[str] = mapped_column(String(3))
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(160), default="")
    closed_by: Mapped[str] = mapped_column(String(160), default="")
    sales_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    returns_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    expected_cash_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    counted_cash_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    over_short_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    pending_events: Mapped[int] = mapped_column(Integer, default=0)
    payload: Mapped[dict[str, Any]]
    received_at: Mapped[datetime]
    __table_args__ = (
        Index("ix_shift_reports_store_till_closed", "store_code", "till_code", "closed_at"),
    )
