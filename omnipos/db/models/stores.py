"""The chain's other stores as the hub's feed describes them for look-ups."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["StoreDirectoryEntry"]


class StoreDirectoryEntry(Base):
    """A store of the chain: where it is and when it is open (never its taxes or prices)."""

    __tablename__ = "store_directory"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(200), default="")
    lat: Mapped[str | None] = mapped_column(String(20), default=None)
    lon: Mapped[str | None] = mapped_column(String(20), default=None)
    opening_hours: Mapped[str] = mapped_column(String(200), default="")
    timezone: Mapped[str] = mapped_column(String(60), default="UTC")
    updated_at: Mapped[datetime]
