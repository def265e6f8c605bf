"""Submitting a count: a manager approves (PIN), the area's lines go to the hub as
``count.submitted`` (in parts), and the till's own stock follows at once.

The till writes, per line, the movement that makes its level what the count
says (counted + its movements after the line's moment), under the part's
event id: until the hub's level comes back on the feed, the till already
shows the counted stock. The hub then applies the count with every till's
movements (``omnipos.hub.counts``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from omnipos.db import counts
from omnipos.db.models import StockMovement
from omnipos.db.rows import insert_rows
from omnipos.domain.counts import AreaState, CountKind, CountState, VarianceReason, variance_value
from omnipos.domain.errors import StateError, message, phrase
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.quantities import quantity_text
from omnipos.domain.stock import StockBucket
from omnipos.services import authz
from omnipos.services.counts.review import Reviewing
from omnipos.sync.events import CountSubmittedPayload
from omnipos.sync.events.counts import (
    LINES_PER_PART,
    CountLinePayload,
    CountScope,
    UnknownCodePayload,
)
from omnipos.sync.outbox import enqueue

__all__ = ["CountSubmitted", "Submitting"]


@dataclass(frozen=True, slots=True)
class CountSubmitted:
    """What approving a count changed: its events, the stock it moved, the journal entry."""

    session_id: str
    number: str
    area: str
    event_ids: tuple[str, ...]
    lines: int
    moved_skus: tuple[str, ...]
    variance_value_minor: int
    journal_seq: int


class Submitting(Reviewing):
    def submit(self, session_id: str, area: str, *, actor: Actor | None = None,
               override: ManagerOverride | None = None) -> CountSubmitted:
        """F12 in review: a manager approves the area's count and it is sent."""
        now = self._clock()
        with self.db.transaction() as s:
            row = self._session(s, session_id)
            here = self._area(s, session_id, area)
            if here.state != AreaState.REVIEW.value or here.closed_at is None:
                raise StateError(message("review the count first (F12)"))
            # The manager approves this area of this count, once.
            p = authz.permit(s, actor, Action.APPROVE_COUNT, override, now=now,
                             subject=f"count:{row.number}:{area}",
                             what=phrase(message("count {number}, {area}"), number=row.number,
                                         area=area or message("the whole store")),
                             on_behalf=f"Till {self.store.till}",
                             details={"count": row.number, "area": area})
            approver = p.approved_by or p.by
            closed_at: datetime = here.closed_at
            lines = self.full_lines(s, row, here, closed_at)
            unknown = [UnknownCodePayload(code=u.code, scans=u.scans)
                       for u in counts.unknown_codes(s, session_id, area)][:1000]
            scope = None if row.origin == "hub" else CountScope(
                kind=CountKind(row.kind), title=row.title, skus=list(row.skus or []),
                category=row.category, location=row.location, due=row.due,
                show_expected_to=list(row.show_expected_to or []))
            parts = max(1, -(-len(lines) // LINES_PER_PART))
            events, moves, value = [], [], 0
            for part in range(parts):
                chunk = lines[part * LINES_PER_PART:(part + 1) * LINES_PER_PART]
                event_id = str(uuid.uuid4())
                payload = CountSubmittedPayload(
                    session_id=uuid.UUID(row.id), number=row.number, store_code=self.store.code,
                    till_code=self.store.till, area=area, part=part + 1, parts=parts,
                    started_at=here.opened_at, closed_at=closed_at, counted_by=here.counted_by,
                    approved_by=approver, scope=scope,
                    unknown=unknown if part == 0 else [],
                    lines=[CountLinePayload(
                        sku=ln.row.sku, counted=quantity_text(ln.row.counted),
                        counted_at=ln.row.counted_at, scans=ln.row.scans,
                        expected=quantity_text(ln.expected), recounted=ln.row.recounted,
                        reason=VarianceReason(ln.row.reason) if ln.row.reason else None)
                        for ln in chunk])
                enqueue(s, payload, now, event_id=event_id)
                events.append(event_id)
                for i, ln in enumerate(chunk, start=1):
                    fix = ln.row.counted - ln.expected
                    if fix:
                        moves.append(StockMovement(
                            event_id=event_id, line=i, sku=ln.row.sku,
                            bucket=StockBucket.SELLABLE.value, delta=quantity_text(fix),
                            reason="count", occurred_at=ln.anchor))
                        value += variance_value(fix, ln.row.price_minor)
            insert_rows(s, moves)
            here.state, here.submitted_at, here.approved_by = (
                AreaState.SUBMITTED.value, now, approver)
            row.areas_submitted = [*(row.areas_submitted or []), area]
            if area == "" and row.state == CountState.OPEN.value:
                row.state = CountState.CLOSED.value  # the whole store is counted
            entry = p.journal("count.submitted", {
                "session_id": row.id, "number": row.number, "area": area, "lines": len(lines),
                "moved": len(moves), "variance_value_minor": value,
                "currency": self.store.currency, "approved_by": approver})
        return CountSubmitted(row.id, row.number, area, tuple(events), len(lines),
                              tuple(m.sku for m in moves), value, entry.seq)
