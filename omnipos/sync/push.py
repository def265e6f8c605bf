"""Pushing the outbox: in device order, in batches; invalid events are quarantined.

Every push carries the head of the till's journal, and the till's own hash of
the entry the hub last kept as its anchor (see ``omnipos.hub.events.journal``);
when nothing waits but the journal moved on, an empty push carries the head.

413 halves the batch; a 422 for a batch is narrowed down the same way until
the one malformed event is found and quarantined locally, so the queue goes on.
Network and server faults propagate to the worker, which backs off; nothing is
marked sent until the hub's answer is in hand, and a resend is harmless.

With ``pull_report`` each push names the till's feed cursor and the answer
brings the feed's changes after it, stored as a pull stores them; when the
last answer said nothing more waits (``feed_current``) the worker needs no pull.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from omnipos.db.engine import Database
from omnipos.db.journal import hash_at, journal_head
from omnipos.db.pickups import Answer, record_answers
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.outbox import OutboxRow, pending_rows, quarantine, record_results
from omnipos.sync.pull import Progress, PullReport, feed_cursor, store_page
from omnipos.sync.wire import Event, EventResult, JournalHead, PushRequest

log = logging.getLogger(__name__)

DEFAULT_BATCH = 200


@dataclass
class PushReport:
    batches: int = 0
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    invalid: int = 0

    @property
    def acked(self) -> int:
        return self.applied + self.duplicate + self.rejected


def _envelope(row: OutboxRow) -> Event:
    return Event(
        event_id=uuid.UUID(row.event_id), type=row.type, schema_version=row.schema_version,
        device_seq=row.device_seq, occurred_at=row.occurred_at, payload=row.payload,
    )


class Pusher:
    def __init__(self, db: Database, client: HubClient, device_id: str, epoch: int,
                 batch_size: int = DEFAULT_BATCH, hub_journal_head: JournalHead | None = None,
                 pull_report: PullReport | None = None,
                 progress: Progress | None = None) -> None:
        self.db = db
        self.client = client
        self.device_id = device_id
        self.epoch = epoch
        self.batch_size = batch_size
        #: The journal entry the hub keeps as its anchor, as far as this pusher knows.
        self._anchor_seq = hub_journal_head.seq if hub_journal_head is not None else None
        self._hub_head = hub_journal_head
        #: The hub's acknowledged prefix from its last answer (None before one).
        self.acked_seq: int | None = None
        #: The journal head the hub said it keeps in its last answer (None before one).
        self.hub_journal_head: JournalHead | None = None
        #: Where the pages that come with the answers are counted (None: ask for none).
        self._pull_report = pull_report
        self._progress = progress
        #: The last answer brought the feed up to date: no pull is needed after this push.
        self.feed_current = False

    def _pending(self, limit: int) -> list[OutboxRow]:
        with self.db.read() as s:
            return pending_rows(s, limit)

    def _quarantine(self, event_id: str, error: str) -> None:
        with self.db.transaction() as s:
            quarantine(s, event_id, error)

    def _journal(self) -> tuple[JournalHead | None, JournalHead | None]:
        """(the journal's head now, the till's entry at the hub's anchor)."""
        with self.db.read() as s:
            head = journal_head(s)
            anchor = None
            if self._anchor_seq is not None:
                held = hash_at(s, self._anchor_seq)
                anchor = None if held is None else JournalHead(seq=self._anchor_seq, hash=held)
        return (None if head is None else JournalHead(seq=head.seq, hash=head.hash)), anchor

    def push_all(self, report: PushReport | None = None) -> PushReport:
        """Push until the outbox has nothing pending. Raises SyncError on faults to back off."""
        report = report or PushReport()
        while True:
            rows = self._pending(self.batch_size)
            if not rows:
                head, _anchor = self._journal()
                if head is not None and head != self._hub_head:
                    self._send([], [], report)  # the journal moved on: tell the hub its head
                return report
            events: list[Event] = []
            for row in rows:
                try:
                    events.append(_envelope(row))
                except ValidationError as exc:
                    self._quarantine(row.event_id, f"malformed outbox row: {exc}")
                    report.invalid += 1
                    break
            else:
                self._send(rows, events, report)

    def _send(self, rows: list[OutboxRow], events: list[Event], report: PushReport) -> None:
        head, anchor = self._journal()
        cursor = feed_cursor(self.db) if self._pull_report is not None else None
        req = PushRequest(device_id=uuid.UUID(self.device_id), batch_id=uuid.uuid4(),
                          epoch=self.epoch, events=events, journal_head=head,
                          journal_anchor=anchor, feed_cursor=cursor)
        try:
            resp = self.client.push(req)
        except SyncError as exc:
            if rows and exc.kind in (SyncErrorKind.TOO_LARGE, SyncErrorKind.CLIENT):
                if len(rows) > 1:
                    self.batch_size = max(1, len(rows) // 2)
                    log.info("hub refused a batch of %s (%s): halving", len(rows), exc.status)
                    return
                self._quarantine(rows[0].event_id, str(exc))
                report.invalid += 1
                return
            raise
        if rows:
            report.batches += 1
        self.acked_seq = resp.acked_seq
        if resp.journal_head is not None:  # what the hub keeps as the journal's anchor now
            self._anchor_seq, self._hub_head = resp.journal_head.seq, resp.journal_head
            self.hub_journal_head = resp.journal_head
        self._record(resp.results, report)
        self.feed_current = False
        if resp.feed is not None and self._pull_report is not None:
            store_page(self.db, resp.feed, self._pull_report, self._progress)
            self.feed_current = not resp.feed.has_more

    def _record(self, results: list[EventResult], report: PushReport) -> None:
        for res in results:
            setattr(report, res.status, getattr(report, res.status) + 1)
        if results:
            # Answers that name a state (pickup events) also go to the order they are about.
            stated = [Answer(str(r.event_id), r.status, r.current_state, r.error) for r in results
                      if r.current_state is not None or r.status in ("rejected", "invalid")]
            with self.db.transaction() as s:
                record_results(s, results, datetime.now(UTC))
                if stated:
                    record_answers(s, stated)
