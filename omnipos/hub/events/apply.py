"""Applying pushed events: a push's batch in one transaction, each event with a result of
its own, unique on event id.

Results per DESIGN.md: ``applied``; ``duplicate`` (carrying the first
result); ``rejected`` (an intent refused, with the current state); ``invalid``
(quarantined at the hub; the till's queue goes on). A resend after a lost
response is harmless because the event id is the primary key of ``events``;
the hash of its content kept beside it tells a resend (same till, same
content) from an id reused with other content or by another till, which is
invalid and told nothing of the first event.

This module is the core every event goes through: find a duplicate, look up
the type's handler (``registry.py``), parse the payload through its model,
claim the event id, let the handler write, keep the outcome. Handlers live
one family per module beside it; ``push.py`` wraps a whole push around it.

The hot path uses Core statements on the transaction's connection: a push
of 10,000 events must stay well inside DESIGN.md's 15 s budget. On SQLite
each event commits without an fsync and the push endpoint calls
``HubDB.sync_barrier()`` once before it answers, so nothing is acknowledged
before it is durable.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticError
from sqlalchemy import Connection, func, select

from omnipos.hub import feed
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.events.handler import Invalid, OutcomeStatus, PushedEvent
from omnipos.hub.events.registry import HANDLERS
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import SaleRecord
from omnipos.hub.store.rawsql import (
    RawSql,
    dumps,
    is_unique_violation,
    loads,
    stamp,
)
from omnipos.sync.events import SCHEMA_VERSION
from omnipos.sync.wire import Event, EventResult

log = logging.getLogger(__name__)

SALES = SaleRecord.__table__

_FIND = (
    "SELECT event_id, status, error, current_state, device_id, content_hash FROM events "
    "WHERE event_id = :eid "
    "OR (device_id = :dev AND epoch = :epoch AND device_seq = :seq)"
)
_KNOWN = (
    "SELECT event_id, status, error, current_state, device_id, content_hash, epoch, device_seq "
    "FROM events"
)
_KNOWN_CHUNK = 200  # events per look-up: two parameters each, under SQLite's 999
_INSERT_EVENT = (
    "INSERT INTO events (event_id, device_id, epoch, device_seq, type, schema_version, "
    "occurred_at, received_at, payload, content_hash, status, error, current_state) VALUES "
    "(:event_id, :device_id, :epoch, :device_seq, :type, :schema_version, :occurred_at, "
    ":received_at, :payload, :content_hash, :status, NULL, NULL)"
)
_SET_OUTCOME = (
    "UPDATE events SET status = :status, error = :error, current_state = :current_state "
    "WHERE event_id = :event_id"
)
# The same event (till, id, content) quarantined again is kept once.
_INSERT_QUARANTINE = (
    "INSERT INTO quarantine (event_id, device_id, epoch, device_seq, type, payload, "
    "content_hash, error, received_at) VALUES (:event_id, :device_id, :epoch, :device_seq, "
    ":type, :payload, :content_hash, :error, :received_at) "
    "ON CONFLICT (device_id, event_id, content_hash) DO NOTHING"
)


def content_hash(ev: Event) -> str:
    """SHA-256 of what an event says: its type, schema version, moment and payload.

    A resend after a lost answer says the same; an id reused for anything else does not.
    """
    body = {"type": ev.type, "schema_version": ev.schema_version,
            "occurred_at": stamp(ev.occurred_at), "payload": ev.payload}
    return hashlib.sha256(
        json.dumps(body, sort_keys=True, separators=(",", ":")).encode("ascii")
    ).hexdigest()


def _parse(model: type[BaseModel], ev: Event) -> Any:
    try:
        return model.model_validate(ev.payload)
    except PydanticError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise Invalid(f"payload.{loc}: {first['msg']}") from exc


def _duplicate(status: str, error: str | None, state: Any, ev: Event) -> EventResult:
    return EventResult(
        event_id=ev.event_id,
        device_seq=ev.device_seq,
        status="duplicate",
        original_status=status,
        error=error,
        current_state=loads(state),
    )


def _find(sql: RawSql, till: TillIdentity, ev: Event) -> list[Any]:
    """The event itself if known, and whatever holds its (device, epoch, seq) slot."""
    params = {"eid": str(ev.event_id), "dev": till.id, "epoch": till.epoch, "seq": ev.device_seq}
    return list(sql.all(_FIND, params))


class Known:
    """What ``events`` held, before the batch, of a batch's ids and (device, epoch, seq)
    slots: one query for the whole batch instead of one per event.

    An event whose id or number an earlier event of the same batch claimed is looked up
    again in the transaction itself (``_find``), as is every event on a second attempt.
    """

    def __init__(self, sql: RawSql, till: TillIdentity, events: Sequence[Event]) -> None:
        self.by_id: dict[str, Any] = {}
        self.by_seq: dict[int, Any] = {}
        self.claimed: set[str | int] = set()
        for n in range(0, len(events), _KNOWN_CHUNK):  # SQLite's limit on parameters
            chunk = events[n:n + _KNOWN_CHUNK]
            params: dict[str, Any] = {"dev": till.id, "epoch": till.epoch}
            for i, ev in enumerate(chunk):
                params[f"e{i}"], params[f"s{i}"] = str(ev.event_id), ev.device_seq
            ids = ", ".join(f":e{i}" for i in range(len(chunk)))
            seqs = ", ".join(f":s{i}" for i in range(len(chunk)))
            for row in sql.all(f"{_KNOWN} WHERE event_id IN ({ids}) OR (device_id = :dev AND "
                               f"epoch = :epoch AND device_seq IN ({seqs}))", params):
                self.by_id[row[0]] = row
                if row[4] == till.id and int(row[6]) == till.epoch:
                    self.by_seq[int(row[7])] = row

    def find(self, sql: RawSql, till: TillIdentity, ev: Event, fresh: bool) -> list[Any]:
        eid = str(ev.event_id)
        if fresh or eid in self.claimed or ev.device_seq in self.claimed:
            return _find(sql, till, ev)
        rows = [self.by_id[eid]] if eid in self.by_id else []
        held = self.by_seq.get(ev.device_seq)
        if held is not None and held[0] != eid:
            rows.append(held)
        return rows

    def claim(self, ev: Event) -> None:
        self.claimed.update((str(ev.event_id), ev.device_seq))


def apply_events(c: Connection, buffer: feed.FeedBuffer, till: TillIdentity,
                 events: Sequence[Event]) -> list[EventResult]:
    """Apply a push's events in the caller's transaction; one result each.

    All at once first, under one savepoint: nearly every push is of good events, and a
    savepoint per event was two round trips each. Should one fail (invalid, or claimed
    by a concurrent request meanwhile), that attempt is rolled back and the events are
    applied again each in a savepoint of its own: an invalid one is rolled back to its
    savepoint and quarantined in the same transaction, one a concurrent request claimed
    is looked at again (a duplicate, see ``apply_event``), and the others go on.
    """
    sql = RawSql(c)
    known = Known(sql, till, events)
    mark = buffer.mark()
    whole = c.begin_nested()
    try:
        results = [_apply_in(sql, c, till, ev, content_hash(ev), known) for ev in events]
    except Exception as exc:
        whole.rollback()
        buffer.undo(mark)
        if not isinstance(exc, Invalid) and not is_unique_violation(exc):
            raise
    else:
        whole.commit()
        return results
    known.claimed.clear()
    return [_in_savepoint(c, sql, buffer, till, ev, known) for ev in events]


def _in_savepoint(c: Connection, sql: RawSql, buffer: feed.FeedBuffer, till: TillIdentity,
                  ev: Event, known: Known) -> EventResult:
    digest = content_hash(ev)
    for attempt in (1, 2):
        mark = buffer.mark()
        savepoint = c.begin_nested()
        try:
            result = _apply_in(sql, c, till, ev, digest, known, fresh=attempt == 2)
        except Invalid as exc:
            savepoint.rollback()
            buffer.undo(mark)
            return _quarantine_in(sql, till, ev, digest, str(exc))
        except Exception as exc:
            savepoint.rollback()
            buffer.undo(mark)
            if attempt == 2 or not is_unique_violation(exc):
                raise
            log.info("event %s: claimed by a concurrent request; looking again", ev.event_id)
            continue
        savepoint.commit()
        return result
    raise AssertionError("unreachable")


def apply_event(db: HubDB, till: TillIdentity, ev: Event) -> EventResult:
    """Apply one event in its own transaction (deferred durability: see the module doc).

    Two requests may carry the same event at once (a till retrying while its
    first request still runs, two hub workers): the later one's look-up misses
    the event the earlier one has not committed yet, and its insert then hits
    the unique key. That transaction is rolled back and the event looked at
    again, now that the other one is committed: a duplicate, and the rest of
    the batch goes on.
    """
    try:
        return _apply_once(db, till, ev)
    except Exception as exc:
        if not is_unique_violation(exc):
            raise
        log.info("event %s: claimed by a concurrent request; looking again", ev.event_id)
    return _apply_once(db, till, ev)


def _apply_once(db: HubDB, till: TillIdentity, ev: Event) -> EventResult:
    digest = content_hash(ev)
    try:
        with db.raw_transaction() as c:
            return _apply_in(RawSql(c), c, till, ev, digest)
    except Invalid as exc:
        with db.raw_transaction() as c:
            return _quarantine_in(RawSql(c), till, ev, digest, str(exc))


def _apply_in(sql: RawSql, c: Connection, till: TillIdentity, ev: Event, digest: str,
              known: Known | None = None, fresh: bool = False) -> EventResult:
    """The event's writes in the caller's transaction; Invalid when it cannot be applied."""
    eid = str(ev.event_id)
    found = _find(sql, till, ev) if known is None else known.find(sql, till, ev, fresh)
    for row in found:
        if row[0] != eid:
            continue
        # Nothing of the first event (its result, its state) goes to anyone else.
        if row[4] != till.id:
            raise Invalid(f"event_id: {eid} is already used by another till")
        if row[5] != digest:
            raise Invalid(f"event_id: {eid} was already pushed with other content")
        return _duplicate(row[1], row[2], row[3], ev)
    if found:
        raise Invalid(f"device_seq: {ev.device_seq} of epoch {till.epoch} already holds "
                      f"event {found[0][0]}")
    handler = HANDLERS.get(ev.type)
    if handler is None:
        raise Invalid(f"type: unknown event type {ev.type!r}")
    if ev.schema_version != SCHEMA_VERSION:
        raise Invalid(f"schema_version: {ev.schema_version} of {ev.type} is not supported")
    payload = _parse(handler.model, ev)
    payload_json = dumps(ev.payload) or "{}"
    # Claim the event id before any side effect.
    sql.run(_INSERT_EVENT, {
        "event_id": eid, "device_id": till.id, "epoch": till.epoch,
        "device_seq": ev.device_seq, "type": ev.type,
        "schema_version": ev.schema_version, "occurred_at": stamp(ev.occurred_at),
        "received_at": stamp(datetime.now(UTC)), "payload": payload_json,
        "content_hash": digest, "status": OutcomeStatus.APPLIED.value,
    })
    if known is not None:
        known.claim(ev)
    outcome = handler.apply(PushedEvent(sql, till, ev, payload_json, c), payload)
    if outcome.status is not OutcomeStatus.APPLIED or outcome.error or outcome.current_state:
        sql.run(_SET_OUTCOME, {"status": outcome.status.value, "error": outcome.error,
                               "current_state": dumps(outcome.current_state),
                               "event_id": eid})
    return EventResult(
        event_id=ev.event_id, device_seq=ev.device_seq, status=outcome.status.value,
        error=outcome.error, current_state=outcome.current_state,
    )


def _quarantine_in(sql: RawSql, till: TillIdentity, ev: Event, digest: str, error: str
                   ) -> EventResult:
    log.warning("event %s (%s, seq %s) from till %s quarantined: %s",
                ev.event_id, ev.type, ev.device_seq, till.id, error)
    sql.run(_INSERT_QUARANTINE, {
        "event_id": str(ev.event_id), "device_id": till.id, "epoch": till.epoch,
        "device_seq": ev.device_seq, "type": ev.type[:40], "payload": dumps(ev.payload),
        "content_hash": digest, "error": error, "received_at": stamp(datetime.now(UTC)),
    })
    return EventResult(event_id=ev.event_id, device_seq=ev.device_seq, status="invalid",
                       error=error)


def last_receipt_seq(db: HubDB, device_id: str) -> int:
    """The highest receipt sequence the till's sales carried (never to be reused)."""
    with db.read() as s:
        return int(s.scalar(
            select(func.max(SALES.c.receipt_seq)).where(SALES.c.device_id == device_id)
        ) or 0)
