"""insert_rows and run_driver: the hot paths' statements on the driver, stored as the ORM would."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from omnipos.db.counters import current_value, next_value
from omnipos.db.engine import Database
from omnipos.db.models import (
    NewJournalEntry,
    NewOutboxEvent,
    NewSale,
    NewSaleLine,
    NewSaleTax,
    NewSaleTender,
    NewStockMovement,
    OutboxEvent,
)
from omnipos.db.rows import insert_rows, run_driver


def _event(n: int, at: datetime, payload: dict) -> OutboxEvent:
    return OutboxEvent(event_id=f"e{n}", device_seq=n, type="sale.completed", schema_version=1,
                       occurred_at=at, payload=payload, status="pending", result="", error="",
                       attempts=0, acked_at=None)


def test_rows_read_back_as_the_orm_writes_them(db: Database) -> None:
    at = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    other_zone = datetime(2026, 3, 1, 14, 30, 15, tzinfo=timezone(timedelta(hours=2)))
    payload = {"lines": [{"sku": "A", "qty": "1.5"}], "name": "Crème brûlée"}
    with db.transaction() as s:
        insert_rows(s, [_event(1, at, payload), _event(2, other_zone, {})])
        s.add(_event(3, at, payload))  # the ORM's own way, for comparison
    with db.read() as s:
        rows = {r.event_id: r for r in s.scalars(select(OutboxEvent))}
        assert rows["e1"].occurred_at == rows["e3"].occurred_at
        assert rows["e1"].payload == rows["e3"].payload == payload
        assert rows["e2"].occurred_at == other_zone  # the same moment, whatever the zone
        assert rows["e1"].acked_at is None and rows["e1"].attempts == 0
        stored = run_driver(s, "SELECT occurred_at, payload FROM outbox ORDER BY device_seq")
    assert stored[0] == stored[2]  # the same text in the file


def test_a_duplicate_row_is_sqlalchemys_integrity_error_and_rolls_back(db: Database) -> None:
    at = datetime.now(UTC)
    with db.transaction() as s:
        insert_rows(s, [_event(1, at, {})])
    with pytest.raises(IntegrityError), db.transaction() as s:
        insert_rows(s, [_event(2, at, {})])
        insert_rows(s, [_event(1, at, {})])  # the same event id again
    with db.read() as s:
        assert [r.event_id for r in s.scalars(select(OutboxEvent))] == ["e1"]


def test_counters_start_at_one_and_roll_back_with_the_transaction(db: Database) -> None:
    with db.transaction() as s:
        assert [next_value(s, "receipt") for _ in range(3)] == [1, 2, 3]
    with pytest.raises(RuntimeError), db.transaction() as s:
        assert next_value(s, "receipt") == 4
        raise RuntimeError("the sale failed")
    with db.transaction() as s:
        assert current_value(s, "receipt") == 3
        assert next_value(s, "receipt") == 4
        assert run_driver(s, "SELECT value FROM counters WHERE name = ?", ("receipt",)) == [(4,)]


@pytest.mark.parametrize("record", [NewSale, NewSaleLine, NewSaleTender, NewSaleTax,
                                    NewStockMovement, NewOutboxEvent, NewJournalEntry])
def test_a_plain_row_has_a_field_for_every_column_of_its_table(record: type) -> None:
    children = {"lines", "tenders", "taxes"}  # a new sale carries its rows of the other tables
    names = {f.name for f in fields(record)} - children
    assert names == {c.key for c in record.__table__.columns}


def test_a_plain_row_reads_back_as_the_orm_row(db: Database) -> None:
    at = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    payload = {"lines": [{"sku": "A", "qty": "1.5"}], "name": "Crème brûlée"}
    with db.transaction() as s:
        insert_rows(s, [NewOutboxEvent(event_id="e1", device_seq=1, type="sale.completed",
                                       schema_version=1, occurred_at=at, payload=payload,
                                       status="pending")])
        s.add(_event(2, at, payload))
    with db.read() as s:
        one, two = s.scalars(select(OutboxEvent).order_by(OutboxEvent.device_seq))
        assert (one.occurred_at, one.payload, one.result, one.attempts, one.acked_at) == \
            (two.occurred_at, two.payload, two.result, two.attempts, two.acked_at)
