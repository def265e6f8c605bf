"""The reservation ledger: append-only; a reservation is closed at most once.

A ``reserve`` (or ``hold``) row opens a reservation with a positive quantity;
its compensation (``release`` or ``convert``) is a row with the negative
quantity whose ``closes`` names it. ``closes`` is unique, so a compensation
applied twice hits the constraint instead of counting twice.
``stock_levels.reserved_milli`` is the running sum, kept in the same
transaction.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class ReservationEntry(HubBase):
    __tablename__ = "reservations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reservation_id: Mapped[str] = mapped_column(String(36), index=True)
    #: On a compensation: the reservation it closes (unique: applied once).
    closes: Mapped[str | None] = mapped_column(String(36), unique=True, default=None)
    kind: Mapped[str] = mapped_column(String(10))  # reserve | hold | release | convert
    node_code: Mapped[str] = mapped_column(String(20))
    sku: Mapped[str] = mapped_column(String(64))
    delta_milli: Mapped[int] = mapped_column(BigInteger)
    fulfilment_id: Mapped[str | None] = mapped_column(String(36), default=None)
    line_no: Mapped[int | None] = mapped_column(Integer, default=None)
    reason: Mapped[str] = mapped_column(String(60), default="")
    at: Mapped[datetime]
    __table_args__ = (Index("ix_reservations_fulfilment", "fulfilment_id"),)
