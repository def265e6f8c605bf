"""End to end: tills selling offline, faults on the wire, clock skew. Exactly once, always."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.stock import levels as stock
from omnipos.hub.store.models import EventRecord
from omnipos.sync.backoff import Backoff
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.status import sync_status
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.faults import FaultPlan, FaultyTransport
from tests.support.sync import new_till_db, queue_sales, sell

FAST = {"base": 0.001, "cap": 0.02}


def _sync_until_drained(worker: SyncWorker, max_passes: int = 2000) -> int:
    """run_once until the outbox is empty, backing off on faults; returns failed passes."""
    failures = 0
    for _ in range(max_passes):
        try:
            worker.run_once()
            if outbox_depth(worker.db) == 0:
                return failures
        except SyncError as exc:
            failures += 1
            if not exc.retryable:
                raise
            worker._stop.wait(worker.backoff.next_delay(exc.retry_after))
    raise AssertionError("outbox never drained")


def test_three_tills_sell_while_hub_is_down(live_hub, tmp_path: Path) -> None:
    tills = []
    for name, store in (("a1", "S1"), ("a2", "S1"), ("b1", "S2")):
        db = new_till_db(tmp_path, name)
        tokens = MemoryTokenStore()
        enroll(db, live_hub.url, live_hub.code(store), tokens)
        tills.append((db, tokens, store))
    live_hub.stop()  # the hub goes down; the tills keep selling
    rng = random.Random(7)
    expected: Counter[tuple[str, str]] = Counter()
    receipts: list[str] = []
    for _ in range(30):
        db, tokens, store = rng.choice(tills)
        items = [(sku, rng.randint(1, 3)) for sku in rng.sample(["A", "B", "C"], rng.randint(1, 3))]
        receipts.append(sell(db, items).receipt_no)
        for sku, qty in items:
            expected[(store, sku)] -= qty
    for db, tokens, _ in tills:
        worker = SyncWorker(db, tokens, backoff=Backoff(**FAST))
        with pytest.raises(SyncError):
            worker.run_once()
        status = sync_status(db)
        assert status["online"] is False and status["last_error"]["kind"] == "network"
        assert status["outbox_depth"] > 0
    live_hub.start()
    for db, tokens, _ in tills:
        _sync_until_drained(SyncWorker(db, tokens, backoff=Backoff(**FAST)))
    got = [s["receipt_no"] for s in iter_sales(live_hub.db)]
    assert sorted(got) == sorted(receipts) and len(set(got)) == 30
    for sku in "ABC":
        levels = stock.show(live_hub.db, sku)
        for store in ("S1", "S2"):
            assert levels.get(store, "0") == str(expected[(store, sku)])


@pytest.mark.slow
def test_2000_events_through_faults_arrive_exactly_once(live_hub, tmp_path: Path) -> None:
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    receipts = queue_sales(db, 2000)
    faulty = FaultyTransport(httpx.HTTPTransport(), FaultPlan.everything(rate=0.06, seed=11))
    worker = SyncWorker(db, tokens, transport=faulty, batch_size=25, backoff=Backoff(**FAST))
    failures = _sync_until_drained(worker)
    assert failures > 0
    assert {"drop", "reset_mid_body", "http500", "http503", "http429", "lost_response",
            "delay"} <= set(faulty.counts), faulty.counts
    got = [s["receipt_no"] for s in iter_sales(live_hub.db)]
    assert len(got) == 2000 and sorted(got) == sorted(receipts)
    with live_hub.db.read() as s:
        from sqlalchemy import func, select

        assert s.scalar(select(func.count()).select_from(EventRecord)) == 2000
    assert stock.show(live_hub.db, "A") == {"S1": "-2000"}


def test_clock_skew_changes_nothing(live_hub, tmp_path: Path) -> None:
    skewed_db = new_till_db(tmp_path, "skewed")
    normal_db = new_till_db(tmp_path, "normal")
    t_skew, t_norm = MemoryTokenStore(), MemoryTokenStore()
    enroll(skewed_db, live_hub.url, live_hub.code("S1"), t_skew)
    enroll(normal_db, live_hub.url, live_hub.code("S1"), t_norm)
    def behind() -> datetime:
        return datetime.now(UTC) - timedelta(hours=7)

    def ahead() -> datetime:
        return datetime.now(UTC) + timedelta(hours=5)

    first = sell(skewed_db, [("A", 1)], clock=behind)
    SyncWorker(skewed_db, t_skew).run_once()
    second = sell(normal_db, [("A", 2)])
    SyncWorker(normal_db, t_norm).run_once()
    third = sell(skewed_db, [("B", 1)], clock=ahead)
    SyncWorker(skewed_db, t_skew).run_once()
    SyncWorker(normal_db, t_norm).run_once()
    # Every sale arrived once, and the stock feed reached both tills in server order.
    assert sorted(s["receipt_no"] for s in iter_sales(live_hub.db)) == sorted(
        [first.receipt_no, second.receipt_no, third.receipt_no])
    assert stock.show(live_hub.db, "A") == {"S1": "-3"}
    from omnipos.db.stock import till_level

    for db in (skewed_db, normal_db):
        with db.read() as s:
            assert str(till_level(s, "A")) == "-3"
            assert str(till_level(s, "B")) == "-1"


def test_real_tcp_resets_mid_body_and_lost_responses(live_hub, tmp_path: Path) -> None:
    """Through a TCP proxy that cuts real connections: every event arrives exactly once."""
    from omnipos.db.settings import set_setting
    from tests.support.faults import ChaosProxy

    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    receipts = queue_sales(db, 300)
    proxy = ChaosProxy(int(live_hub.url.rsplit(":", 1)[1]),
                       {"reset_mid_body": 0.2, "lost_response": 0.2, "delay": 0.1}, seed=5)
    try:
        with db.transaction() as s:
            set_setting(s, "hub.url", proxy.url)
        worker = SyncWorker(db, tokens, batch_size=20, backoff=Backoff(**FAST))
        assert _sync_until_drained(worker) > 0
    finally:
        proxy.stop()
    assert proxy.counts["reset_mid_body"] and proxy.counts["lost_response"], proxy.counts
    got = [s["receipt_no"] for s in iter_sales(live_hub.db)]
    assert sorted(got) == sorted(receipts)
    assert stock.show(live_hub.db, "A") == {"S1": "-300"}


def test_the_feed_that_comes_back_with_pushes_survives_faults(live_hub, tmp_path: Path) -> None:
    """Two tills of one store sell and sync in turn through lost answers, resets and 5xx.

    Each push brings the feed back (no pull while nothing more waits); a page whose
    answer was lost comes again with the next push. In the end both tills hold the
    hub's level of what they sold between them, and every sale is at the hub once.
    """
    from omnipos.db.stock import hub_level, till_level

    levels = tmp_path / "levels.csv"
    levels.write_text("store,sku,quantity\nS1,A,500\n")
    stock.import_levels(live_hub.db, levels)
    workers, receipts, transports = [], [], []
    for n in range(2):
        db = new_till_db(tmp_path, f"till{n}")
        tokens = MemoryTokenStore()
        enroll(db, live_hub.url, live_hub.code("S1"), tokens)
        faulty = FaultyTransport(httpx.HTTPTransport(), FaultPlan.everything(rate=0.1,
                                                                             seed=31 + n))
        transports.append(faulty)
        workers.append(SyncWorker(db, tokens, transport=faulty, backoff=Backoff(**FAST)))
    rng = random.Random(3)
    sold = 0
    worker = workers[0]
    for _ in range(40):
        worker = rng.choice(workers)
        qty = rng.randint(1, 3)
        receipts.append(sell(worker.db, [("A", qty)]).receipt_no)
        sold += qty
        _sync_until_drained(worker)
    assert stock.show(live_hub.db, "A") == {"S1": str(500 - sold)}
    assert any(t.counts["lost_response"] for t in transports)  # pages came twice
    with worker.db.read() as s:  # the last push's answer brought its own sale's level back
        level = hub_level(s, "A")
        assert level is not None and level.level == 500 - sold
    for worker, faulty in zip(workers, transports, strict=True):
        faulty.plan.rates.clear()  # a clean pass: what the other till sold since its push
        worker.run_once()
        with worker.db.read() as s:
            level = hub_level(s, "A")
            assert level is not None and level.level == 500 - sold
            assert till_level(s, "A") == 500 - sold
    assert sorted(s["receipt_no"] for s in iter_sales(live_hub.db)) == sorted(receipts)
