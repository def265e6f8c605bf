"""Push 10,000 queued events from a till to a local hub over loopback (DESIGN.md: 15 s).

The hub runs in a child process (``omnipos-hub serve``) so the till's numbers are its own.
Its floor, in the same run, is a bare HTTP round trip per request the worker made
(its hello, each batch of the same events as bytes, one pull) to a server that
does nothing. One JSON object per line on stdout, and the table's row.

    python bench/bench_sync_push.py [--events 10000] [--batch 200] [--pg]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_sync_common import bare_http_server, bare_round_trips, hub_process, pg_url
from table import Row

from omnipos.db.engine import open_database
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.store.db import open_hub_db
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import queue_sales

BUDGET_S = 15.0


def _push_bodies(till_db: Path, batch: int) -> list[bytes]:
    """The push requests' bodies, as bytes, for the events waiting in the outbox."""
    con = sqlite3.connect(till_db)
    rows = con.execute("SELECT event_id, type, schema_version, device_seq, occurred_at, payload"
                       " FROM outbox ORDER BY device_seq").fetchall()
    con.close()
    bodies = []
    for at in range(0, len(rows), batch):
        events = [{"event_id": e, "type": t, "schema_version": v, "device_seq": q,
                   "occurred_at": o, "payload": json.loads(p)}
                  for e, t, v, q, o, p in rows[at:at + batch]]
        bodies.append(json.dumps({"device_id": str(uuid.uuid4()), "batch_id": str(uuid.uuid4()),
                                  "events": events}).encode())
    return bodies


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--pg", action="store_true", help="hub on a throw-away PostgreSQL")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, pg_url(args.pg, Path(tmp)) as url:
        hub = open_hub_db(url)
        stores.add_store(hub, "S1", name="Bench", currency="USD", prices="exclusive",
                         taxes=["STD=0.0825"])
        upsert_lines(hub, [CatalogLine("A", "Apple", (), 199, "STD")], "USD")
        code = enrollment.make_enrollment_code(hub, "S1")
        hub.close()
        with hub_process(url) as hub_url:
            db = open_database(Path(tmp) / "till.sqlite3")
            tokens = MemoryTokenStore()
            enroll(db, hub_url, code, tokens)
            queue_sales(db, args.events)
            bodies = _push_bodies(Path(tmp) / "till.sqlite3", args.batch)
            worker = SyncWorker(db, tokens, batch_size=args.batch)
            start = time.perf_counter()
            report = worker.run_once()
            elapsed = time.perf_counter() - start
            worker.client.close()
            db.close()
        with bare_http_server() as bare:
            floor = bare_round_trips(bare, [b"{}", *bodies, b"{}"])
    result = {
        "name": "sync_push", "events": args.events, "batch": args.batch,
        "hub_db": "postgresql" if args.pg else "sqlite", "seconds": round(elapsed, 2),
        "events_per_s": round(args.events / elapsed), "applied": report.push.applied,
        "budget_s": BUDGET_S, "within_budget": elapsed <= BUDGET_S,
        "floor_s": round(floor, 2), "requests": len(bodies) + 2,
    }
    print(json.dumps(result))
    Row(f"push {args.events:,} events ({result['hub_db']} hub)", "total", round(elapsed, 2),
        unit="s", budget=BUDGET_S, floor=round(floor, 3),
        floor_is="bare httpx round trips, same bodies").emit()
    sys.stderr.write(f"push {args.events} events ({result['hub_db']}): {elapsed:.1f} s "
                     f"(budget {BUDGET_S} s)\n")
    return 0 if report.push.applied == args.events else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", str(ROOT))
    raise SystemExit(main())
