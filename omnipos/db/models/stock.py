"""The till's stock: the hub's levels as of the feed cursor, and the till's own movements.

A movement is a signed quantity keyed by (event id, line), with the moment it
happened and the bucket it moved in; a level is a sum. Counts (an absolute
observation at a moment) anchor on those moments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from sqlalchemy import Index, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base
from omnipos.domain.stock import StockBucket

__all__ = ["NewStockMovement", "StockElsewhere", "StockLevel", "StockMovement"]


class StockLevel(Base):
    """The hub's level of one SKU in one bucket for this store, as the feed last said."""

    __tablename__ = "stock_levels"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    bucket: Mapped[str] = mapped_column(String(20), primary_key=True)
    level: Mapped[str] = mapped_column(String(20))  # decimal string
    # The hub's moment for this level; None when the hub did not say (or carried over
    # from a till before revision 0003).
    as_of: Mapped[datetime | None] = mapped_column(default=None)
    # When a count last set it (the anchor of the hub's latest count); None: never counted.
    counted_at: Mapped[datetime | None] = mapped_column(default=None)


class StockMovement(Base):
    """The till's stock ledger: signed movements keyed by (event id, line)."""

    __tablename__ = "stock_movements"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    bucket: Mapped[str] = mapped_column(String(20), default=StockBucket.SELLABLE.value)
    delta: Mapped[str] = mapped_column(String(20))  # decimal string, negative for a sale
    reason: Mapped[str] = mapped_column(String(20))  # sale | return | adjust | count ...
    occurred_at: Mapped[datetime]
    __table_args__ = (Index("ix_stock_movements_sku_bucket", "sku", "bucket"),)


@dataclass(frozen=True, slots=True)
class NewStockMovement:
    """The values of a movement being inserted on the driver (a sale's: see models/sales.py)."""

    __table__: ClassVar[Table] = StockMovement.__table__
    event_id: str
    line: int
    sku: str
    bucket: str
    delta: str
    reason: str
    occurred_at: datetime


class StockElsewhere(Base):
    """What another store has available of one SKU, as of the hub's moment (look-ups)."""

    __tablename__ = "stock_elsewhere"
    store: Mapped[str] = mapped_column(String(20), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    available: Mapped[str] = mapped_column(String(20))  # decimal string
    as_of: Mapped[datetime]
    __table_args__ = (Index("ix_stock_elsewhere_sku", "sku"),)

