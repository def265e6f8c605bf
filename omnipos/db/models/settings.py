"""Store identity, policy and device settings; the gapless counters."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["Counter", "Setting"]


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
