"""Hub latency with 200 simulated tills pushing for 60 s: SQLite, PostgreSQL with 1 and 2 workers.

Each simulated till pushes a batch of ``--batch`` sale events every
``--interval`` seconds (default 5 events every 5 s; the next batch starts when
the last one is answered if that took longer). As a till does, each push names
the till's feed cursor and its answer brings the feed after it (the stock changes
of the store's sales): one round trip, no pull; each till pulls once to get its
cursor before the timing starts. The hub runs as ``omnipos-hub serve`` in a
child process.
Prints one JSON object per database on stdout: p50/p95/p99 push latency,
events applied per second, errors, the CPU per push of the hub, the database server
and the load generator (all on the same cores); and the table's rows. The floor,
measured after the load on the same database, is the raw driver (psycopg or sqlite3)
writing the rows the hub writes for a sale (event, sale, ledger line, level, the
feed's two changes) in one transaction per push of ``--batch`` events and reading
the answer's feed page, with as many connections at once as the hub's push threads
(``raw_floor``). ``events_per_cpu_s`` (hub + database) beside the floor's says what
the cores could carry were nothing else on them.

    python bench/bench_sync_load.py [--tills 200] [--duration 60] [--db sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_sync_common import cpu_seconds, database, hub_child
from table import Row

from omnipos.hub.admin import enrollment, stores
from omnipos.hub.api.app import PUSH_FEED_LIMIT, PUSH_THREADS
from omnipos.hub.events.apply import _INSERT_EVENT
from omnipos.hub.events.sale import _INSERT_SALE
from omnipos.hub.feed import _BUMP, _INSERT_CHANGE, _PAGES, _STATE, decode_cursor
from omnipos.hub.stock.ledger import _INSERT_ENTRY, _UPSERT_LEVEL
from omnipos.hub.store.db import open_hub_db
from omnipos.sync.wire import RegisterRequest

TILLS_PER_STORE = 5
BUDGET_EVENTS_PER_S = 1000.0  # DESIGN.md, 200 tills on PostgreSQL
BUDGET_P99_MS = 250.0
FLOOR_EVENTS = 5000


def _event(seq: int, store: str, till: str, receipt: int) -> dict[str, object]:
    now = datetime.now(UTC).isoformat()
    line = {"line_no": 1, "sku": f"SKU{seq % 500}", "qty": "1", "unit_price_minor": 199,
            "total_minor": 199, "tax_class": "STD", "tax_minor": 16}
    return {
        "event_id": str(uuid.uuid4()), "type": "sale.completed", "schema_version": 1,
        "device_seq": seq, "occurred_at": now,
        "payload": {"sale_id": str(uuid.uuid4()), "receipt_no": f"{store}-{till}-{receipt:06d}",
                    "store_code": store, "till_code": till, "currency": "USD",
                    "created_at": now, "subtotal_minor": 199, "tax_minor": 16,
                    "total_minor": 215, "lines": [line],
                    "tenders": [{"kind": "cash", "amount_minor": 215}],
                    "stock": [{"sku": line["sku"], "delta": "-1"}]},
    }


def setup(url: str, tills: int) -> list[dict[str, str]]:
    db = open_hub_db(url)
    regs = []
    for n in range(tills):
        store = f"L{n // TILLS_PER_STORE:03d}"
        if n % TILLS_PER_STORE == 0:
            stores.add_store(db, store, name=store, currency="USD", prices="exclusive",
                             taxes=["STD=0.0825"])
        reg = enrollment.enroll_till(db, RegisterRequest(
            enrollment_code=enrollment.make_enrollment_code(db, store), device_name=f"sim{n}"))
        regs.append({"device_id": str(reg.device_id), "store": reg.store_code,
                     "till": reg.till_code, "token": reg.token})
    db.close()
    return regs


class TillConnection:
    """One simulated till's keep-alive HTTP/1.1 connection to the hub, as a till has its own.

    Written on asyncio streams rather than one shared httpx client: httpx's pool looks
    at every idle connection on each request, and with 200 tills the load generator then
    spent more CPU than the hub it measured (on the same 2 cores).
    """

    def __init__(self, url: str, token: str) -> None:
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.auth = f"Authorization: Bearer {token}\r\n".encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, target: str, body: bytes = b"") -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = (f"{method} {target} HTTP/1.1\r\nHost: {self.host}\r\n"
                f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n").encode()
        try:
            self.writer.write(head + self.auth + b"\r\n" + body)
            status = int((await self.reader.readline()).split()[1])
            length, chunked, close = 0, False, False
            while (line := await self.reader.readline()) not in (b"\r\n", b""):
                name, _, value = line.decode("latin-1").partition(":")
                name, value = name.strip().lower(), value.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "transfer-encoding":
                    chunked = value == "chunked"
                elif name == "connection":
                    close = value == "close"
            if chunked:
                parts = []
                while size := int((await self.reader.readline()).strip(), 16):
                    parts.append(await self.reader.readexactly(size + 2))
                await self.reader.readline()
                content = b"".join(p[:-2] for p in parts)
            else:
                content = await self.reader.readexactly(length)
        except (OSError, IndexError, ValueError, asyncio.IncompleteReadError):
            self.close()
            raise
        if close:
            self.close()
        return status, content

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def first_cursor(conn: TillConnection, reg: dict[str, str]) -> None:
    """The till's first pull (its store and the directory): where its feed cursor starts."""
    while True:
        query = urlencode({"limit": 5000, **({"cursor": reg["cursor"]} if reg.get("cursor")
                                             else {})})
        status, content = await conn.request("GET", f"/v1/sync/pull?{query}")
        if status != 200:
            raise RuntimeError(f"the first pull answered {status}: {content[:200]!r}")
        page = json.loads(content)
        reg["cursor"] = page["next_cursor"]
        if not page["has_more"]:
            return


