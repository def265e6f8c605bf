"""Test helpers for pickups at the till: feed records as the hub sends them, the hub's answers.

``record`` builds a ``pickup_order`` record (validated by the shared model),
``pull`` applies records through the till's feed appliers, ``answer`` stores
the hub's answer to the till's pickup events as a push would.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.pickups import Answer, record_answers
from omnipos.sync.appliers import apply_page
from omnipos.sync.events.pickup import FEED_KIND, PickupOrderData
from omnipos.sync.outbox import OutboxStatus
from omnipos.sync.wire import Change

__all__ = ["answer_all", "outbox", "pull", "record"]

T0 = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def record(number: str = "W-1001", *, lines: Sequence[tuple[str, str]] = (("SOAP", "2"),),
           state: str = "routed", version: int = 1, kind: str = "pickup", code: str = "K7XP2Q9M",
           paid: bool = True, store: str = "S001", customer: str = "Ada Lovelace",
           pickup_id: str | None = None, promised_by: datetime | None = None,
           placed_at: datetime | None = None, incoming: Sequence[dict[str, Any]] = (),
           task: str | None = None, message: str = "", prices: dict[str, int] | None = None,
           line_fields: dict[int, dict[str, Any]] | None = None,
           total_minor: int | None = None) -> dict[str, Any]:
    """A ``pickup_order`` record's ``data``; ``lines`` are (sku, quantity to pick here),
    ``line_fields`` more fields per line number (incoming, rejected...); ``total_minor`` the
    order's total with tax as the hub priced it (default: the lines' total)."""
    prices = prices or {"SOAP": 399, "MILK": 129, "BREAD": 450}
    body_lines = []
    for no, (sku, qty) in enumerate(lines, start=1):
        unit = prices.get(sku, 100)
        body_lines.append({"line_no": no, "sku": sku, "name": sku.title(), "quantity": qty,
                           "unit_price_minor": unit, "total_minor": unit * int(float(qty)),
                           **(line_fields or {}).get(no, {})})
    total = total_minor if total_minor is not None else sum(
        line["total_minor"] for line in body_lines)
    data = {
        "pickup_id": pickup_id or str(uuid.uuid4()), "order_id": str(uuid.uuid4()),
        "order_number": number, "channel": "web", "kind": kind, "state": state,
        "version": version, "store_code": store,
        "placed_at": (placed_at or T0).isoformat(),
        "promised_by": promised_by.isoformat() if promised_by else None,
        "changed_at": (T0 + timedelta(minutes=version)).isoformat(),
        "customer": {"name": customer, "email": "ada@example.com", "phone": "+1 503 555 0100"},
        "pickup_code": code if kind == "pickup" else "", "paid": paid, "currency": "USD",
        "total_minor": total, "due_minor": 0 if paid or kind != "pickup" else total,
        "lines": body_lines, "incoming": list(incoming), "task": task, "message": message,
        "ship_to": ({"name": customer, "line1": "1 Main St", "city": "Portland",
                     "postcode": "97201", "country": "US"} if kind == "ship" else
                    {"store_code": "S002"} if kind == "transfer" else None),
    }
    return PickupOrderData.model_validate(data).model_dump(mode="json")


def pull(db: Database, *records: dict[str, Any]) -> None:
    """Apply records as one pulled feed page."""
    with db.transaction() as s:
        apply_page(s, [Change(kind=FEED_KIND, key=r["pickup_id"], data=r) for r in records])


def outbox(db: Database, type_: str | None = None) -> list[OutboxEvent]:
    with db.read() as s:
        stmt = select(OutboxEvent).order_by(OutboxEvent.device_seq)
        if type_ is not None:
            stmt = stmt.where(OutboxEvent.type == type_)
        rows = list(s.scalars(stmt))
        s.expunge_all()
        return rows


def answer_all(db: Database, answers: Iterable[tuple[str, str, dict[str, Any] | None, str]]
               ) -> None:
    """Record the hub's answers ``(event_id, status, current_state, error)`` and ack the events."""
    with db.transaction() as s:
        items = [Answer(e, st, cur, err) for e, st, cur, err in answers]
        record_answers(s, items)
        for a in items:
            row = s.get(OutboxEvent, a.event_id)
            if row is not None:
                row.status, row.result, row.acked_at = OutboxStatus.ACKED, a.status, T0
