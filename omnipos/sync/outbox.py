"""The outbox: events written in the business transaction, pushed to the hub later.

This module is the only place that knows an outbox row's status values
(``OutboxStatus``): what writes events, what pushes them and records the
hub's answers, and what lists or counts them for people all go through it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from omnipos.db.counters import DEVICE_SEQ_COUNTER, next_value
from omnipos.db.engine import Database
from omnipos.db.models import NewOutboxEvent, OutboxEvent
from omnipos.db.rows import insert_rows, run_driver
from omnipos.db.settings import get_setting
from omnipos.sqltypes import UTCDateTime

if TYPE_CHECKING:  # pydantic models: the till's first window is shown without them
    from omnipos.sync.events import EventPayload
    from omnipos.sync.wire import EventResult

__all__ = [
    "DEFAULT_KEEP_DAYS",
    "KEEP_DAYS_SETTING",
    "OutboxRow",
    "OutboxStatus",
    "count_pending",
    "enqueue",
    "keep_days",
    "outbox_depth",
    "pending_rows",
    "prune_acknowledged",
    "quarantine",
    "quarantined",
    "record_results",
    "resend_range",
    "retry_quarantined",
    "unacknowledged_payloads",
]

log = logging.getLogger(__name__)


class OutboxStatus(StrEnum):
    """Where an outbox event stands."""

    #: Not yet acknowledged by the hub (maybe sent, but no answer in hand): it will be pushed.
    PENDING = "pending"
    #: The hub answered applied, duplicate or rejected: done (kept until pruned).
    ACKED = "acked"
    #: The hub (or the till) found it malformed: it waits for a person to retry it.
    QUARANTINED = "quarantined"


@dataclass(frozen=True)
class OutboxRow:
    """What pushing needs of one waiting event."""

    event_id: str
    type: str
    schema_version: int
    device_seq: int
    occurred_at: datetime
    payload: dict[str, Any]


def enqueue(
    session: Session,
    payload: EventPayload,
    occurred_at: datetime,
    *,
    event_id: str | None = None,
) -> NewOutboxEvent:
    """Write the event of ``payload`` (built through its model) with the next device sequence.

    Call it in the transaction of the business change, so both commit or neither.
    """
    from omnipos.sync.events import SCHEMA_VERSION  # loaded already with the payload's model

    event = NewOutboxEvent(
        event_id=event_id or str(uuid.uuid4()),
        device_seq=next_value(session, DEVICE_SEQ_COUNTER),
        type=payload.event_type.value,
        schema_version=SCHEMA_VERSION,
        occurred_at=occurred_at,
        payload=payload.model_dump(mode="json"),
        status=OutboxStatus.PENDING,
    )
    insert_rows(session, [event])
    return event


# -- pushing ------------------------------------------------------------------


def pending_rows(session: Session, limit: int) -> list[OutboxRow]:
    """The next ``limit`` waiting events, in device order."""
    rows = session.execute(
        select(
            OutboxEvent.event_id,
            OutboxEvent.type,
            OutboxEvent.schema_version,
            OutboxEvent.device_seq,
            OutboxEvent.occurred_at,
            OutboxEvent.payload,
        )
        .where(OutboxEvent.status == OutboxStatus.PENDING)
        .order_by(OutboxEvent.device_seq)
        .limit(limit)
    ).all()
    return [OutboxRow(*r) for r in rows]


def unacknowledged_payloads(session: Session, event_type: str) -> list[dict[str, Any]]:
    """Payloads of ``event_type`` the hub has not acknowledged yet (waiting or quarantined):
    what this till did that the hub's figures do not include."""
    return list(session.scalars(
        select(OutboxEvent.payload)
        .where(OutboxEvent.type == event_type, OutboxEvent.status != OutboxStatus.ACKED)
        .order_by(OutboxEvent.device_seq)
    ))


def quarantine(session: Session, event_id: str, error: str) -> None:
    """Set aside an event the till itself cannot send (the queue goes on without it)."""
    session.execute(
        update(OutboxEvent)
        .where(OutboxEvent.event_id == event_id)
        .values(
            status=OutboxStatus.QUARANTINED,
            result="invalid",
            error=error[:2000],
            attempts=OutboxEvent.attempts + 1,
        )
    )
    log.warning("outbox event %s quarantined: %s", event_id, error)


_OUTBOX = cast(Table, OutboxEvent.__table__)
# One statement for the hub's whole answer (executemany), built once.
_RECORD = (
    update(_OUTBOX)
    .where(_OUTBOX.c.event_id == bindparam("b_id"))
    .values(
        status=bindparam("b_status"),
        result=bindparam("b_result"),
        error=bindparam("b_error"),
        acked_at=bindparam("b_acked"),
        attempts=_OUTBOX.c.attempts + 1,
    )
)


