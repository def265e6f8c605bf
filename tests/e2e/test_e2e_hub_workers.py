"""End to end: `omnipos-hub serve --workers 2` against one PostgreSQL. Exactly once, still.

The hub is stateless, so two uvicorn worker processes share its database: two tills
push through faults (lost answers, resets, 5xx, delays) that make them send batches
again, to whichever worker takes the connection. Every sale arrives once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.stock import levels as stock
from omnipos.hub.store.models import EventRecord
from omnipos.sync.backoff import Backoff
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.faults import FaultPlan, FaultyTransport
from tests.support.hub import make_pg_database, pg_cluster  # noqa: F401
from tests.support.hub_process import served_hub
from tests.support.sync import LiveHub, new_till_db, queue_sales, start_live_hub

SALES_PER_TILL = 300


@pytest.fixture
def two_worker_hub(pg_cluster: str, tmp_path: Path) -> Iterator[tuple[LiveHub, str]]:  # noqa: F811
    url, drop = make_pg_database(pg_cluster)
    hub = start_live_hub(url)  # the stores and catalog; its in-process server is not used
    hub.stop()
    try:
        with served_hub(url, tmp_path / "hub.log", workers=2) as base:
            yield hub, base
    finally:
        hub.db.close()
        drop()  # type: ignore[operator]


def _drain(worker: SyncWorker, failures: list[BaseException]) -> None:
    try:
        for _ in range(3000):
            try:
                worker.run_once()
                if outbox_depth(worker.db) == 0:
                    return
            except SyncError as exc:
                if not exc.retryable:
                    raise
        raise AssertionError("the outbox never drained")
    except BaseException as exc:  # reported by the test's thread
        failures.append(exc)


@pytest.mark.postgres
@pytest.mark.slow
def test_two_tills_through_faults_to_two_workers_arrive_exactly_once(two_worker_hub,
                                                                     tmp_path: Path) -> None:
    hub, base = two_worker_hub
    workers, receipts, transports = [], [], []
    for n, store in enumerate(("S1", "S2")):
        db = new_till_db(tmp_path, f"till{n}")
        tokens = MemoryTokenStore()
        enroll(db, base, hub.code(store), tokens)
        receipts += queue_sales(db, SALES_PER_TILL)
        faulty = FaultyTransport(httpx.HTTPTransport(), FaultPlan.everything(rate=0.08,
                                                                             seed=21 + n))
        transports.append(faulty)
        workers.append(SyncWorker(db, tokens, transport=faulty, batch_size=20,
                                  backoff=Backoff(base=0.001, cap=0.02)))
    failures: list[BaseException] = []
    threads = [threading.Thread(target=_drain, args=(w, failures)) for w in workers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(600)
    assert not failures, failures
    assert any("lost_response" in t.counts for t in transports)  # batches were sent again
    got = [s["receipt_no"] for s in iter_sales(hub.db)]
    assert len(got) == 2 * SALES_PER_TILL and sorted(got) == sorted(receipts)
    with hub.db.read() as s:
        assert s.scalar(select(func.count()).select_from(EventRecord)) == 2 * SALES_PER_TILL
    assert stock.show(hub.db, "A") == {"S1": f"-{SALES_PER_TILL}", "S2": f"-{SALES_PER_TILL}"}
