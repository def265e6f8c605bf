"""Two pushes of the same event at once (issue 15, point 8).

A till retries while its first request still runs, or two hub workers take
the same batch: the second request must answer ``duplicate`` for that event,
never a 500, and still apply the rest of its batch, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select, text

from omnipos.hub.events import apply
from omnipos.hub.events.handler import Handler
from omnipos.hub.events.registry import HANDLERS
from omnipos.hub.store.models import EventRecord, SaleRecord
from omnipos.sync.events import EventType
from tests.support.hub import make_pg_database, sale_event
from tests.support.sync import LiveHub, start_live_hub


def test_an_event_committed_by_another_request_meanwhile_is_a_duplicate(till, hub, monkeypatch):
    """The look-up missed the event (another request had not committed yet); the insert
    then hits the unique key, as the raw driver reports it on either database."""
    first = sale_event(1)
    assert till.push([first]).json()["results"][0]["status"] == "applied"
    real_find = apply._find
    stale = {"left": 1}

    def find_as_before_the_other_commit(sql, till_, ev):  # type: ignore[no-untyped-def]
        if stale["left"] and str(ev.event_id) == first["event_id"]:
            stale["left"] -= 1
            return []
        return real_find(sql, till_, ev)

    monkeypatch.setattr(apply, "_find", find_as_before_the_other_commit)
    resp = till.push([first, sale_event(2)])
    assert resp.status_code == 200, resp.text
    results = resp.json()["results"]
    assert [r["status"] for r in results] == ["duplicate", "applied"]
    assert results[0]["original_status"] == "applied"
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 2


@pytest.fixture
def pg_live_hub(pg_cluster: str) -> Iterator[LiveHub]:
    url, drop = make_pg_database(pg_cluster)
    hub = start_live_hub(url)
    try:
        yield hub
    finally:
        hub.stop()
        hub.db.close()
        drop()  # type: ignore[operator]


def _blocked_on_a_lock(hub: LiveHub) -> bool:
    """Some connection of the hub's database waits for a row lock."""
    with hub.db.read() as s:
        return bool(s.scalar(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")))


@pytest.mark.postgres
def test_two_concurrent_pushes_of_one_event_on_postgresql(pg_live_hub, monkeypatch):
    """Request A holds its transaction open after claiming the event; request B pushes the
    same event and one more, and waits on A's row lock. When A commits, B's insert fails
    with PostgreSQL's unique violation: B must answer duplicate and apply its other event."""
    hub = pg_live_hub
    reg = httpx.post(f"{hub.url}/v1/devices/register",
                     json={"enrollment_code": hub.code("S1"), "device_name": "t"}).json()
    headers = {"Authorization": f"Bearer {reg['token']}"}
    gate, inside = threading.Event(), threading.Event()
    sale = HANDLERS[EventType.SALE_COMPLETED]

    def held_record_sale(pushed, payload):  # type: ignore[no-untyped-def]
        inside.set()
        assert gate.wait(60), "the test never opened the gate"
        return sale.apply(pushed, payload)

    monkeypatch.setattr(apply, "HANDLERS", {**HANDLERS, EventType.SALE_COMPLETED: Handler(
        sale.model, held_record_sale)})
    shared, other = sale_event(1), sale_event(2)
    answers: dict[str, httpx.Response] = {}

    def push(name: str, events: list[dict[str, object]]) -> None:
        answers[name] = httpx.post(f"{hub.url}/v1/sync/push", headers=headers, timeout=60, json={
            "device_id": reg["device_id"], "batch_id": str(uuid.uuid4()), "epoch": 1,
            "events": events})

    a = threading.Thread(target=push, args=("a", [shared]))
    a.start()
    assert inside.wait(30), "request A never reached its handler"
    b = threading.Thread(target=push, args=("b", [shared, other]))
    b.start()
    poll = threading.Event()  # never set: its wait() is the pause between checks
    for _ in range(600):  # until B waits on A's lock (a condition, checked every 50 ms)
        if _blocked_on_a_lock(hub):
            break
        poll.wait(0.05)
    else:
        pytest.fail("request B never waited on request A's row lock")
    gate.set()
    a.join(60)
    b.join(60)
    assert answers["a"].status_code == 200, answers["a"].text
    assert answers["b"].status_code == 200, answers["b"].text
    assert [r["status"] for r in answers["a"].json()["results"]] == ["applied"]
    assert [r["status"] for r in answers["b"].json()["results"]] == ["duplicate", "applied"]
    with hub.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EventRecord)) == 2
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 2
