"""Tills for the sync reliability tests: enrolled, loaded with queued sales, drained."""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import func, select

from omnipos.db.engine import Database
from omnipos.db.settings import set_settings
from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.stock import levels as stock
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import EventRecord
from omnipos.sync.backoff import Backoff
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.outbox import outbox_depth
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import LiveHub, new_till_db, queue_sales

SKUS = ("A", "B", "C")
LAYOUT = (("t1", "S1"), ("t2", "S1"), ("t3", "S2"))  # two tills of one store, one of another


@dataclass
class Till:
    name: str
    store: str
    db: Database
    tokens: MemoryTokenStore
    receipts: list[str]


def enroll_tills(hub: LiveHub, tmp_path: Path, prefix: str = "") -> list[Till]:
    tills = []
    for name, store in LAYOUT:
        db = new_till_db(tmp_path, f"{prefix}{name}")
        tokens = MemoryTokenStore()
        enroll(db, hub.url, hub.code(store), tokens)
        tills.append(Till(name, store, db, tokens, []))
    return tills


def queue_mixed(till: Till, count: int, seed: int, chunk: int = 250) -> Counter[str]:
    """Queue ``count`` sales of random SKUs and quantities (seeded); returns the stock change."""
    rng = random.Random(seed)
    change: Counter[str] = Counter()
    done = 0
    while done < count:
        n = min(chunk, count - done)
        sku, qty = rng.choice(SKUS), rng.randint(1, 3)
        till.receipts += queue_sales(till.db, n, sku=sku, qty=str(qty), per_txn=n)
        change[sku] -= n * qty
        done += n
    return change


def sell_mixed(till: Till, count: int, seed: int) -> Counter[str]:
    """Ring up ``count`` real sales (seeded SKUs, quantities and mixes) through the till's
    own CheckoutService.complete_sale: the sale rows, taxes, stock movements, journal and
    the outbox event are what a cashier's sale writes. Returns the stock change."""
    from omnipos.domain.shifts import CashCount
    from omnipos.services.selling import CheckoutService
    from omnipos.services.shifts import ShiftService

    rng = random.Random(seed)
    svc = CheckoutService(till.db)
    if svc.shift_needed():  # selling needs an open shift: an empty drawer here
        ShiftService(till.db).open(CashCount(svc.store.currency), actor=None)
    change: Counter[str] = Counter()
    for _ in range(count):
        cart = svc.new_cart()
        for sku in rng.sample(SKUS, rng.randint(1, len(SKUS))):
            qty = rng.randint(1, 3)
            svc.add_sku(cart, sku, qty)
            change[sku] -= qty
        payment = svc.start_payment(cart)
        payment.add_cash(payment.remaining_minor)
        till.receipts.append(svc.complete_sale(cart, payment).receipt_no)
    return change


def point_at(till: Till, url: str) -> None:
    """Send this till's sync through ``url`` (a proxy) instead of the hub it enrolled with."""
    with till.db.transaction() as s:
        set_settings(s, {"hub.url": url})


def worker_for(till: Till, *, batch: int = 100, timeout: float = 3.0) -> SyncWorker:
    return SyncWorker(till.db, till.tokens, batch_size=batch,
                      backoff=Backoff(base=0.01, cap=0.5, rng=random.Random(till.name)),
                      timeout=httpx.Timeout(timeout, connect=1.0))


def drain(worker: SyncWorker, deadline: float) -> int:
    """run_once until the outbox is empty, backing off on faults; returns failed passes."""
    failures = 0
    while time.monotonic() < deadline:
        try:
            worker.run_once()
            if outbox_depth(worker.db) == 0:
                return failures
        except SyncError as exc:
            failures += 1
            if not exc.retryable:
                raise
            worker._stop.wait(worker.backoff.next_delay(exc.retry_after))
    raise AssertionError(f"outbox not drained in time: {outbox_depth(worker.db)} left")


def drain_all(workers: list[SyncWorker], seconds: float) -> list[int]:
    """Drain every till at once (one thread each); failed passes per till."""
    deadline = time.monotonic() + seconds
    results: list[int | BaseException] = [0] * len(workers)

    def run(i: int) -> None:
        try:
            results[i] = drain(workers[i], deadline)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(len(workers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(1.0, deadline - time.monotonic() + 30))
    for r in results:
        if isinstance(r, BaseException):
            raise r
    return [int(r) for r in results]  # type: ignore[arg-type]


def expected_levels(changes: list[tuple[str, Counter[str]]]) -> dict[str, dict[str, str]]:
    """The hub's stock per SKU per store that (store, stock change) pairs add up to."""
    totals: dict[str, Counter[str]] = {}
    for store, change in changes:
        for sku, qty in change.items():
            totals.setdefault(sku, Counter())[store] += qty
    return {sku: {store: str(q) for store, q in sorted(totals.get(sku, Counter()).items())}
            for sku in SKUS}


def hub_state(db: HubDB) -> tuple[int, list[str], dict[str, dict[str, str]]]:
    """Events stored, receipt numbers of the sales (with repeats), stock per SKU per store."""
    with db.read() as s:
        events = int(s.scalar(select(func.count()).select_from(EventRecord)) or 0)
    receipts = [sale["receipt_no"] for sale in iter_sales(db)]
    return events, receipts, {sku: stock.show(db, sku) for sku in SKUS}
