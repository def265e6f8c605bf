"""The notification outbox: a message to send is a row, written in the business transaction.

Anything the hub tells a customer goes through here: a ``Message`` has a
kind, a recipient, a subject, a text body and attachments. ``enqueue`` runs
in the caller's transaction, so a notice exists exactly when the change it
announces does; a ``dedupe_key`` keeps a notice from being queued twice
(say, two "ready" mails for one pickup). A sender (``smtp.py``) takes the
due messages and marks each sent, or failed for a later try with backoff.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import OutboxAttachment, OutboxMessage

__all__ = ["Attachment", "Message", "MessageStatus", "due", "enqueue", "list_messages",
           "mark_failed", "mark_sent", "resend"]

#: Waits between tries; after the last one the message is marked failed (resend by hand).
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30),
           timedelta(hours=2), timedelta(hours=6))


class MessageStatus(StrEnum):
    PENDING = "pending"  # waiting for its next try
    SENT = "sent"
    FAILED = "failed"  # every try failed; ``omnipos-hub notify resend`` queues it again


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # e.g. image/png
    data: bytes


@dataclass(frozen=True)
class Message:
    kind: str  # pickup.ready, pickup.reminder, ... receipt
    recipient: str
    subject: str
    body: str
    attachments: Sequence[Attachment] = field(default=())
    order_id: str | None = None
    dedupe_key: str | None = None


def enqueue(session: Session, message: Message, now: datetime) -> str | None:
    """Queue ``message`` in the caller's transaction; None when its dedupe key is queued already
    or it has no recipient."""
    if not message.recipient:
        return None
    if message.dedupe_key and session.scalar(select(OutboxMessage.id).where(
            OutboxMessage.dedupe_key == message.dedupe_key)) is not None:
        return None
    mid = str(uuid.uuid4())
    session.add(OutboxMessage(
        id=mid, kind=message.kind[:40], recipient=message.recipient[:254],
        subject=message.subject[:200], body=message.body, status=MessageStatus.PENDING.value,
        attempts=0, next_attempt_at=now, order_id=message.order_id,
        dedupe_key=message.dedupe_key, created_at=now))
    session.flush()
    for i, a in enumerate(message.attachments, start=1):
        session.add(OutboxAttachment(message_id=mid, position=i, filename=a.filename[:120],
                                     content_type=a.content_type[:80], data=a.data))
    return mid


def _message(session: Session, row: OutboxMessage) -> Message:
    attachments = session.scalars(select(OutboxAttachment).where(
        OutboxAttachment.message_id == row.id).order_by(OutboxAttachment.position)).all()
    return Message(row.kind, row.recipient, row.subject, row.body,
                   tuple(Attachment(a.filename, a.content_type, a.data) for a in attachments),
                   row.order_id, row.dedupe_key)


def due(db: HubDB, now: datetime, limit: int = 50) -> list[tuple[str, Message]]:
    """Pending messages whose next try has come, oldest first."""
    with db.read() as s:
        rows = s.scalars(select(OutboxMessage).where(
            OutboxMessage.status == MessageStatus.PENDING.value,
            OutboxMessage.next_attempt_at <= now,
        ).order_by(OutboxMessage.created_at, OutboxMessage.id).limit(limit)).all()
        return [(row.id, _message(s, row)) for row in rows]


def mark_sent(db: HubDB, message_id: str, now: datetime) -> None:
    with db.transaction() as s:
        row = s.get(OutboxMessage, message_id)
        if row is not None:
            row.status, row.sent_at, row.last_error = MessageStatus.SENT.value, now, None
            row.attempts += 1


def mark_failed(db: HubDB, message_id: str, error: str, now: datetime) -> None:
    """A try failed: the next one after the backoff, or failed for good after the last."""
    with db.transaction() as s:
        row = s.get(OutboxMessage, message_id)
        if row is None:
            return
        row.attempts += 1
        row.last_error = error[:2000]
        if row.attempts > len(BACKOFF):
            row.status = MessageStatus.FAILED.value
        else:
            row.next_attempt_at = now + BACKOFF[row.attempts - 1]


def resend(db: HubDB, message_id: str, now: datetime | None = None) -> str:
    """Queue a copy of a message (sent or failed) to go out at once; returns its id."""
    now = now or datetime.now(UTC)
    with db.transaction() as s:
        row = s.get(OutboxMessage, message_id)
        if row is None:
            raise NotFoundError(f"no message {message_id}")
        message = _message(s, row)
        copy = Message(message.kind, message.recipient, message.subject, message.body,
                       message.attachments, message.order_id, None)
        mid = enqueue(s, copy, now)
        assert mid is not None
        return mid


def list_messages(db: HubDB, *, status: str | None = None, order_id: str | None = None,
                  limit: int = 200) -> list[dict[str, Any]]:
    with db.read() as s:
        stmt = select(OutboxMessage).order_by(OutboxMessage.created_at.desc()).limit(limit)
        if status:
            stmt = stmt.where(OutboxMessage.status == status)
        if order_id:
            stmt = stmt.where(OutboxMessage.order_id == order_id)
        return [{"id": m.id, "kind": m.kind, "recipient": m.recipient, "subject": m.subject,
                 "status": m.status, "attempts": m.attempts, "last_error": m.last_error,
                 "order_id": m.order_id, "created_at": m.created_at.isoformat(),
                 "sent_at": m.sent_at.isoformat() if m.sent_at else None}
                for m in s.scalars(stmt)]
