"""What a push does at the hub: its events, the till's acknowledged prefix and its journal
head in one transaction, the feed's changes of the batch as its last write.

One commit per push, not one per event or per step: on PostgreSQL each commit waits for
its fsync, a till's batch holds up to 500 events, and 200 tills push at once. Each event
keeps its own result (``apply.apply_events``). Should two pushes deadlock on their rows
(PostgreSQL breaks the cycle by failing one), the one that failed is applied again event
by event, each in its own transaction.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from omnipos.hub import feed
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.events import journal, sequence
from omnipos.hub.events.apply import apply_event, apply_events
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.rawsql import RawSql, is_lock_conflict
from omnipos.sync.wire import EventResult, JournalHead, PushRequest

__all__ = ["Pushed", "apply_push"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pushed:
    """What the push's answer tells the till."""

    results: list[EventResult]
    acked_seq: int
    journal_head: JournalHead | None


def apply_push(db: HubDB, till: TillIdentity, req: PushRequest) -> Pushed:
    """Apply ``req`` from ``till``: see the module doc. Not yet durable on SQLite: the
    caller calls ``db.sync_barrier()`` before it answers."""
    try:
        with db.raw_transaction() as c, feed.deferred(c) as buffer:
            results = apply_events(c, buffer, till, req.events)
            return _after(RawSql(c), till, req, results)
    except Exception as exc:
        if not is_lock_conflict(exc):
            raise
        log.warning("a push of %s events from till %s met another on its rows; applying its "
                    "events one by one", len(req.events), till.id)
    results = [apply_event(db, till, ev) for ev in req.events]
    with db.raw_transaction() as c:
        return _after(RawSql(c), till, req, results)


def _after(sql: RawSql, till: TillIdentity, req: PushRequest, results: list[EventResult]
           ) -> Pushed:
    """The prefix moved past the events just held, and the journal head the till sent."""
    return Pushed(results, sequence.advance_in(sql, till),
                  journal.keep_head_in(sql, till, req.journal_head, req.journal_anchor))
