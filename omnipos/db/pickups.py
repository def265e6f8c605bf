"""The till's pickup orders: records from the feed, picks, events and the hub's answers to them.

Everything here runs in the caller's session: the feed applier stores a
record in the page's transaction, the push stores the hub's answers with the
outbox's, and the pickup use cases write picks and events with their
business change.

Versions. The hub bumps an order's version once per change it applies,
including each event this till sends about it. The version the next intent
must carry is the newest the till knows (the pulled record's, or what the
hub answered to an event) plus one for each event still unanswered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session

from omnipos.db.models.pickups import PickupEvent, PickupOrder, PickupPick
from omnipos.domain.pickup import CLOSED, PickupState
from omnipos.domain.quantities import quantity_text

__all__ = [
    "APPLIED",
    "Answer",
    "EventRow",
    "RecordRow",
    "add_event",
    "add_pick",
    "events_of",
    "next_version",
    "open_order_rows",
    "orders_by_code",
    "orders_by_name",
    "picks_of",
    "record_answers",
    "store_record",
    "unannounced_orders",
    "unannounced_refusals",
]

#: The hub's answers that mean the event took effect there.
APPLIED = ("applied", "duplicate")
REFUSED = "rejected"
_OPEN = tuple(s.value for s in PickupState if s not in CLOSED)


@dataclass(frozen=True, slots=True)
class RecordRow:
    """A ``pickup_order`` record from the feed, with the columns the queue uses."""

    pickup_id: str
    order_number: str
    kind: str
    state: str
    version: int
    customer_name: str
    pickup_code: str
    promised_by: datetime | None
    placed_at: datetime
    changed_at: datetime
    task: str
    due_minor: int
    currency: str
    record: dict[str, Any]


def store_record(session: Session, row: RecordRow, now: datetime) -> bool:
    """Keep the newest record of an order; True when it is new to this till.

    An older version than the one held (a feed replayed after a snapshot) is
    ignored. An order first seen while open waits for its "new order" notice.
    """
    have = session.get(PickupOrder, row.pickup_id)
    values = {
        "order_number": row.order_number[:60], "kind": row.kind, "state": row.state,
        "version": row.version, "customer_name": row.customer_name[:160],
        "pickup_code": row.pickup_code.strip().upper()[:40], "promised_by": row.promised_by,
        "placed_at": row.placed_at, "changed_at": row.changed_at, "task": row.task or "",
        "due_minor": row.due_minor, "currency": row.currency, "record": row.record,
    }
    if have is None:
        session.add(PickupOrder(pickup_id=row.pickup_id, arrived_at=now,
                                announced=row.state not in _OPEN, **values))
        return True
    if row.version < have.version:
        return False
    for key, value in values.items():
        setattr(have, key, value)
    return False


@dataclass(frozen=True, slots=True)
class Answer:
    """The hub's answer to one pushed event (plain values: this module reads no wire)."""

    event_id: str
    status: str
    current_state: dict[str, Any] | None
    error: str | None


def record_answers(session: Session, answers: Iterable[Answer]) -> int:
    """Store the hub's answers to pickup events (others are not ours); returns how many."""
    done = 0
    for a in answers:
        event = session.get(PickupEvent, a.event_id)
        if event is None:
            continue
        cur = a.current_state or {}
        event.answer = a.status
        version = cur.get("version")
        event.hub_version = version if isinstance(version, int) and version > 0 else None
        event.hub_state = str(cur.get("state", ""))[:12]
        event.message = str(cur.get("message", ""))[:200]
        event.why = (a.error or "")[:2000] if a.status == REFUSED else ""
        done += 1
    return done


def add_event(session: Session, event_id: str, seq: int, pickup_id: str, type_: str,
              now: datetime, lines: Sequence[dict[str, Any]] = ()) -> None:
    """Tie an outbox event to its order (call it with the enqueue, in one transaction)."""
    session.add(PickupEvent(event_id=event_id, seq=seq, pickup_id=pickup_id, type=type_,
                            lines=list(lines),
                            queued_at=now, answer="", hub_version=None, hub_state="", why="",
                            message="", announced=False))


@dataclass(frozen=True, slots=True)
class EventRow:
    event_id: str
    pickup_id: str
    type: str
    lines: tuple[dict[str, Any], ...]
    queued_at: datetime
    answer: str
    hub_version: int | None
    hub_state: str
    why: str
    message: str

    @property
    def answered(self) -> bool:
        return bool(self.answer)

    def pending(self, pulled_version: int) -> bool:
        """Still to show on top of the pulled record: unanswered, or applied after it."""
        if not self.answer:
            return True
        return self.answer in APPLIED and (self.hub_version or 0) > pulled_version


def _event_row(e: PickupEvent) -> EventRow:
    return EventRow(e.event_id, e.pickup_id, e.type, tuple(e.lines or ()), e.queued_at, e.answer,
                    e.hub_version, e.hub_state, e.why, e.message)