async def run_till(conn: TillConnection, reg: dict[str, str], until: float, batch: int,
                   interval: float, lat: list[float], errors: list[str]) -> int:
    seq = 0
    applied = 0
    while time.monotonic() < until:
        events = []
        for _ in range(batch):
            seq += 1
            events.append(_event(seq, reg["store"], reg["till"], seq))
        body = json.dumps({"device_id": reg["device_id"], "batch_id": str(uuid.uuid4()),
                           "events": events, "feed_cursor": reg["cursor"]}).encode()
        start = time.monotonic()
        try:
            status, content = await asyncio.wait_for(
                conn.request("POST", "/v1/sync/push", body), timeout=60)
            took = time.monotonic() - start
            if status == 200:
                lat.append(took)
                answer = json.loads(content)
                applied += sum(1 for r in answer["results"] if r["status"] == "applied")
                if answer.get("feed"):
                    reg["cursor"] = answer["feed"]["next_cursor"]
            else:
                errors.append(str(status))
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError,
                TimeoutError) as exc:
            conn.close()
            took = time.monotonic() - start
            errors.append(type(exc).__name__)
        await asyncio.sleep(max(0.0, interval - took))
    return applied


async def load(url: str, regs: list[dict[str, str]], duration: float, batch: int,
               interval: float, hub: int, server: int | None) -> dict[str, object]:
    """The timed run; with the CPU the hub (process ``hub`` and its workers), the database
    server (``server``; SQLite's is the hub's) and this load generator spent per push."""
    lat: list[float] = []
    errors: list[str] = []
    conns = [TillConnection(url, r["token"]) for r in regs]
    try:
        await asyncio.gather(*(first_cursor(c, r) for c, r in zip(conns, regs, strict=True)))
        cpu0 = (cpu_seconds(hub), _db_cpu(server), time.process_time())
        start = time.monotonic()
        until = start + duration
        applied = await asyncio.gather(*(
            run_till(c, r, until, batch, interval, lat, errors)
            for c, r in zip(conns, regs, strict=True)))
        wall = time.monotonic() - start
        cpu1 = (cpu_seconds(hub), _db_cpu(server), time.process_time())
    finally:
        for c in conns:
            c.close()
    lat.sort()

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else -1.0

    def per_push(n: int) -> float | None:
        if n == 1 and server is None:
            return None  # SQLite: the database is the hub's own process
        return round((cpu1[n] - cpu0[n]) / max(1, len(lat)) * 1000, 2)

    return {"requests": len(lat), "events_applied": sum(applied),
            "events_per_s": round(sum(applied) / wall), "p50_ms": pct(0.50),
            "p95_ms": pct(0.95), "p99_ms": pct(0.99),
            "mean_ms": round(statistics.fmean(lat) * 1000, 1) if lat else -1,
            "errors": len(errors), "error_kinds": sorted(set(errors)),
            "hub_cpu_ms_per_push": per_push(0), "db_cpu_ms_per_push": per_push(1),
            "load_cpu_ms_per_push": per_push(2)}


