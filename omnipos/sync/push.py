"""Pushing the outbox: in device order, in batches; invalid events are quarantined.

413 halves the batch; a 422 for a batch is narrowed down the same way until
the one malformed event is found and quarantined locally, so the queue goes on.
Network and server faults propagate to the worker, which backs off; nothing is
marked sent until the hub's answer is in hand, and a resend is harmless.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from pydantic import ValidationError
from sqlalchemy import Table, bindparam, func, select, update

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.schemas import Event, EventResult, PushRequest

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


@dataclass(frozen=True)
class OutboxRow:
    event_id: str
    type: str
    schema_version: int
    device_seq: int
    occurred_at: datetime
    payload: dict[str, Any]


def _envelope(row: OutboxRow) -> Event:
    return Event(
        event_id=uuid.UUID(row.event_id), type=row.type, schema_version=row.schema_version,
        device_seq=row.device_seq, occurred_at=row.occurred_at, payload=row.payload,
    )


def quarantine_locally(db: Database, event_id: str, error: str) -> None:
    with db.transaction() as s:
        s.execute(
            update(OutboxEvent).where(OutboxEvent.event_id == event_id)
            .values(status="quarantined", result="invalid", error=error[:2000],
                    attempts=OutboxEvent.attempts + 1)
        )
    log.warning("outbox event %s quarantined: %s", event_id, error)


class Pusher:
    def __init__(self, db: Database, client: HubClient, device_id: str, epoch: int,
                 batch_size: int = DEFAULT_BATCH) -> None:
        self.db = db
        self.client = client
        self.device_id = device_id
        self.epoch = epoch
        self.batch_size = batch_size

    def _pending(self, limit: int) -> list[OutboxRow]:
        with self.db.read() as s:
            rows = s.execute(
                select(OutboxEvent.event_id, OutboxEvent.type, OutboxEvent.schema_version,
                       OutboxEvent.device_seq, OutboxEvent.occurred_at, OutboxEvent.payload)
                .where(OutboxEvent.status == "pending")
                .order_by(OutboxEvent.device_seq).limit(limit)
            ).all()
            return [OutboxRow(*r) for r in rows]

    def push_all(self, report: PushReport | None = None) -> PushReport:
        """Push until the outbox has nothing pending. Raises SyncError on faults to back off."""
        report = report or PushReport()
        while True:
            rows = self._pending(self.batch_size)
            if not rows:
                return report
            events: list[Event] = []
            for row in rows:
                try:
                    events.append(_envelope(row))
                except ValidationError as exc:
                    quarantine_locally(self.db, row.event_id, f"malformed outbox row: {exc}")
                    report.invalid += 1
                    break
            else:
                self._send(rows, events, report)

    def _send(self, rows: list[OutboxRow], events: list[Event], report: PushReport) -> None:
        req = PushRequest(device_id=uuid.UUID(self.device_id), batch_id=uuid.uuid4(),
                          epoch=self.epoch, events=events)
        try:
            resp = self.client.push(req)
        except SyncError as exc:
            if exc.kind in (SyncErrorKind.TOO_LARGE, SyncErrorKind.CLIENT):
                if len(rows) > 1:
                    self.batch_size = max(1, len(rows) // 2)
                    log.info("hub refused a batch of %s (%s): halving", len(rows), exc.status)
                    return
                quarantine_locally(self.db, rows[0].event_id, str(exc))
                report.invalid += 1
                return
            raise
        report.batches += 1
        self._record(resp.results, report)

    def _record(self, results: list[EventResult], report: PushReport) -> None:
        now = datetime.now(UTC)
        params: list[dict[str, Any]] = []
        for res in results:
            if res.status == "invalid":
                status, error, acked_at = "quarantined", res.error or "", None
                report.invalid += 1
                log.warning("event %s quarantined by the hub: %s", res.event_id, res.error)
            else:
                status, error, acked_at = "acked", res.error or "", now
                if res.status == "rejected" and res.current_state is not None:
                    error = f"{error} {res.current_state}".strip()
                setattr(report, res.status, getattr(report, res.status) + 1)
            params.append({"b_id": str(res.event_id), "b_status": status,
                           "b_result": res.status, "b_error": error[:2000],
                           "b_acked": acked_at})
        if params:
            with self.db.transaction() as s:
                s.connection().execute(_RECORD, params)


_OUTBOX = cast(Table, OutboxEvent.__table__)
# One statement for the whole answer (executemany), built once.
_RECORD = (
    update(_OUTBOX)
    .where(_OUTBOX.c.event_id == bindparam("b_id"))
    .values(status=bindparam("b_status"), result=bindparam("b_result"),
            error=bindparam("b_error"), acked_at=bindparam("b_acked"),
            attempts=_OUTBOX.c.attempts + 1)
)


def outbox_depth(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEvent)
                            .where(OutboxEvent.status == "pending")) or 0)


def quarantined(db: Database) -> list[dict[str, object]]:
    """Events the hub (or the till) quarantined, for the manager's sync console."""
    with db.read() as s:
        rows = s.scalars(select(OutboxEvent).where(OutboxEvent.status == "quarantined")
                         .order_by(OutboxEvent.device_seq))
        return [{"event_id": r.event_id, "device_seq": r.device_seq, "type": r.type,
                 "occurred_at": r.occurred_at.isoformat(), "error": r.error,
                 "attempts": r.attempts} for r in rows]


def retry_quarantined(db: Database, event_id: str | None = None) -> int:
    """Put quarantined events (one, or all) back in the queue; returns how many."""
    with db.transaction() as s:
        stmt = update(OutboxEvent).where(OutboxEvent.status == "quarantined")
        if event_id is not None:
            stmt = stmt.where(OutboxEvent.event_id == event_id)
        result = s.execute(stmt.values(status="pending", result="", error=""))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
