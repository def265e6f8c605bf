"""Till shifts (opening float to closing count) and the cash moved during them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["CashMovement", "Shift"]


class Shift(Base):
    """A till shift from opening float to closing count; at most one open per till."""

    __tablename__ = "shifts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    opened_at: Mapped[datetime]
    opened_by: Mapped[str] = mapped_column(String(160))
    opening_float_minor: Mapped[int] = mapped_column(Integer)
    opening_count: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Outbox device_seq reached when the shift opened: later events belong to it.
    start_device_seq: Mapped[int] = mapped_column(Integer, default=0)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by: Mapped[str] = mapped_column(String(160), default="")
    approved_by: Mapped[str] = mapped_column(String(160), default="")
    counted_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    closing_count: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    expected_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    over_short_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    pending_events: Mapped[int] = mapped_column(Integer, default=0)
    z_report: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    __table_args__ = (Index("ix_shifts_till_status", "till_code", "status"),)


class CashMovement(Base):
    """Paid in, paid out and safe drops during a shift (with a reason)."""

    __tablename__ = "cash_movements"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    shift_id: Mapped[str] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # pay_in | pay_out | safe_drop
    amount_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    reason: Mapped[str] = mapped_column(String(200), default="")
    staff: Mapped[str] = mapped_column(String(160), default="")
    approved_by: Mapped[str] = mapped_column(String(160), default="")
    occurred_at: Mapped[datetime]
    event_id: Mapped[str] = mapped_column(String(36))
    __table_args__ = (UniqueConstraint("event_id", name="uq_cash_movements_event_id"),)