def raw_floor(url: str, regs: list[dict[str, str]], batch: int, events: int,
              connections: int, server: int | None) -> dict[str, float]:
    """The raw driver doing a push's writes and its answer's feed read, as fast as it can.

    Per push of ``batch`` events, as the hub does it: one transaction with each sale's
    rows (event, sale, ledger line, level) and the feed's two changes a sale makes (the
    store's level, the other stores' look-up) numbered by the same bump of the feed row;
    then the page of the feed after the till's cursor, as JSON written by the database.
    PostgreSQL: ``connections`` at once (the hub's push threads), each a thread with its
    own connection; SQLite has one writer. Not done: the hub's own reads (the token, the
    batch's known events, the acknowledged prefix, the journal head) and HTTP.
    """
    sqlite = url.startswith("sqlite")
    kind = "sqlite" if sqlite else "postgresql"
    named = {"event": _INSERT_EVENT, "sale": _INSERT_SALE, "entry": _INSERT_ENTRY,
             "level": _UPSERT_LEVEL, "bump": _BUMP, "change": _INSERT_CHANGE, "state": _STATE,
             "page": _PAGES[kind, True]}
    # :name -> psycopg's %(name)s (not PostgreSQL's ::casts)
    statements = {name: text if sqlite else re.sub(r"(?<!:):([a-z_]\w*)", r"%(\1)s", text)
                  for name, text in named.items()}
    tills = [{**reg, "after": decode_cursor(reg["cursor"])[1]} for reg in regs]

    def connect() -> Any:
        if sqlite:
            con = sqlite3.connect(url.split("///", 1)[1], isolation_level=None,
                                  check_same_thread=False)
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = FULL")
            return con
        return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://"),
                               autocommit=True)

    def push(cur: Any, reg: dict[str, Any], n: int) -> None:
        store, now = reg["store"], datetime.now(UTC).isoformat()
        cur.execute("BEGIN")
        changes = []
        for k in range(n, n + batch):
            ev = _event(k, store, reg["till"], 900_000 + k)
            pay = ev["payload"]
            assert isinstance(pay, dict)
            cur.execute(statements["event"], {
                "event_id": ev["event_id"], "device_id": reg["device_id"], "epoch": 999,
                "device_seq": k, "type": ev["type"], "schema_version": 1, "occurred_at": now,
                "received_at": now, "payload": json.dumps(pay), "content_hash": ev["event_id"],
                "status": "applied"})
            cur.execute(statements["sale"], {
                "sale_id": pay["sale_id"], "event_id": ev["event_id"], "store_code": store,
                "till_code": reg["till"], "device_id": reg["device_id"],
                "receipt_no": pay["receipt_no"], "receipt_seq": 900_000 + k, "currency": "USD",
                "subtotal_minor": 199, "discount_minor": 0, "tax_minor": 16, "total_minor": 215,
                "created_at": now, "received_at": now, "hub_tax_minor": 16,
                "payload": json.dumps(pay)})
            sku = pay["stock"][0]["sku"]
            cur.execute(statements["entry"], {
                "event_id": ev["event_id"], "line": 1, "store_code": store, "sku": sku,
                "delta_milli": -1000, "bucket": "sellable", "reason": "sale",
                "recorded_at": now, "occurred_at": now})
            cur.execute(statements["level"], {"store": store, "sku": sku, "milli": -1000})
            level = cur.fetchall()[0][0]
            look = {"store": store, "sku": sku, "as_of": now}
            changes += [("stock", f"{store}:{sku}", store, {**look, "level": level}),
                        ("stock_elsewhere", f"{store}:{sku}", None, {**look, "available": level})]
        cur.execute(statements["bump"], {"n": len(changes)})
        first = int(cur.fetchall()[0][0]) - len(changes) + 1
        cur.executemany(statements["change"], [
            {"seq": first + i, "kind": kind_, "key": key, "store_code": code,
             "data": json.dumps(data)} for i, (kind_, key, code, data) in enumerate(changes)])
        cur.execute("COMMIT")
        cur.execute(statements["state"])
        cur.fetchall()
        cur.execute(statements["page"], {"after": reg["after"], "store": store,
                                         "n": PUSH_FEED_LIMIT + 1})
        page = cur.fetchall()[:PUSH_FEED_LIMIT]
        if page:
            reg["after"] = int(page[-1][0])

    def run(share: list[dict[str, Any]], pushes: range) -> None:
        con = connect()
        cur = con.cursor()
        for i, n in enumerate(pushes):
            push(cur, share[i % len(share)], n * batch)
        con.close()

    threads = 1 if sqlite else connections
    total = events // batch
    db0, cpu0, start = _db_cpu(server), time.process_time(), time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        for done in [pool.submit(run, tills[t::threads], range(t, total, threads))
                     for t in range(threads)]:
            done.result()
    seconds = time.perf_counter() - start
    return {"events_per_s": events / seconds, "connections": threads,
            "cpu_ms_per_push": (time.process_time() - cpu0) / total * 1000,
            "db_cpu_ms_per_push": (_db_cpu(server) - db0) / total * 1000}


