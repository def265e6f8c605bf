"""The outbox: events written in the business transaction, pushed to the hub later."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.db.counters import DEVICE_SEQ_COUNTER, next_value
from omnipos.db.models import OutboxEvent
from omnipos.db.rows import insert_rows
from omnipos.domain import events

__all__ = ["count_pending", "enqueue_event"]


def enqueue_event(
    session: Session,
    event_type: str,
    payload: dict[str, Any],
    occurred_at: datetime,
    *,
    event_id: str | None = None,
) -> OutboxEvent:
    """Write an outbox event with the next gapless device sequence number.

    Call it in the transaction of the business change, so both commit or neither.
    """
    event = OutboxEvent(
        event_id=event_id or str(uuid.uuid4()),
        device_seq=next_value(session, DEVICE_SEQ_COUNTER),
        type=event_type,
        schema_version=events.SCHEMA_VERSION,
        occurred_at=occurred_at,
        payload=payload,
        status="pending",
        result="",
        error="",
        attempts=0,
        acked_at=None,
    )
    insert_rows(session, [event])
    return event


def count_pending(session: Session, *, after_seq: int = 0) -> int:
    """Events not yet acknowledged by the hub, of those after device sequence ``after_seq``."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboxEvent)
            .where(OutboxEvent.status == "pending", OutboxEvent.device_seq > after_seq)
        )
        or 0
    )
