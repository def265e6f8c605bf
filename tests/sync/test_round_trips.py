"""A completed sale reaches the hub in one round trip: the push brings the feed back.

Hello is said on first contact, after a failed pass and on a timer; a pass with
nothing to push is one pull. Older tills (a push without ``feed_cursor``) are
answered as before, without a feed.
"""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from omnipos.db.catalog import find_by_sku
from omnipos.db.settings import get_setting
from omnipos.db.stock import hub_level, till_level
from omnipos.hub.api import app as hub_app
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.stock import levels as stock
from omnipos.sync import worker as sync_worker
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.pull import feed_cursor
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.wire import PushResponse
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db, sell


class Recording(httpx.BaseTransport):
    """The till's requests, as "METHOD /path", on their way to the real hub."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.trips: list[str] = []
        self.down = False
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.trips.append(f"{request.method} {request.url.path}")
        if self.down:
            raise httpx.ConnectError("hub is down (test)", request=request)
        return self.inner.handle_request(request)

    def take(self) -> list[str]:
        with self._lock:
            trips, self.trips = self.trips, []
        return trips


HELLO, PUSH, PULL = "GET /v1/sync/hello", "POST /v1/sync/push", "GET /v1/sync/pull"


def _till(live_hub: Any, tmp_path: Path) -> tuple[Any, SyncWorker, Recording]:
    stock.import_levels(live_hub.db, _levels(tmp_path, "S1,A,10"))
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    wire = Recording()
    worker = SyncWorker(db, tokens, transport=wire)
    return db, worker, wire


def _levels(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / f"levels-{uuid.uuid4().hex[:6]}.csv"
    path.write_text("store,sku,quantity\n" + "\n".join(rows) + "\n")
    return path


def test_a_sale_reaches_the_hub_in_one_round_trip_and_brings_the_feed_back(
        live_hub: Any, tmp_path: Path) -> None:
    db, worker, wire = _till(live_hub, tmp_path)
    worker.run_once()
    assert wire.take()[0] == HELLO  # first contact says hello

    upsert_lines(live_hub.db, [CatalogLine("B", "Bread", ("00036000291452",), 275, "RED")],
                 "USD")  # a price change waits in the feed
    sale = sell(db, [("A", 3)])
    before = feed_cursor(db)
    report = worker.run_once()
    assert wire.take() == [PUSH]  # no hello, no pull: one round trip
    assert report.push.applied == 1 and outbox_depth(db) == 0
    assert [s["receipt_no"] for s in iter_sales(live_hub.db)] == [sale.receipt_no]
    assert feed_cursor(db) != before and report.pull.changes >= 2
    with db.read() as s:
        assert find_by_sku(s, "B").price_minor == 275  # the change that waited came back
        level = hub_level(s, "A")  # and the hub's level after this very sale
        assert level is not None and level.level == Decimal(7)
        assert till_level(s, "A") == Decimal(7)

    worker.run_once()  # nothing to push: one pull
    assert wire.take() == [PULL]


def test_hello_again_after_a_failed_pass_and_on_the_timer(
        live_hub: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, worker, wire = _till(live_hub, tmp_path)
    worker.run_once()
    wire.take()
    sell(db, [("A", 1)])
    wire.down = True
    with pytest.raises(SyncError):
        worker.run_once()
    wire.down = False
    wire.take()
    worker.run_once()
    assert wire.take() == [HELLO, PUSH]  # after an error, hello first
    assert outbox_depth(db) == 0

    monkeypatch.setattr(sync_worker, "HELLO_EVERY_S", 0.0)  # the timer is due
    worker.run_once()
    assert wire.take() == [HELLO, PULL]


def test_a_push_answer_with_more_waiting_is_followed_by_a_pull(
        live_hub: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db, worker, wire = _till(live_hub, tmp_path)
    worker.run_once()
    wire.take()
    monkeypatch.setattr(hub_app, "PUSH_FEED_LIMIT", 1)
    upsert_lines(live_hub.db, [CatalogLine("B", "Bread", ("00036000291452",), 275, "RED"),
                               CatalogLine("C", "Cheese", ("00000096385074",), 499, "STD")],
                 "USD")
    sell(db, [("A", 1)])
    report = worker.run_once()
    assert wire.take() == [PUSH, PULL]  # the answer said has_more: the rest by pull
    with db.read() as s:
        assert find_by_sku(s, "B").price_minor == 275
        assert find_by_sku(s, "C").price_minor == 499
    assert report.pull.pages == 2


def test_a_push_without_a_cursor_is_answered_as_before(live_hub: Any, tmp_path: Path) -> None:
    """An older till sends no feed_cursor: the answer has no feed, and it pulls as it did."""
    db, worker, _wire = _till(live_hub, tmp_path)
    worker.run_once()
    with db.read() as s:
        device_id = str(get_setting(s, "device.id"))
    token = worker.tokens.load(device_id)
    body = {"device_id": device_id, "batch_id": str(uuid.uuid4()), "epoch": 1, "events": []}
    headers = {"Authorization": f"Bearer {token}"}
    old = httpx.post(f"{live_hub.url}/v1/sync/push", json=body, headers=headers)
    assert old.status_code == 200, old.text
    assert PushResponse.model_validate(old.json()).feed is None
    assert old.json().get("feed") is None

    upsert_lines(live_hub.db, [CatalogLine("B", "Bread", ("00036000291452",), 275, "RED")],
                 "USD")
    new = httpx.post(f"{live_hub.url}/v1/sync/push", headers=headers,
                     json={**body, "batch_id": str(uuid.uuid4()), "feed_cursor": feed_cursor(db)})
    feed = PushResponse.model_validate(new.json()).feed
    assert feed is not None and not feed.has_more
    assert [(c.kind, c.key) for c in feed.changes] == [("product", "B")]
    gone = httpx.post(f"{live_hub.url}/v1/sync/push", headers=headers,
                      json={**body, "batch_id": str(uuid.uuid4()), "feed_cursor": "not-a-cursor"})
    assert gone.status_code == 200 and gone.json()["feed"] is None  # the pull says why
