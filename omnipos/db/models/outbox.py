"""The outbox: events waiting to be pushed to the hub (``omnipos.sync.outbox`` writes it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["NewOutboxEvent", "OutboxEvent"]


class OutboxEvent(Base):
    """Events to push to the hub, written in the same transaction as the business change."""

    __tablename__ = "outbox"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_seq: Mapped[int] = mapped_column(Integer, unique=True)
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    occurred_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    # An omnipos.sync.outbox.OutboxStatus; the hub's answer (a wire ResultStatus) in ``result``.
    status: Mapped[str] = mapped_column(String(12), index=True)
    result: Mapped[str] = mapped_column(String(12), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Set when, and only when, the hub acknowledged the event (the till's stock level uses it).
    acked_at: Mapped[datetime | None] = mapped_column(default=None)


@dataclass(frozen=True, slots=True)
class NewOutboxEvent:
    """The values of an event being inserted on the driver (no ORM object: see db/rows.py)."""

    __table__: ClassVar[Table] = OutboxEvent.__table__
    event_id: str
    device_seq: int
    type: str
    schema_version: int
    occurred_at: datetime
    payload: dict[str, Any]
    status: str
    result: str = ""
    error: str = ""
    attempts: int = 0
    acked_at: datetime | None = None
