"""Rows every sensitive use case writes inside its own transaction.

Counters (gapless receipt numbers and device sequence), the hash-chained
journal and the outbox. They take the caller's session so that the business
rows, the journal entry and the outbox event commit together or not at all.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from omnipos.db.models import Counter, JournalEntry, OutboxEvent
from omnipos.domain import events
from omnipos.domain.journal import GENESIS_HASH, canonical, chain_hash, entry_body

RECEIPT_COUNTER = "receipt"
DEVICE_SEQ_COUNTER = "device_seq"


def next_value(session: Session, name: str) -> int:
    """Bump and return a gapless counter; rolls back with the transaction."""
    value = session.execute(
        update(Counter).where(Counter.name == name).values(value=Counter.value + 1).returning(Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.add(Counter(name=name, value=1))
        session.flush()
        value = 1
    return int(value)


def append_journal(
    session: Session,
    kind: str,
    actor: str,
    payload: dict[str, Any],
    occurred_at: datetime,
) -> JournalEntry:
    """Append one hash-chained entry to the electronic journal."""
    last = session.execute(
        select(JournalEntry.seq, JournalEntry.hash).order_by(JournalEntry.seq.desc()).limit(1)
    ).first()
    seq = 1 if last is None else last.seq + 1
    prev = GENESIS_HASH if last is None else last.hash
    entry_id = str(uuid.uuid4())
    stamp = occurred_at.isoformat(timespec="microseconds")
    body = entry_body(seq, entry_id, stamp, kind, actor, payload)
    entry = JournalEntry(
        seq=seq,
        entry_id=entry_id,
        occurred_at=occurred_at,
        kind=kind,
        actor=actor,
        payload=payload,
        prev_hash=prev,
        hash=chain_hash(prev, canonical(body)),
    )
    session.add(entry)
    session.flush()
    return entry


def enqueue_event(
    session: Session,
    event_type: str,
    payload: dict[str, Any],
    occurred_at: datetime,
    *,
    event_id: str | None = None,
) -> OutboxEvent:
    """Write an outbox event with the next gapless device sequence number."""
    event = OutboxEvent(
        event_id=event_id or str(uuid.uuid4()),
        device_seq=next_value(session, DEVICE_SEQ_COUNTER),
        type=event_type,
        schema_version=events.SCHEMA_VERSION,
        occurred_at=occurred_at,
        payload=payload,
        status="pending",
    )
    session.add(event)
    session.flush()
    return event
