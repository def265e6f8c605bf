"""Rows every sensitive use case writes inside its own transaction.

Counters (gapless receipt numbers and device sequence), the hash-chained
journal and the outbox. They take the caller's session so that the business
rows, the journal entry and the outbox event commit together or not at all.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import DeclarativeBase, Session

from omnipos.db.models import Counter, JournalEntry, OutboxEvent
from omnipos.domain import events
from omnipos.domain.journal import GENESIS_HASH, canonical, chain_hash, entry_body

RECEIPT_COUNTER = "receipt"
DEVICE_SEQ_COUNTER = "device_seq"


def next_value(session: Session, name: str) -> int:
    """Bump and return a gapless counter; rolls back with the transaction."""
    value = session.connection().execute(
        update(Counter).where(Counter.name == name).values(value=Counter.value + 1).returning(Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.connection().execute(insert(Counter), [{"name": name, "value": 1}])
        value = 1
    return int(value)


def column_values(row: DeclarativeBase) -> dict[str, Any]:
    """A transient model object's column values, for a Core insert."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}  # type: ignore[attr-defined]


def insert_rows(session: Session, rows: list[Any]) -> None:
    """Insert transient model objects of one class with one Core executemany.

    The hot write paths use this instead of the ORM unit of work: a sale's
    rows are known in full, nothing needs identity tracking, and the flush
    machinery costs several milliseconds per sale.
    """
    if rows:
        table = rows[0].__table__
        session.connection().execute(insert(table), [column_values(r) for r in rows])


def append_journal(
    session: Session,
    kind: str,
    actor: str,
    payload: dict[str, Any],
    occurred_at: datetime,
) -> JournalEntry:
    """Append one hash-chained entry to the electronic journal."""
    last = session.connection().execute(
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
    insert_rows(session, [entry])
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
        result="",
        error="",
        attempts=0,
        acked_at=None,
    )
    insert_rows(session, [event])
    return event
