"""The catalog: products, their barcodes and price history, and tax classes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omnipos.db.models.base import Base

__all__ = ["Barcode", "CatalogWord", "Price", "Product", "TaxClass"]


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
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True)
    product: Mapped[Product] = relationship(back_populates="barcodes")


class Price(Base):
    """Effective-dated price history; the product row holds the price in force."""

    __tablename__ = "prices"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    price_minor: Mapped[int] = mapped_column(Integer)
    effective_from: Mapped[datetime]
    __table_args__ = (Index("ix_prices_product_from", "product_id", "effective_from"),)


class CatalogWord(Base):
    """A word of letters in the catalog's names, brands and SKUs, as the search index
    folds it: the words a typing slip is guessed from (db/catalog.py keeps them in step
    and reads only the rows added since it last looked). Rows are only added: a word no
    product has any more costs a guess that finds nothing."""

    __tablename__ = "catalog_words"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(String(200), unique=True)