def record_results(session: Session, results: Sequence[EventResult], now: datetime) -> None:
    """Record the hub's answer per event: invalid ones are quarantined, the rest acknowledged."""
    params: list[dict[str, Any]] = []
    for res in results:
        error = res.error or ""
        if res.status == "invalid":
            status, acked_at = OutboxStatus.QUARANTINED, None
            log.warning("event %s quarantined by the hub: %s", res.event_id, res.error)
        else:
            status, acked_at = OutboxStatus.ACKED, now
            if res.status == "rejected" and res.current_state is not None:
                error = f"{error} {res.current_state}".strip()
        params.append(
            {
                "b_id": str(res.event_id),
                "b_status": status.value,
                "b_result": res.status,
                "b_error": error[:2000],
                "b_acked": acked_at,
            }
        )
    if params:
        session.connection().execute(_RECORD, params)


def resend_range(session: Session, first: int, last: int) -> tuple[int, int]:
    """The hub is missing events ``first``..``last``: queue again what the till holds of them.

    Returns (events the till holds in the range, of which put back in the queue):
    acknowledged ones go back (the hub lost them: a resend is harmless), waiting
    ones are on their way, quarantined ones wait for a person.
    """
    in_range = OutboxEvent.device_seq.between(first, last)
    held = int(session.scalar(select(func.count()).select_from(OutboxEvent).where(in_range)) or 0)
    if not held:
        return 0, 0
    result = session.execute(
        update(OutboxEvent)
        .where(in_range, OutboxEvent.status == OutboxStatus.ACKED)
        .values(status=OutboxStatus.PENDING, result="", acked_at=None)
    )
    again = int(result.rowcount or 0)  # type: ignore[attr-defined]
    if again:
        log.warning("the hub is missing events %s-%s: %s sent again", first, last, again)
    return held, again


# -- pruning ------------------------------------------------------------------

#: Days an acknowledged event stays in the outbox after the hub acknowledged it. The
#: outbox is only the way to the hub: the journal keeps every sale forever, and a busy
#: till would otherwise carry every event it ever sent (500,000 sales a year).
KEEP_DAYS_SETTING = "sync.outbox_keep_days"
DEFAULT_KEEP_DAYS = 30
PRUNE_CHUNK = 5000  # rows per transaction: the till's one writer is never held for long

_PRUNE = (
    "DELETE FROM outbox WHERE rowid IN (SELECT rowid FROM outbox"
    " WHERE status = ? AND acked_at < ? LIMIT ?) RETURNING 1"
)


def keep_days(db: Database) -> int:
    """The ``sync.outbox_keep_days`` setting (a bad value: the default, and a warning)."""
    with db.read() as s:
        value = get_setting(s, KEEP_DAYS_SETTING, DEFAULT_KEEP_DAYS)
    try:
        days = int(value)
    except (TypeError, ValueError):
        days = -1
    if days < 0:
        log.warning("ignoring %s=%r (not a number of days); keeping %s days",
                    KEEP_DAYS_SETTING, value, DEFAULT_KEEP_DAYS)
        return DEFAULT_KEEP_DAYS
    return days


def prune_acknowledged(db: Database, now: datetime, days: int) -> int:
    """Delete the events the hub acknowledged more than ``days`` ago; how many went.

    Waiting and quarantined events stay whatever their age, and so does the device
    sequence counter (the handshake reads it when the newest rows are gone).
    """
    cutoff = UTCDateTime().process_bind_param(now - timedelta(days=days), None)
    removed = 0
    while True:
        with db.transaction() as s:
            done = run_driver(s, _PRUNE, (OutboxStatus.ACKED.value, cutoff, PRUNE_CHUNK))
        removed += len(done)
        if len(done) < PRUNE_CHUNK:
            break
    if removed:
        log.info("outbox: %s acknowledged events older than %s days pruned", removed, days)
    return removed


# -- counting and listing -------------------------------------------------------


def count_pending(session: Session, *, after_seq: int = 0) -> int:
    """Events not yet acknowledged by the hub, of those after device sequence ``after_seq``."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(OutboxEvent)
            .where(OutboxEvent.status == OutboxStatus.PENDING, OutboxEvent.device_seq > after_seq)
        )
        or 0
    )


def outbox_depth(db: Database) -> int:
    """How many events wait to be pushed."""
    with db.read() as s:
        return count_pending(s)


def quarantined(db: Database) -> list[dict[str, object]]:
    """Events the hub (or the till) quarantined, for ``omnipos status --quarantined``."""
    with db.read() as s:
        rows = s.scalars(
            select(OutboxEvent)
            .where(OutboxEvent.status == OutboxStatus.QUARANTINED)
            .order_by(OutboxEvent.device_seq)
        )
        return [
            {
                "event_id": r.event_id,
                "device_seq": r.device_seq,
                "type": r.type,
                "occurred_at": r.occurred_at.isoformat(),
                "error": r.error,
                "attempts": r.attempts,
            }
            for r in rows
        ]


def retry_quarantined(db: Database, event_id: str | None = None) -> int:
    """Put quarantined events (one, or all) back in the queue; returns how many."""
    with db.transaction() as s:
        stmt = update(OutboxEvent).where(OutboxEvent.status == OutboxStatus.QUARANTINED)
        if event_id is not None:
            stmt = stmt.where(OutboxEvent.event_id == event_id)
        result = s.execute(stmt.values(status=OutboxStatus.PENDING, result="", error=""))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
