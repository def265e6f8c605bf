"""Stock counts at the hub: sessions, each till's areas and lines, and the merged result
per item that set on hand by the anchored rule (``omnipos.domain.counts``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class CountSessionRecord(HubBase):
    """A count session for one store: what to count, when it is due, who sees expected."""

    __tablename__ = "count_sessions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    store_code: Mapped[str] = mapped_column(String(20), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # domain.counts.CountKind
    title: Mapped[str] = mapped_column(String(120), default="")
    skus: Mapped[list[str]] = mapped_column(JSON, default=list)
    category: Mapped[str] = mapped_column(String(80), default="")
    location: Mapped[str] = mapped_column(String(80), default="")
    due: Mapped[datetime | None] = mapped_column(default=None)
    #: Roles that see expected quantities while counting; empty: a blind count.
    show_expected_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    state: Mapped[str] = mapped_column(String(12))  # domain.counts.CountState
    origin: Mapped[str] = mapped_column(String(40), default="hub")  # hub, or the till's device
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CountAreaRecord(HubBase):
    """One till's area of a session, as submitted (all its parts, once they are in)."""

    __tablename__ = "count_areas"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    till_code: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    started_at: Mapped[datetime]
    closed_at: Mapped[datetime]
    counted_by: Mapped[str] = mapped_column(String(160), default="")
    approved_by: Mapped[str] = mapped_column(String(160), default="")
    parts: Mapped[int] = mapped_column(Integer, default=1)
    parts_in: Mapped[int] = mapped_column(Integer, default=0)
    unknown: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{code, scans}]
    submitted_at: Mapped[datetime]


class CountLineRecord(HubBase):
    """What one area counted of one item, and when (None: not found there)."""

    __tablename__ = "count_lines"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    area: Mapped[str] = mapped_column(String(40), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    counted_milli: Mapped[int] = mapped_column(BigInteger)
    counted_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_at: Mapped[datetime]
    scans: Mapped[int] = mapped_column(Integer, default=0)
    till_expected_milli: Mapped[int | None] = mapped_column(BigInteger, default=None)
    reason: Mapped[str | None] = mapped_column(String(12), default=None)
    recounted: Mapped[bool] = mapped_column(Boolean, default=False)


class CountResult(HubBase):
    """A session's merged count of one item and what it did to on hand.

    ``expected_milli`` is the level at ``anchor_at`` as the hub knows it now
    (movements from before the anchor that arrive later change it: the
    variance, not the on-hand); ``applied_milli`` sums the ledger entries the
    session wrote for the item (its correction and the compensations that keep
    on hand = counted + later movements).
    """

    __tablename__ = "count_results"
    session_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_code: Mapped[str] = mapped_column(String(20))
    counted_milli: Mapped[int] = mapped_column(BigInteger)
    anchor_at: Mapped[datetime]
    expected_milli: Mapped[int] = mapped_column(BigInteger)
    applied_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    late_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime]
    __table_args__ = (Index("ix_count_results_store_sku_anchor", "store_code", "sku", "anchor_at"),)
