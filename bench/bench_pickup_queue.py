"""The pickup queue's refresh with 500 open orders (and 2,000 closed ones in the table).

Two figures, each p50 and p99: the service (``PickupService.queue``: read the
orders, their events and picks, work out each order's step, count the tabs,
sort), beside its floor (raw sqlite3 reading the same order rows and decoding
their records); and the screen (the Pickups screen's refresh on the threaded
runner until the queue table is painted, offscreen). Orders are spread over
the states a store sees: new, being picked (with picks and events waiting for
the hub), ready, ship-from-store, put-back tasks. Prints JSON lines and a
readable summary.

    QT_QPA_PLATFORM=offscreen python bench/bench_pickup_queue.py [--open 500] [--samples 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from table import Row  # noqa: E402

SKUS = [f"SKU-{i:05d}" for i in range(2000)]
NOW = datetime.now(UTC)


def _record(rng: random.Random, n: int, state: str, kind: str = "pickup",
            task: str | None = None) -> dict:
    lines = [{"line_no": i, "sku": rng.choice(SKUS), "name": f"Product {n}-{i}",
              "quantity": str(rng.randint(1, 3)), "unit_price_minor": 999, "total_minor": 999}
             for i in range(1, 4)]
    return {
        "pickup_id": str(uuid.uuid4()), "order_id": str(uuid.uuid4()),
        "order_number": f"W-{100000 + n}", "channel": "web", "kind": kind, "state": state,
        "version": rng.randint(1, 6), "store_code": "S001",
        "placed_at": (NOW - timedelta(minutes=rng.randint(5, 5000))).isoformat(),
        "promised_by": (NOW + timedelta(minutes=rng.randint(-120, 2880))).isoformat()
        if rng.random() < 0.8 else None,
        "changed_at": NOW.isoformat(),
        "customer": {"name": f"Customer {n}", "email": f"c{n}@example.com", "phone": ""},
        "pickup_code": f"C{n:07d}" if kind == "pickup" else "", "paid": rng.random() < 0.7,
        "currency": "USD", "total_minor": 2997, "due_minor": 0, "lines": lines,
        "task": task, "message": "",
        "ship_to": {"name": "x", "line1": "1 Main St", "city": "Portland", "postcode": "97201",
                    "country": "US"} if kind == "ship" else None,
    }


def build(path: Path, open_orders: int, closed: int) -> list[str]:
    """A store with a catalog and the orders; picks and waiting events on those being picked."""
    from omnipos.db.catalog import ProductRow, upsert_products, upsert_tax_classes
    from omnipos.db.engine import open_database
    from omnipos.db.settings import set_settings
    from omnipos.sync.appliers import apply_page
    from omnipos.sync.events.pickup import FEED_KIND
    from omnipos.sync.wire import Change

    rng = random.Random(10)
    db = open_database(path)
    with db.transaction() as s:
        set_settings(s, {"store.code": "S001", "store.name": "Bench Store", "till.code": "T01",
                         "store.currency": "USD", "store.prices": "exclusive"})
        upsert_tax_classes(s, {"standard": "0.0825"})
        upsert_products(s, [ProductRow(sku, f"Product {sku}", 999, "standard", ())
                            for sku in SKUS])
    mix = (["routed"] * 40 + ["accepted"] * 10 + ["picking"] * 20 + ["ready"] * 20
           + ["ship"] * 5 + ["task"] * 5)
    records, picking = [], []
    for n in range(open_orders):
        what = mix[n % len(mix)]
        if what == "ship":
            rec = _record(rng, n, "routed", kind="ship")
        elif what == "task":
            rec = _record(rng, n, "cancelled", task="put_back")
        else:
            rec = _record(rng, n, what)
        if what in ("accepted", "picking"):
            picking.append(rec["pickup_id"])
        records.append(rec)
    records += [_record(rng, open_orders + n, "handed_over") for n in range(closed)]
    with db.transaction() as s:
        apply_page(s, [Change(kind=FEED_KIND, key=r["pickup_id"], data=r) for r in records])
        from omnipos.db.pickups import unannounced_orders

        unannounced_orders(s)
    from omnipos.services.pickups import PickupService

    svc = PickupService(db)
    for pid in picking:  # a scan each: a pick and a pickup.picking event waiting for the hub
        line = svc.order(pid).lines[0].pick
        svc.tick(pid, line.sku)
    db.close()
    return picking


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", type=int, default=500, help="open orders in the queue")
    parser.add_argument("--closed", type=int, default=2000, help="closed orders in the table")
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()

    from omnipos.db.engine import open_database
    from omnipos.services.pickups import PickupService

    path = Path(tempfile.mkdtemp(prefix="omnipos-bench-pickups-")) / "till.sqlite3"
    build(path, args.open, args.closed)

    con = sqlite3.connect(path)
    floor: list[float] = []
    for _ in range(args.samples):
        start = time.perf_counter()
        rows = con.execute("SELECT pickup_id, record FROM pickup_orders WHERE state IN "
                           "('routed', 'accepted', 'picking', 'ready') OR task != ''").fetchall()
        for _pid, raw in rows:
            json.loads(raw)
        floor.append((time.perf_counter() - start) * 1000)
    con.close()

    db = open_database(path)
    svc = PickupService(db)
    queue = svc.queue()
    assert len(queue.rows) == args.open, len(queue.rows)
    service: list[float] = []
    for _ in range(args.samples):
        start = time.perf_counter()
        svc.queue()
        service.append((time.perf_counter() - start) * 1000)
    screen = _screen(svc, max(20, args.samples // 4))
    db.close()

    f50, f99 = _percentiles(floor)
    s50, s99 = _percentiles(service)
    g50, g99 = _percentiles(screen)
    common = {"bench": "pickup_queue", "open_orders": args.open, "closed_orders": args.closed,
              "loadavg": list(os.getloadavg())}
    print(json.dumps({**common, "op": "queue_service", "samples": len(service),
                      "p50_ms": round(s50, 2), "p99_ms": round(s99, 2),
                      "floor_p50_ms": round(f50, 2), "floor_p99_ms": round(f99, 2),
                      "ratio_p50": round(s50 / f50, 1) if f50 else None}))
    print(json.dumps({**common, "op": "queue_screen_refresh", "samples": len(screen),
                      "p50_ms": round(g50, 2), "p99_ms": round(g99, 2)}))
    Row(f"pickup queue, {args.open} open orders", "p99", round(s99, 2), floor=round(f99, 2),
        floor_is="raw read of the same rows").emit()
    Row(f"pickup queue, {args.open} open orders, screen", "p99", round(g99, 2)).emit()
    print(f"pickup queue, {args.open} open orders: service p50 {s50:.1f} ms, p99 {s99:.1f} ms "
          f"(floor: raw read {f50:.1f} / {f99:.1f} ms); screen refresh to paint p50 {g50:.1f} ms, "
          f"p99 {g99:.1f} ms", file=sys.stderr)
    return 0


def _screen(svc: object, samples: int) -> list[float]:
    """The Pickups screen's refresh (threaded runner) until its queue table is painted."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from omnipos.ui.common.style import load_style
    from omnipos.ui.common.tasks import TaskRunner
    from omnipos.ui.devices.receipt_printer import ReceiptPrinter
    from omnipos.ui.pickups.pickups_controller import PickupsController
    from omnipos.ui.pickups.pickups_view import PickupsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(load_style())
    runner = TaskRunner()
    view = PickupsView()
    screen = PickupsController(view, svc, runner, ReceiptPrinter(None),  # type: ignore[arg-type]
                               notify=lambda *_: None)
    view.resize(1280, 720)
    view.show()
    times: list[float] = []
    for _ in range(samples):
        loop = QEventLoop()
        view.queue_model.modelReset.connect(loop.quit)
        QTimer.singleShot(5000, loop.quit)
        start = time.perf_counter()
        screen.refresh()
        loop.exec()
        view.queue_model.modelReset.disconnect(loop.quit)
        view.queue.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    runner.shutdown()
    return times


if __name__ == "__main__":
    raise SystemExit(main())
