"""The store's quick keys as this till has them (from the hub's feed, or edited here)."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["QuickKeyRow"]


class QuickKeyRow(Base):
    __tablename__ = "quick_keys"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # 1 … SLOTS
    sku: Mapped[str] = mapped_column(String(64))
    label: Mapped[str] = mapped_column(String(24), default="")
