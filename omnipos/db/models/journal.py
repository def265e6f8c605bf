"""The hash-chained electronic journal."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Integer, String, Table
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["JournalEntry", "NewJournalEntry"]


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


@dataclass(frozen=True, slots=True)
class NewJournalEntry:
    """The values of an entry being appended on the driver (no ORM object: see db/rows.py)."""

    __table__: ClassVar[Table] = JournalEntry.__table__
    seq: int
    entry_id: str
    occurred_at: datetime
    kind: str
    actor: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str
