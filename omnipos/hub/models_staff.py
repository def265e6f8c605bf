"""Hub tables for staff, shift reports and enrollment attempts (issue 5).

They share ``HubBase`` with ``omnipos.hub.models``; the hub's Alembic
environment imports this module so migrations see them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.models import HubBase

__all__ = ["EnrollAttempt", "HubStaff", "ShiftReportRecord"]


class HubStaff(HubBase):
    """A staff member of one store; PIN kept only as a salted scrypt hash."""

    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID, same on the tills
    store_code: Mapped[str] = mapped_column(ForeignKey("stores.code"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(12))
    pin_hash: Mapped[str] = mapped_column(String(200))
    badge: Mapped[str | None] = mapped_column(String(64), default=None)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    __table_args__ = (UniqueConstraint("store_code", "number", name="uq_staff_store_number"),)


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


class EnrollAttempt(HubBase):
    """Wrong enrollment codes per client address, to slow down guessing."""

    __tablename__ = "enroll_attempts"
    client: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime]
    blocked_until: Mapped[datetime | None] = mapped_column(default=None)
