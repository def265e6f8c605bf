"""A push's events in one transaction, a savepoint each (SQLite and PostgreSQL)."""

from __future__ import annotations

from contextlib import contextmanager

from sqlalchemy import event, func, select

from omnipos.hub.events import apply
from omnipos.hub.events.handler import Handler, Invalid
from omnipos.hub.events.registry import HANDLERS
from omnipos.hub.store.models import EventRecord, FeedChange, QuarantinedEvent, SaleRecord
from omnipos.hub.store.models.stock import StockEntry, StockLevel
from omnipos.sync.events import EventType
from tests.support.hub import sale_event


def _count_transactions(hub, monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    opened = [0]
    real = hub.raw_transaction

    @contextmanager
    def counted(**kwargs):  # type: ignore[no-untyped-def]
        opened[0] += 1
        with real(**kwargs) as c:
            yield c

    monkeypatch.setattr(hub, "raw_transaction", counted)
    return opened


def test_a_push_costs_one_transaction_whatever_its_size(till, hub, monkeypatch):
    opened = _count_transactions(hub, monkeypatch)
    assert till.push([sale_event(1)]).json()["results"][0]["status"] == "applied"
    one = opened[0]
    opened[0] = 0
    results = till.push([sale_event(n) for n in range(2, 52)]).json()["results"]
    assert [r["status"] for r in results] == ["applied"] * 50
    assert opened[0] == one  # not one per event
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 51


def test_an_event_refused_halfway_leaves_only_its_quarantine(till, hub, monkeypatch):
    """The handler of the middle event writes its sale and stock, then finds it invalid: its
    savepoint is rolled back (rows and feed changes), the others keep theirs."""
    sale = HANDLERS[EventType.SALE_COMPLETED]

    def refuse_b_after_writing(pushed, payload):  # type: ignore[no-untyped-def]
        outcome = sale.apply(pushed, payload)
        if payload.lines[0].sku == "B":
            raise Invalid("payload.lines.0.sku: B is refused after its writes")
        return outcome

    monkeypatch.setattr(apply, "HANDLERS", {**HANDLERS, EventType.SALE_COMPLETED: Handler(
        sale.model, refuse_b_after_writing)})
    with hub.read() as s:
        feed_before = s.scalar(select(func.count()).select_from(FeedChange))
    events = [sale_event(1, lines=[("A", 199, "1")]), sale_event(2, lines=[("B", 99, "3")]),
              sale_event(3, lines=[("A", 199, "2")])]
    results = till.push(events).json()["results"]
    assert [r["status"] for r in results] == ["applied", "invalid", "applied"]
    assert "B is refused" in results[1]["error"]
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 2
        assert s.scalar(select(func.count()).select_from(EventRecord)) == 2
        assert s.scalar(select(func.count()).select_from(QuarantinedEvent)) == 1
        assert s.scalar(select(func.count()).select_from(StockEntry)
                        .where(StockEntry.sku == "B")) == 0
        levels = dict(s.execute(select(StockLevel.sku, StockLevel.level_milli)
                                .where(StockLevel.store_code == "S1")).all())
        assert levels.get("A") == -3000 and "B" not in levels
        changes = s.scalars(select(FeedChange).order_by(FeedChange.seq)
                            .offset(feed_before)).all()
    # The good events' level changes (and the other stores' view of them), none for B;
    # the sequence has no gap.
    keys = [(c.kind, c.key) for c in changes]
    assert keys.count(("stock", "S1:A")) == 2
    assert not [key for _kind, key in keys if key.endswith(":B") or ":B:" in key]
    assert [c.seq for c in changes] == list(range(changes[0].seq, changes[0].seq + len(keys)))


def test_a_batch_that_deadlocks_is_applied_event_by_event(till, hub, monkeypatch):
    """PostgreSQL fails one of two batches that wait on each other's rows: that push's
    events are applied again, each in its own transaction, and every one has its result."""
    calls = {"batch": 0}
    real_apply_in = apply._apply_in

    def deadlocks_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        if calls["batch"] == 0:
            calls["batch"] += 1
            import psycopg

            raise psycopg.errors.DeadlockDetected("deadlock detected")
        return real_apply_in(*args, **kwargs)

    monkeypatch.setattr(apply, "_apply_in", deadlocks_once)
    results = till.push([sale_event(1), sale_event(2)]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 2



def test_a_batch_of_good_events_takes_one_savepoint_not_one_each(till, hub):
    taken: list[str] = []

    def count(_conn, name):  # type: ignore[no-untyped-def]
        taken.append(name)

    event.listen(hub.hot_engine, "savepoint", count)  # the engine pushes run on
    try:
        results = till.push([sale_event(n) for n in range(1, 21)]).json()["results"]
    finally:
        event.remove(hub.hot_engine, "savepoint", count)
    assert [r["status"] for r in results] == ["applied"] * 20
    assert len(taken) == 1


def test_one_batch_carrying_an_event_twice_and_a_number_twice(till, hub):
    """The batch's look-up ran before any of it was written: what the batch itself claimed
    is looked up again, so the repeat is a duplicate and the reused number invalid."""
    first = sale_event(1)
    clash = sale_event(1, lines=[("B", 99, "1")])  # another event on the same number
    results = till.push([first, first, clash, sale_event(2)]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "duplicate", "invalid", "applied"]
    assert results[1]["original_status"] == "applied"
    assert "device_seq" in results[2]["error"]
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 2
        assert s.scalar(select(func.count()).select_from(QuarantinedEvent)) == 1
