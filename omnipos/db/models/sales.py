"""Completed sales with their lines, tenders and taxes; parked (unpaid) carts; the open sale.

A sale is written once and never changed, on the till's hot write path: ``complete_sale``
builds its rows as plain values (``NewSale`` and its lines, tenders and taxes, one field per
column) that ``db/rows.insert_rows`` inserts on the driver, and builds the receipt and the
event from the same values; an ORM object costs more to build than SQLite takes to insert
it. Reads (reports, reprints, voids) load ``Sale``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omnipos.db.models.base import Base

__all__ = ["NewSale", "NewSaleLine", "NewSaleTax", "NewSaleTender", "OpenSale", "ParkedSale",
           "Sale", "SaleLine", "SaleTax", "SaleTender"]


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
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None)  # the directory's

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
    kind: Mapped[str] = mapped_column(String(12))  # domain.tenders.TenderKind
    amount_minor: Mapped[int] = mapped_column(Integer)
    tendered_minor: Mapped[int] = mapped_column(Integer, default=0)
    change_minor: Mapped[int] = mapped_column(Integer, default=0)
    approval_code: Mapped[str] = mapped_column(String(40), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None)  # store credit
    sale: Mapped[Sale] = relationship(back_populates="tenders")


class SaleTax(Base):
    __tablename__ = "sale_taxes"
    sale_id: Mapped[str] = mapped_column(ForeignKey("sales.id"), primary_key=True)
    tax_class: Mapped[str] = mapped_column(String(40), primary_key=True)
    rate: Mapped[str] = mapped_column(String(20))
    base_minor: Mapped[int] = mapped_column(Integer)
    tax_minor: Mapped[int] = mapped_column(Integer)
    sale: Mapped[Sale] = relationship(back_populates="taxes")


@dataclass(frozen=True, slots=True)
class NewSaleLine:
    """The values of a ``sale_lines`` row being inserted (see the module's docstring)."""

    __table__: ClassVar[Table] = SaleLine.__table__
    sale_id: str
    line_no: int
    product_id: int | None
    sku: str
    gtin: str
    name: str
    sold_by: str
    qty: str
    unit_price_minor: int
    original_price_minor: int | None
    override_reason: str
    discount_minor: int
    total_minor: int
    tax_class: str
    tax_minor: int


@dataclass(frozen=True, slots=True)
class NewSaleTender:
    """The values of a ``sale_tenders`` row being inserted."""

    __table__: ClassVar[Table] = SaleTender.__table__
    sale_id: str
    idx: int
    kind: str
    amount_minor: int
    tendered_minor: int
    change_minor: int
    approval_code: str
    card_last4: str
    customer_id: str | None


@dataclass(frozen=True, slots=True)
class NewSaleTax:
    """The values of a ``sale_taxes`` row being inserted."""

    __table__: ClassVar[Table] = SaleTax.__table__
    sale_id: str
    tax_class: str
    rate: str
    base_minor: int
    tax_minor: int


@dataclass(frozen=True, slots=True)
class NewSale:
    """The values of a ``sales`` row being inserted, with its lines, tenders and taxes."""

    __table__: ClassVar[Table] = Sale.__table__
    id: str
    receipt_no: str
    receipt_seq: int
    store_code: str
    till_code: str
    cashier: str
    status: str
    currency: str
    prices: str
    subtotal_minor: int
    discount_minor: int
    tax_minor: int
    total_minor: int
    rounding_minor: int
    change_minor: int
    created_at: datetime
    shift_id: str | None
    customer_id: str | None
    lines: tuple[NewSaleLine, ...]
    tenders: tuple[NewSaleTender, ...]
    taxes: tuple[NewSaleTax, ...]


class ParkedSale(Base):
    __tablename__ = "parked_sales"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(80), default="")
    created_at: Mapped[datetime]
    cashier: Mapped[str] = mapped_column(String(80), default="")
    cart: Mapped[dict[str, Any]] = mapped_column(JSON)


class OpenSale(Base):
    """The sale being rung up on a till, stored as it changes (it survives a crash)."""

    __tablename__ = "open_sales"
    till_code: Mapped[str] = mapped_column(String(20), primary_key=True)  # one per till
    cart_id: Mapped[str] = mapped_column(String(36))
    started_by: Mapped[str] = mapped_column(String(160), default="")
    started_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    cart: Mapped[dict[str, Any]] = mapped_column(JSON)  # domain.cart.Cart.to_dict()
    tenders: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # Tender.to_dict() each
