"""The till's local store: SQLAlchemy 2 typed models.

Money columns are integer minor units (``*_minor``); quantities and rates are
decimal strings, so nothing passes through a float. Every business row
written on the till carries a client-generated UUID (text, 36 chars).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from omnipos.sqltypes import NAMING_CONVENTION, UTCDateTime


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, datetime: UTCDateTime}


class Setting(Base):
    """Store identity, policy and device settings, one JSON value per key."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Counter(Base):
    """Gapless sequences (receipt numbers, outbox device_seq), bumped in the business txn."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class TaxClass(Base):
    __tablename__ = "tax_classes"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    rate: Mapped[str] = mapped_column(String(20))  # decimal string "0.0825"
    name: Mapped[str] = mapped_column(String(80), default="")


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    sold_by: Mapped[str] = mapped_column(String(10), default="unit")  # unit | weight
    tax_class: Mapped[str] = mapped_column(String(40))
    # Current price, denormalised from `prices` for the scan path; `prices` keeps history.
    price_minor: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime | None] = mapped_column(default=None)

    barcodes: Mapped[list[Barcode]] = relationship(back_populates="product")


class Barcode(Base):
    __tablename__ = "barcodes"
    gtin: Mapped[str] = mapped_column(String(14), primary_key=True)  # normalised GTIN-14
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    product: Mapped[Product] = relationship(back_populates="barcodes")


class Price(Base):
    """Effective-dated price history; the product row holds the price in force."""

    __tablename__ = "prices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    price_minor: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[datetime]
    __table_args__ = (Index("ix_prices_product_from", "product_id", "effective_from"),)


class Sale(Base):
    __tablename__ = "sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    receipt_seq: Mapped[int] = mapped_column(Integer, unique=True)
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    cashier: Mapped[str] = mapped_column(String(80), default="")
    status: Mapped[str] = mapped_column(String(12), default="completed")  # completed | voided
    currency: Mapped[str] = mapped_column(String(3))
    prices: Mapped[str] = mapped_column(String(10))  # exclusive | inclusive
    subtotal_minor: Mapped[int] = mapped_column(Integer)
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer)
    total_minor: Mapped[int] = mapped_column(Integer)
    rounding_minor: Mapped[int] = mapped_column(Integer, default=0)
    change_minor: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime]
    shift_id: Mapped[str | None] = mapped_column(String(36), default=None)

    lines: Mapped[list[SaleLine]] = relationship(
        back_populates="sale", order_by="SaleLine.line_no", cascade="all, delete-orphan"
    )
    tenders: Mapped[list[SaleTender]] = relationship(
        back_populates="sale", order_by="SaleTender.idx", cascade="all, delete-orphan"
    )
    taxes: Mapped[list[SaleTax]] = relationship(
        back_populates="sale", order_by="SaleTax.tax_class", cascade="all, delete-orphan"
    )


class SaleLine(Base):
    __tablename__ = "sale_lines"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int | None] = mapped_column(Integer, default=None)
    sku: Mapped[str] = mapped_column(String(64))
    gtin: Mapped[str] = mapped_column(String(14), default="")
    name: Mapped[str] = mapped_column(String(200))
    sold_by: Mapped[str] = mapped_column(String(10), default="unit")
    qty: Mapped[str] = mapped_column(String(20))  # decimal string
    unit_price_minor: Mapped[int] = mapped_column(Integer)
    original_price_minor: Mapped[int | None] = mapped_column(Integer, default=None)
    override_reason: Mapped[str] = mapped_column(String(200), default="")
    discount_minor: Mapped[int] = mapped_column(Integer, default=0)
    total_minor: Mapped[int] = mapped_column(Integer)
    tax_class: Mapped[str] = mapped_column(String(40))
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)
    sale: Mapped[Sale] = relationship(back_populates="lines")


class SaleTender(Base):
    __tablename__ = "sale_tenders"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # cash | card
    amount_minor: Mapped[int] = mapped_column(Integer)
    tendered_minor: Mapped[int] = mapped_column(Integer, default=0)
    change_minor: Mapped[int] = mapped_column(Integer, default=0)
    approval_code: Mapped[str] = mapped_column(String(40), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    sale: Mapped[Sale] = relationship(back_populates="tenders")


class SaleTax(Base):
    __tablename__ = "sale_taxes"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    tax_class: Mapped[str] = mapped_column(String(40), primary_key=True)
    rate: Mapped[str] = mapped_column(String(20))
    base_minor: Mapped[int] = mapped_column(Integer)
    tax_minor: Mapped[int] = mapped_column(Integer)
    sale: Mapped[Sale] = relationship(back_populates="taxes")


class StockDelta(Base):
    """The stock ledger: signed deltas keyed by (event id, line); levels are sums."""

    __tablename__ = "stock_deltas"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    line: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), index=True)
    delta: Mapped[str] = mapped_column(String(20))  # decimal string, negative for a sale
    reason: Mapped[str] = mapped_column(String(20))  # sale | return | adjust | count ...
    occurred_at: Mapped[datetime]


class OutboxEvent(Base):
    """Events to push to the hub, written in the same transaction as the business change."""

    __tablename__ = "outbox"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, unique=True)
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    occurred_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    # pending | acked | quarantined
    result: Mapped[str] = mapped_column(String(12), default="")  # applied|duplicate|rejected|invalid
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    acked_at: Mapped[datetime | None] = mapped_column(default=None)


class JournalEntry(Base):
    """Electronic journal; each entry carries the SHA-256 of the previous one."""

    __tablename__ = "journal"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[str] = mapped_column(String(36), unique=True)
    occurred_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ParkedSale(Base):
    __tablename__ = "parked_sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")
    cart: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncState(Base):
    """Cursors, epoch and hub acknowledgements, one JSON value per key."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


__all__ = [
    "Barcode",
    "Base",
    "Counter",
    "JournalEntry",
    "OutboxEvent",
    "ParkedSale",
    "Price",
    "Product",
    "Sale",
    "SaleLine",
    "SaleTax",
    "SaleTender",
    "Setting",
    "StockDelta",
    "SyncState",
    "TaxClass",
]
