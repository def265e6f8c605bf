"""The till's sync bookkeeping (cursor, epoch, last sync), one JSON value per key."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["SyncState"]


class SyncState(Base):
    """Cursors, epoch and hub acknowledgements, one JSON value per key."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
