"""Stock counts at the till: the sessions (from the hub's feed or started here), the area
this till counts of each, the counted lines, and every scan.

Each scan is a row of ``count_scans`` committed with its line's new total in
``count_lines`` before the screen shows it, so a crash or a closed window
loses nothing. A scan whose code matched no item keeps ``sku`` empty until a
person matches it (never dropped).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["CountArea", "CountLine", "CountScan", "CountSession"]


class CountSession(Base):
    """A count session of this store (``origin``: the hub's feed, or started at this till)."""

    __tablename__ = "count_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(8))  # hub | till
    kind: Mapped[str] = mapped_column(String(8))  # domain.counts.CountKind
    title: Mapped[str] = mapped_column(String(120), default="")
    skus: Mapped[list[str]] = mapped_column(JSON, default=list)
    category: Mapped[str] = mapped_column(String(80), default="")
    location: Mapped[str] = mapped_column(String(80), default="")
    due: Mapped[datetime | None] = mapped_column(default=None)
    show_expected_to: Mapped[list[str]] = mapped_column(JSON, default=list)  # roles; []: blind
    state: Mapped[str] = mapped_column(String(12))  # domain.counts.CountState, as the hub says
    areas_submitted: Mapped[list[str]] = mapped_column(JSON, default=list)  # by any till
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CountArea(Base):
    """The area this till counts of a session ("" for the whole store)."""

    __tablename__ = "count_areas"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    state: Mapped[str] = mapped_column(String(12))  # domain.counts.AreaState
    opened_at: Mapped[datetime]
    closed_at: Mapped[datetime | None] = mapped_column(default=None)  # review opened
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    counted_by: Mapped[str] = mapped_column(String(160), default="")
    approved_by: Mapped[str] = mapped_column(String(160), default="")
    # Kept in step by every scan, so showing progress never counts 50,000 lines.
    items: Mapped[int] = mapped_column(Integer, default=0)  # items counted at least once
    unknown: Mapped[int] = mapped_column(Integer, default=0)  # unmatched codes
    expected_items: Mapped[int | None] = mapped_column(Integer, default=None)  # the scope's


class CountLine(Base):
    """What this till counted of one item in one area, and when it last counted it."""

    __tablename__ = "count_lines"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    counted: Mapped[str] = mapped_column(String(20), default="0")  # decimal string
    counted_at: Mapped[datetime | None] = mapped_column(default=None)  # None: not counted yet
    scans: Mapped[int] = mapped_column(Integer, default=0)
    recount: Mapped[bool] = mapped_column(Boolean, default=False)  # being counted again
    recounted: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str | None] = mapped_column(String(12), default=None)  # VarianceReason


class CountScan(Base):
    """Every scan or typed quantity of a count, in order (an audit of how the count came)."""

    __tablename__ = "count_scans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(String(36))
    area: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(64))  # as scanned or typed
    sku: Mapped[str | None] = mapped_column(String(64), default=None)  # None: unknown code
    qty: Mapped[str] = mapped_column(String(20))
    mode: Mapped[str] = mapped_column(String(4))  # domain.counts.ScanMode
    scanned_at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(160), default="")
    matched_at: Mapped[datetime | None] = mapped_column(default=None)  # unknown, matched later
    __table_args__ = (Index("ix_count_scans_session_area_code", "session_id", "area", "code"),)