def _db_cpu(server: int | None) -> float:
    return 0.0 if server is None else cpu_seconds(server)


def run_one(args: argparse.Namespace, kind: str, workers: int) -> None:
    """One load run against a fresh hub database of ``kind`` served by ``workers``."""
    with tempfile.TemporaryDirectory() as tmp, \
            database(kind == "postgresql", Path(tmp)) as (url, server):
        regs = setup(url, args.tills)
        with hub_child(url, workers=workers) as (hub_url, hub):
            figures = asyncio.run(load(hub_url, regs, args.duration, args.batch,
                                       args.interval, hub, server))
            load_during = Path("/proc/loadavg").read_text().split()[0]
        raw = raw_floor(url, regs, args.batch, FLOOR_EVENTS, PUSH_THREADS * workers, server)
    floor = raw["events_per_s"]
    # What 2 cores would carry with nothing else on them: events per CPU-second, all in.
    cpu = (float(figures["hub_cpu_ms_per_push"] or 0)  # type: ignore[arg-type]
           + float(figures["db_cpu_ms_per_push"] or 0)) / args.batch  # type: ignore[arg-type]
    floor_cpu = (raw["cpu_ms_per_push"] + raw["db_cpu_ms_per_push"]) / args.batch
    result = {"name": "sync_hub_load", "db": kind, "tills": args.tills,
              "duration_s": args.duration, "batch": args.batch, "interval_s": args.interval,
              "workers": workers, **figures,
              "events_per_cpu_s": round(1000 / cpu) if cpu else None,
              "floor_events_per_s": round(floor), "floor_connections": raw["connections"],
              "floor_cpu_ms_per_push": round(raw["cpu_ms_per_push"], 2),
              "floor_db_cpu_ms_per_push": round(raw["db_cpu_ms_per_push"], 2),
              "floor_events_per_cpu_s": round(1000 / floor_cpu) if floor_cpu else None,
              "loadavg_1m": load_during,
              "loadavg_after_floor": Path("/proc/loadavg").read_text().split()[0]}
    print(json.dumps(result), flush=True)
    # The budgets are PostgreSQL's at 200 tills offering 1,000 events/s (--interval 1).
    budgeted = kind == "postgresql" and args.tills >= 200
    what = f"hub, {args.tills} tills, {kind}, {workers} worker{'s' if workers > 1 else ''}"
    Row(what, "events/s", figures["events_per_s"], unit="ev/s", higher_is_better=True,
        budget=BUDGET_EVENTS_PER_S if budgeted else None, floor=round(floor),
        floor_is=f"raw driver: each push's rows in one transaction and its feed page, "
                 f"{raw['connections']} at once").emit()
    Row(f"{what}, push", "p99", figures["p99_ms"],
        budget=BUDGET_P99_MS if budgeted else None).emit()
    if figures["errors"]:
        Row(f"{what}, errors", "count", figures["errors"], unit="", budget=0).emit()
    sys.stderr.write(f"{kind}: p99 {figures['p99_ms']} ms, {figures['events_per_s']} ev/s, "
                     f"{figures['errors']} errors; CPU per push: hub "
                     f"{figures['hub_cpu_ms_per_push']} ms, database "
                     f"{figures['db_cpu_ms_per_push']} ms, load generator "
                     f"{figures['load_cpu_ms_per_push']} ms; floor {round(floor)} ev/s\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tills", type=int, default=200)
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--batch", type=int, default=5)
    # 5 events every 5 s per till is 5x DESIGN.md's peak rate per till (1,000 events/s
    # from 5,000 tills); --interval 1 is an overload run that measures capacity instead.
    ap.add_argument("--interval", type=float, default=5.0)
    ap.add_argument("--workers", default="",
                    help="uvicorn workers, or several runs (1,2); default: 1 on SQLite, which "
                         "has one writer, and 1 then 2 on PostgreSQL")
    ap.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    args = ap.parse_args()
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    for kind in kinds:
        default = "1" if kind == "sqlite" else "1,2"
        for workers in [int(n) for n in (args.workers or default).split(",")]:
            run_one(args, kind, workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
