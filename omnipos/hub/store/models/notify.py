"""The notification outbox: messages to send (any kind: pickup notices, receipts...)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class OutboxMessage(HubBase):
    __tablename__ = "notify_messages"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # pickup.ready, pickup.reminder, receipt...
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10))  # notify.outbox.MessageStatus
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    next_attempt_at: Mapped[datetime]
    order_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    #: One message per key (a ready notice per fulfilment version...); None: no such rule.
    dedupe_key: Mapped[str | None] = mapped_column(String(120), unique=True, default=None)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (Index("ix_notify_messages_status_next", "status", "next_attempt_at"),)


class OutboxAttachment(HubBase):
    __tablename__ = "notify_attachments"
    message_id: Mapped[str] = mapped_column(
        ForeignKey("notify_messages.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    filename: Mapped[str] = mapped_column(String(120))
    content_type: Mapped[str] = mapped_column(String(80))
    data: Mapped[bytes] = mapped_column(LargeBinary)
