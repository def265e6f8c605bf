"""The catalog: products and their barcodes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


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
