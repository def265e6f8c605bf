"""The till's stock ledger."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["StockDelta"]


class StockDelta(Base):
    """The stock ledger: signed deltas keyed by (event id, line); levels are sums."""

    __tablename__ = "stock_deltas"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    delta: Mapped[str] = mapped_column(String(20))  # decimal string, negative for a sale
    reason: Mapped[str] = mapped_column(String(20))  # sale | return | adjust | count ...
    occurred_at: Mapped[datetime]