def events_of(session: Session, pickup_ids: Sequence[str]) -> dict[str, list[EventRow]]:
    """Each order's events in the order they were queued."""
    out: dict[str, list[EventRow]] = {pid: [] for pid in pickup_ids}
    if not pickup_ids:
        return out
    for chunk in _chunks(pickup_ids):
        rows = session.scalars(select(PickupEvent).where(PickupEvent.pickup_id.in_(chunk))
                               .order_by(PickupEvent.seq))
        for e in rows:
            out[e.pickup_id].append(_event_row(e))
    return out


def next_version(session: Session, pickup_id: str) -> int:
    """The version the next event about the order carries (see the module docstring)."""
    order = session.get(PickupOrder, pickup_id)
    known = order.version if order is not None else 1
    answered = session.scalar(select(func.max(PickupEvent.hub_version))
                              .where(PickupEvent.pickup_id == pickup_id))
    waiting = session.scalar(select(func.count()).select_from(PickupEvent)
                             .where(PickupEvent.pickup_id == pickup_id,
                                    PickupEvent.answer == "")) or 0
    return max(known, answered or 0) + int(waiting)


# --- picks ------------------------------------------------------------------------


def picks_of(session: Session, pickup_ids: Sequence[str]) -> dict[str, dict[int, Decimal]]:
    out: dict[str, dict[int, Decimal]] = {pid: {} for pid in pickup_ids}
    for chunk in _chunks(pickup_ids):
        for p in session.scalars(select(PickupPick).where(PickupPick.pickup_id.in_(chunk))):
            out[p.pickup_id][p.line_no] = Decimal(p.picked)
    return out


def add_pick(session: Session, pickup_id: str, line_no: int, sku: str, quantity: Decimal,
             now: datetime) -> Decimal:
    """Add to what was picked of a line; returns the new total picked."""
    pick = session.get(PickupPick, (pickup_id, line_no))
    if pick is None:
        pick = PickupPick(pickup_id=pickup_id, line_no=line_no, sku=sku, picked="0",
                          updated_at=now)
        session.add(pick)
    total = Decimal(pick.picked) + quantity
    pick.picked, pick.updated_at = quantity_text(total), now
    return total


# --- reading orders -----------------------------------------------------------------


def open_order_rows(session: Session) -> Sequence[Row[Any]]:
    """Orders with something left for the store: open at the hub, a task, events waiting, or
    a deposit the hub still holds of a closed order (this store pays it back).

    Plain rows with the ``pickup_orders`` columns (the queue reads hundreds at once).
    """
    waiting = select(PickupEvent.pickup_id).where(
        or_(PickupEvent.answer == "", PickupEvent.hub_version > PickupOrder.version)
    ).where(PickupEvent.pickup_id == PickupOrder.pickup_id)
    table = PickupOrder.__table__
    return session.execute(
        select(*table.columns).where(or_(
            PickupOrder.state.in_(_OPEN), PickupOrder.task != "", waiting.exists(),
            func.json_extract(PickupOrder.record, "$.deposit_minor") > 0))
    ).all()


def orders_by_code(session: Session, code: str) -> list[PickupOrder]:
    """Orders whose pickup code, order number or id is ``code`` (the code in any case)."""
    code = code.strip()
    if not code:
        return []
    return list(session.scalars(select(PickupOrder).where(or_(
        PickupOrder.pickup_code == code.upper(), PickupOrder.order_number == code,
        PickupOrder.pickup_id == code.lower()))))


def orders_by_name(session: Session, text: str, limit: int = 50) -> list[PickupOrder]:
    """Orders whose customer's name holds ``text`` (any case), open ones first."""
    text = text.strip()
    if not text:
        return []
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return list(session.scalars(
        select(PickupOrder).where(PickupOrder.customer_name.ilike(pattern, escape="\\"))
        .order_by(PickupOrder.state.in_(_OPEN).desc(), PickupOrder.placed_at.desc()).limit(limit)
    ))


def unannounced_orders(session: Session) -> list[PickupOrder]:
    """New orders whose notice has not been shown; marks them shown."""
    rows = list(session.scalars(select(PickupOrder).where(PickupOrder.announced.is_(False))
                                .order_by(PickupOrder.arrived_at)))
    for row in rows:
        row.announced = True
    return rows


def unannounced_refusals(session: Session) -> list[tuple[EventRow, str]]:
    """Intents the hub refused whose notice has not been shown, with the order number; marks
    them shown."""
    rows = list(session.scalars(select(PickupEvent).where(
        PickupEvent.answer == REFUSED, PickupEvent.announced.is_(False))
        .order_by(PickupEvent.seq)))
    out = []
    for e in rows:
        e.announced = True
        order = session.get(PickupOrder, e.pickup_id)
        out.append((_event_row(e), order.order_number if order is not None else e.pickup_id[:8]))
    return out


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]

