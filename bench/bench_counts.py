"""A full count of 50,000 SKUs with 200,000 scans: per scan, the review, submit to the hub.

The hub (``omnipos-hub serve`` in a child process, SQLite) holds a store with the
catalog and a level for every SKU, and a full count made as ``omnipos-hub count
create --full`` makes it; the till enrolls and pulls both. Then, on the till:

* each scan through ``CountService.scan`` (one transaction, committed: durable
  when it returns), p50 and p99, beside DESIGN.md's budget (count scan durable
  p99 5 ms) and the floor (raw sqlite3 inserting the same scan row and updating
  the line's quantity in one committed transaction, fsynced, its WAL copied by the
  till's checkpointer as the till's is; sampled in turn with the scans);
* the review's open time: the service's review of every line, and the Counts
  screen's review table filled from it and painted (offscreen);
* submit to hub: approving the count (count.submitted in parts of 1,000 lines
  queued) and one push until the hub has applied every part.

One JSON object per line on stdout, a readable summary on stderr.

    python bench/bench_counts.py [--skus 50000] [--scans 200000]
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
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_sync_common import hub_process
from table import Row

from omnipos.db.checkpoints import Checkpointer
from omnipos.db.engine import BUSY_TIMEOUT_MS, WAL_BACKSTOP_PAGES, open_database
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.counts import sessions
from omnipos.hub.stock import levels
from omnipos.hub.store.db import open_hub_db
from omnipos.services.counts import CountService
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker

SCAN_BUDGET_P99_MS = 5.0
FLOOR_SAMPLES = 20_000


def _gtin(n: int) -> str:
    """A valid EAN-13 for item ``n`` (check digit computed)."""
    body = f"40{n:010d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.99))]


def _hub(tmp: Path, skus: int) -> tuple[str, str, str]:
    """The hub's database with the store, the catalog, levels and a full count."""
    url = f"sqlite:///{tmp / 'hub.sqlite3'}"
    hub = open_hub_db(url)
    stores.add_store(hub, "S1", name="Bench", currency="USD", prices="exclusive",
                     taxes=["STD=0.0825"])
    upsert_lines(hub, [CatalogLine(f"SKU{n:06d}", f"Item {n}", ("0" + _gtin(n),), 199 + n % 500,
                                   "STD", category=f"C{n % 40}") for n in range(skus)], "USD")
    csv = tmp / "levels.csv"
    csv.write_text("store,sku,quantity\n"
                   + "".join(f"S1,SKU{n:06d},{4 + n % 3}\n" for n in range(skus)))
    levels.import_levels(hub, csv)
    session = sessions.create_session(hub, "S1", full=True, title="Bench full count")
    code = enrollment.make_enrollment_code(hub, "S1")
    hub.close()
    return url, code, str(session["session_id"])


