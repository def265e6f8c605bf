"""The stock ledger and the running levels kept beside it, per bucket.

Every movement is in a bucket (``omnipos.domain.stock.StockBucket``).
``stock_levels`` sums the sellable bucket, the only one that counts toward
what can be sold or promised; ``stock_bucket_levels`` sums the others
(damaged, quality control, awaiting return to the vendor).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class StockEntry(HubBase):
    """The stock ledger: signed deltas keyed by (event id, line), each in a bucket."""

    __tablename__ = "stock_ledger"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_code: Mapped[str] = mapped_column(String(20))
    sku: Mapped[str] = mapped_column(String(64))
    delta_milli: Mapped[int] = mapped_column(BigInteger)
    bucket: Mapped[str] = mapped_column(String(20), default="sellable", server_default="sellable")
    reason: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime]
    #: When it happened where it happened (a till's sale: the event's moment); counts anchor
    #: on it. Entries from before this column have their recording time.
    occurred_at: Mapped[datetime]
    __table_args__ = (Index("ix_stock_ledger_store_sku", "store_code", "sku"),
                      Index("ix_stock_ledger_store_occurred", "store_code", "occurred_at"))


class StockLevel(HubBase):
    """Running sums of the sellable bucket per (store, sku), kept in the same transaction
    as their ledgers.

    ``level_milli`` sums the stock ledger's sellable movements (on hand for sale);
    ``reserved_milli`` sums the reservation ledger. Available to promise = level -
    reserved - safety stock: damaged or held stock never counts (``StockBucketLevel``).
    """

    __tablename__ = "stock_levels"
    store_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    level_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    reserved_milli: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    #: The latest moment a count anchored this item at (None: never counted). A movement
    #: from before it that arrives later is compensated (``hub.stock.ledger``).
    anchored_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (Index("ix_stock_levels_sku", "sku"),)


class StockBucketLevel(HubBase):
    """Running sum of one bucket other than sellable per (store, sku)."""

    __tablename__ = "stock_bucket_levels"
    store_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    bucket: Mapped[str] = mapped_column(String(20), primary_key=True)
    level_milli: Mapped[int] = mapped_column(BigInteger, default=0)
