"""Hub restarts and database outages while tills push: nothing lost, tills recover alone.

The hub runs as its own process (``omnipos-hub serve``) on SQLite or on a
throw-away PostgreSQL cluster. While three tills keep selling and their sync
workers push in the background, the hub process is SIGKILLed or stopped and
started again, and PostgreSQL is stopped (fast or immediate) and started. No
one touches the tills; at the end every outbox is empty and the hub holds each
sale exactly once with the right stock.
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from omnipos.hub.admin import enrollment
from omnipos.hub.store.db import open_hub_db
from omnipos.sync.backoff import Backoff
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.status import sync_status
from omnipos.sync.worker import SyncWorker
from tests.reliability.conftest import FULL, scale
from tests.reliability.hubproc import (
    HubProcess,
    PgCluster,
    PgUnavailable,
    free_port,
    seed_hub,
    wait_until,
)
from tests.reliability.tills import Till, enroll_tills, hub_state, queue_mixed, worker_for
from tests.support.hub import make_pg_database


@pytest.fixture(scope="module")
def pg() -> Iterator[PgCluster]:
    try:
        cluster = PgCluster()
    except PgUnavailable as exc:
        pytest.skip(f"PostgreSQL: {exc}")
    try:
        yield cluster
    finally:
        cluster.close()


def _someone_failed_since(tills: list[Till], since: str) -> bool:
    """A till recorded a sync error after ``since`` (ISO UTC): it ran into the outage."""
    for till in tills:
        error = sync_status(till.db)["last_error"]
        if error and str(error.get("at", "")) > since:
            return True
    return False


def _disrupt(kind: str, hub: HubProcess, pg: PgCluster | None, tills: list[Till]) -> None:
    """One outage; it lasts until a till has noticed it (an observable, not a guess)."""
    since = datetime.now(UTC).isoformat()
    if kind == "hub-kill":
        hub.kill(signal.SIGKILL)
    elif kind == "hub-term":
        hub.kill(signal.SIGTERM)
    else:
        assert pg is not None
        pg.stop_server("immediate" if kind == "pg-immediate" else "fast")
    wait_until(lambda: _someone_failed_since(tills, since), 30, f"a till to notice {kind}")
    if kind.startswith("hub"):
        hub.start()
    else:
        assert pg is not None
        pg.start_server()


def _run(tmp_path: Path, db_url: str, pg: PgCluster | None, kinds: list[str], per_round: int,
         record, label: str) -> None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    seed_hub(db_url)
    hub = HubProcess(db_url, free_port(), tmp_path / "hub.log")
    hub.start()
    admin = open_hub_db(db_url)
    workers: list[SyncWorker] = []
    try:
        facade = SimpleNamespace(
            url=hub.url, code=lambda store: enrollment.make_enrollment_code(admin, store))
        tills = enroll_tills(facade, tmp_path)  # type: ignore[arg-type]
        expected: Counter[tuple[str, str]] = Counter()

        def sell_round(seed: int) -> None:
            for i, till in enumerate(tills):
                for sku, qty in queue_mixed(till, per_round, seed=seed * 10 + i, chunk=25).items():
                    expected[(till.store, sku)] += qty

        sell_round(0)
        for till in tills:
            worker = worker_for(till, batch=50, timeout=5.0)
            worker.interval = 0.1
            worker.backoff = Backoff(base=0.05, cap=1.0)
            worker.start()
            workers.append(worker)
        for n, kind in enumerate(kinds, start=1):
            sell_round(n)  # the tills keep selling through every outage
            _disrupt(kind, hub, pg, tills)
        sell_round(len(kinds) + 1)
        try:
            wait_until(lambda: all(outbox_depth(t.db) == 0 for t in tills), scale(90, 900),
                       "every outbox to drain", every=0.2)
        except AssertionError as exc:
            states = [{k: v for k, v in sync_status(t.db).items()
                       if k in ("outbox_depth", "last_error", "online", "auth_required", "epoch")}
                      for t in tills]
            raise AssertionError(f"{exc}: {states}; hub log: {hub.log_path.read_text()[-1500:]}"
                                 ) from None
        for w in workers:
            w.stop()
        events, receipts, levels = hub_state(admin)
        sent = [r for t in tills for r in t.receipts]
        problems = []
        if events != len(sent) or sorted(receipts) != sorted(sent):
            problems.append(f"hub holds {events} events / {len(receipts)} sales "
                            f"for {len(sent)} sent")
        want = {sku: {store: str(q) for (store, s), q in sorted(expected.items()) if s == sku and q}
                for sku in ("A", "B", "C")}
        if levels != want:
            problems.append(f"stock {levels} != expected {want}")
        quarantined = sum(sync_status(t.db)["quarantined"] for t in tills)
        if quarantined:
            problems.append(f"{quarantined} events quarantined")
        record(label, runs=len(kinds), failures=len(problems),
               figure=f"{len(sent)} sales pushed through {len(kinds)} outages "
                      f"({', '.join(f'{k} {v}' for k, v in sorted(Counter(kinds).items()))}); "
                      f"all at the hub exactly once; {time.monotonic() - started:.0f}s")
        assert problems == []
    finally:
        for w in workers:
            w.stop()
        hub.kill(signal.SIGKILL)
        admin.close()


@pytest.mark.reliability_full
def test_hub_restarts_on_sqlite(tmp_path: Path, record) -> None:  # type: ignore[no-untyped-def]
    kinds = ["hub-kill", "hub-term"] * scale(1, 3)
    _run(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}", None, kinds, scale(60, 400),
         record, "hub restarts (SQLite hub)")


@pytest.mark.postgres
def test_hub_restarts_and_pg_outages(tmp_path: Path, pg: PgCluster, record) -> None:  # type: ignore[no-untyped-def]
    url, drop = make_pg_database(pg.base_url, durable=True)  # acknowledged survives a crash
    kinds = ["pg-fast", "hub-kill", "pg-immediate"] * 3 if FULL else ["pg-immediate", "hub-kill"]
    try:
        _run(tmp_path, url, pg, kinds, scale(30, 400), record,
             "hub restarts + PostgreSQL outages")
    finally:
        drop()  # type: ignore[operator]