class _Floor:
    """Raw sqlite3: one scan row and one line update, committed, with the till's pragmas and
    its checkpoints (each commit fsynced; the WAL copied by the same checkpointer, after).
    Sampled in turn with the service's scans, so that both see the same disk."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=FULL")
        self.con.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")
        self.con.execute("CREATE TABLE floor_scans (n INTEGER PRIMARY KEY, code TEXT, sku TEXT, "
                         "qty TEXT, at TEXT)")
        self.con.execute("CREATE TABLE floor_lines (sku TEXT PRIMARY KEY, qty INTEGER)")
        self.con.executemany("INSERT INTO floor_lines VALUES (?, 0)",
                             [(f"S{i}",) for i in range(1000)])
        self.checkpoints = Checkpointer(path, BUSY_TIMEOUT_MS)
        self.times: list[float] = []

    def sample(self, i: int) -> None:
        start = time.perf_counter()
        self.con.execute("BEGIN IMMEDIATE")
        self.con.execute("INSERT INTO floor_scans (code, sku, qty, at) VALUES (?, ?, '1', ?)",
                         (_gtin(i), f"S{i % 1000}", "2026-12-01T12:00:00+00:00"))
        self.con.execute("UPDATE floor_lines SET qty = qty + 1 WHERE sku = ?", (f"S{i % 1000}",))
        self.con.execute("COMMIT")
        self.times.append((time.perf_counter() - start) * 1000)
        self.checkpoints.wrote()

    def close(self) -> None:
        self.checkpoints.close()
        self.con.close()


def _screen_open(review: object, samples: int) -> list[float]:
    """The Counts screen's review table filled from a review and painted."""
    from PySide6.QtWidgets import QApplication

    from omnipos.ui.common.style import load_style
    from omnipos.ui.counts.counts_view import CountsView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(load_style())
    view = CountsView("USD")
    view.stack.setCurrentWidget(view.review)
    view.resize(1280, 720)
    view.show()
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        view.review_model.set_review(review)  # type: ignore[arg-type]
        view.review.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--skus", type=int, default=50_000)
    ap.add_argument("--scans", type=int, default=200_000)
    ap.add_argument("--review-samples", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        url, code, session_id = _hub(tmp, args.skus)
        with hub_process(url) as hub_url:
            db = open_database(tmp / "till.sqlite3")
            tokens = MemoryTokenStore()
            enroll(db, hub_url, code, tokens)
            worker = SyncWorker(db, tokens)
            worker.run_once()  # pulls every page: the catalog, the levels, the count
            counts = CountService(db)
            assert any(s.session_id == session_id for s in counts.sessions()), "no session"
            counts.open_area(session_id)
            # Every SKU at least once, the rest at random: shelves hold several of an item.
            order = list(range(args.skus)) + [rng.randrange(args.skus)
                                              for _ in range(max(0, args.scans - args.skus))]
            rng.shuffle(order)
            scan_ms = []
            floor = _Floor(tmp / "floor.sqlite3")
            every = max(1, args.scans // FLOOR_SAMPLES)  # the floor's sample after every Nth
            for i, n in enumerate(order[:args.scans]):
                code_n = _gtin(n)
                start = time.perf_counter()
                counts.scan(session_id, "", code_n)
                scan_ms.append((time.perf_counter() - start) * 1000)
                if i % every == 0:
                    floor.sample(i)
            floor.close()
            start = time.perf_counter()
            review = counts.review(session_id, "")
            review_ms = [(time.perf_counter() - start) * 1000]
            for _ in range(args.review_samples - 1):
                counts.back_to_counting(session_id, "")
                start = time.perf_counter()
                review = counts.review(session_id, "")
                review_ms.append((time.perf_counter() - start) * 1000)
            screen_ms = _screen_open(review, args.review_samples)
            start = time.perf_counter()
            done = counts.submit(session_id, "")
            report = worker.run_once()
            submit_s = time.perf_counter() - start
            applied = report.push.applied
            worker.client.close()
            db.close()
    s50, s99 = _percentiles(scan_ms)
    f50, f99 = _percentiles(floor.times)
    r50, r_max = _percentiles(review_ms)[0], max(review_ms)
    g50, g_max = _percentiles(screen_ms)[0], max(screen_ms)
    common = {"bench": "counts", "skus": args.skus, "scans": len(scan_ms),
              "loadavg": list(os.getloadavg())}
    print(json.dumps({**common, "op": "count_scan_durable", "p50_ms": round(s50, 2),
                      "p99_ms": round(s99, 2), "budget_p99_ms": SCAN_BUDGET_P99_MS,
                      "within_budget": s99 <= SCAN_BUDGET_P99_MS,
                      "floor_p50_ms": round(f50, 2), "floor_p99_ms": round(f99, 2)}))
    print(json.dumps({**common, "op": "review_open", "lines": len(review.lines),
                      "service_p50_ms": round(r50, 1), "service_max_ms": round(r_max, 1),
                      "screen_p50_ms": round(g50, 1), "screen_max_ms": round(g_max, 1)}))
    print(json.dumps({**common, "op": "submit_to_hub", "lines": done.lines,
                      "events": applied, "seconds": round(submit_s, 2)}))
    Row("count scan, durable", "p99", round(s99, 2), budget=SCAN_BUDGET_P99_MS,
        floor=round(f99, 2), floor_is="raw sqlite3: the scan row and the line, committed").emit()
    Row(f"count review of {len(review.lines):,} lines, screen", "p50", round(g50, 1)).emit()
    Row(f"count submit to hub, {done.lines:,} lines", "total", round(submit_s, 2),
        unit="s").emit()
    print(f"count of {args.skus} SKUs, {len(scan_ms)} scans: scan (durable) p50 {s50:.2f} ms, "
          f"p99 {s99:.2f} ms (budget {SCAN_BUDGET_P99_MS} ms; floor {f50:.2f} / {f99:.2f} ms); "
          f"review of {len(review.lines)} lines p50 {r50:.0f} ms, screen {g50:.0f} ms; "
          f"submit to hub {submit_s:.1f} s ({applied} events)", file=sys.stderr)
    return 0 if applied else 1


if __name__ == "__main__":
    raise SystemExit(main())
