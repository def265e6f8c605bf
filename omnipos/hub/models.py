"""The hub's own tables (SQLAlchemy 2 typed models).

Money is integer minor units; stock quantities are stored as integer
thousandths (``*_milli``) so that sums are exact on SQLite and PostgreSQL
alike, and travel as decimal strings on the wire.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from omnipos.sqltypes import NAMING_CONVENTION, UTCDateTime


class HubBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: UTCDateTime}


class FeedState(HubBase):
    """One row: the last change sequence handed out, the compaction horizon, the feed's id."""

    __tablename__ = "feed_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    horizon: Mapped[int] = mapped_column(BigInteger, default=0)
    feed_id: Mapped[str] = mapped_column(String(36))


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
    created_at: Mapped[datetime]


class EnrollmentCode(HubBase):
    """One-time, short-lived codes; only a hash is kept."""

    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("stores.code"))
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None] = mapped_column(default=None)
    device_id: Mapped[str | None] = mapped_column(String(36), default=None)


class Device(HubBase):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    store_code: Mapped[str] = mapped_column(ForeignKey("stores.code"), index=True)
    till_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (UniqueConstraint("store_code", "till_code", name="uq_devices_store_till"),)


class EventRecord(HubBase):
    """Every event the hub acknowledged, kept forever; unique on event id."""

    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12))  # applied | rejected
    error: Mapped[str | None] = mapped_column(Text, default=None)
    current_state: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    __table_args__ = (
        UniqueConstraint("device_id", "epoch", "device_seq", name="uq_events_device_epoch_seq"),
    )


class QuarantinedEvent(HubBase):
    """Events the hub found invalid: kept for central inspection, never applied."""

    __tablename__ = "quarantine"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(36), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    epoch: Mapped[int] = mapped_column(Integer)
    device_seq: Mapped[int] = mapped_column(BigInteger)
    type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    error: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]


class Product(HubBase):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    sold_by: Mapped[str] = mapped_column(String(10), default="unit")
    tax_class: Mapped[str] = mapped_column(String(40))
    price_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    gtins: Mapped[str] = mapped_column(Text, default="")  # normalised GTIN-14s joined by "|"
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]


class Barcode(HubBase):
    __tablename__ = "barcodes"
    gtin: Mapped[str] = mapped_column(String(14), primary_key=True)
    sku: Mapped[str] = mapped_column(ForeignKey("products.sku", ondelete="CASCADE"), index=True)


class SaleRecord(HubBase):
    """A sale as the till sent it: totals recorded as sent."""

    __tablename__ = "sales"
    sale_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    receipt_no: Mapped[str] = mapped_column(String(40), index=True)
    receipt_seq: Mapped[int] = mapped_column(BigInteger, default=0)  # numeric suffix
    currency: Mapped[str] = mapped_column(String(3))
    subtotal_minor: Mapped[int] = mapped_column(BigInteger)
    discount_minor: Mapped[int] = mapped_column(BigInteger)
    tax_minor: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    #: Tax recomputed by the hub with the shared engine; None when it could not.
    hub_tax_minor: Mapped[int | None] = mapped_column(BigInteger, default=None)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (
        Index("ix_sales_store_created", "store_code", "created_at"),
        Index("ix_sales_device_receipt_seq", "device_id", "receipt_seq"),
    )


class StockEntry(HubBase):
    """The stock ledger: signed deltas keyed by (event id, line)."""

    __tablename__ = "stock_ledger"
    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_code: Mapped[str] = mapped_column(String(20))
    sku: Mapped[str] = mapped_column(String(64))
    delta_milli: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(20))
    recorded_at: Mapped[datetime]
    __table_args__ = (Index("ix_stock_ledger_store_sku", "store_code", "sku"),)


class StockLevel(HubBase):
    """Running sum of the ledger per (store, sku), kept in the same transaction."""

    __tablename__ = "stock_levels"
    store_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), primary_key=True)
    level_milli: Mapped[int] = mapped_column(BigInteger, default=0)


class FeedChange(HubBase):
    """The pull feed: ordered by a server sequence, never by a till clock."""

    __tablename__ = "feed_changes"
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(100))
    store_code: Mapped[str | None] = mapped_column(String(20), default=None)  # None: every store
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    __table_args__ = (Index("ix_feed_changes_kind_key", "kind", "key"),)
