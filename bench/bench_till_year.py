"""A year of a busy till: 500,000 sales on bench_till.py's catalog, then the till's figures.

The year is written fast but as the till writes it: one sale is made through the
services, and its rows in every table a sale touches (sale, lines, tenders, taxes,
stock movements, journal entry, outbox event) are cloned with new ids, receipt
numbers and moments spread over 365 days, the journal's hash chain computed entry by
entry. The outbox keeps only the events of the last ``sync.outbox_keep_days`` (acked),
as pruning leaves it. Then the database size, and scan, search and complete_sale beside
raw sqlite3 as bench_till.py measures them, at that size. One JSON object per line on
stdout (the table's rows among them).

    python bench/bench_till_year.py [--sales 500000] [--products 1000000]

The year's database is built once and reused (bench/out/till-year-SALES-PRODUCTS.sqlite3).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import bench_till
from table import Row

from omnipos.db.engine import open_database
from omnipos.domain.journal import canonical, chain_hash, entry_body
from omnipos.sync.outbox import DEFAULT_KEEP_DAYS, OutboxStatus

SALE_TABLES = ("sales", "sale_lines", "sale_tenders", "sale_taxes", "stock_movements")
CHUNK = 10_000  # sales per transaction while building


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _template(path: Path) -> dict[str, list[dict[str, Any]]]:
    """One sale made through the services, read back from every table it wrote."""
    db = open_database(path)
    con = bench_till.raw_connection(path)
    try:
        from omnipos.domain.shifts import CashCount
        from omnipos.services.selling import CheckoutService
        from omnipos.services.shifts import ShiftService

        svc = CheckoutService(db)
        if svc.shift_needed():
            ShiftService(db).open(CashCount(svc.store.currency), actor=None)
        cart = svc.new_cart()
        for code in bench_till.sample_codes(con, 3, seed=3):
            svc.scan(cart, code)
        payment = svc.start_payment(cart)
        payment.add_cash(payment.remaining_minor)
        done = svc.complete_sale(cart, payment)
    finally:
        db.close()
    con.row_factory = sqlite3.Row
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in ("sales", "sale_lines", "sale_tenders", "sale_taxes"):
        key = "id" if table == "sales" else "sale_id"
        rows[table] = [dict(r) for r in con.execute(
            f"SELECT * FROM {table} WHERE {key} = ?", (done.sale_id,))]
    rows["stock_movements"] = [dict(r) for r in con.execute(
        "SELECT * FROM stock_movements WHERE event_id = ?", (done.event_id,))]
    rows["outbox"] = [dict(r) for r in con.execute(
        "SELECT * FROM outbox WHERE event_id = ?", (done.event_id,))]
    rows["journal"] = [dict(r) for r in con.execute(
        "SELECT * FROM journal WHERE seq = ?", (done.journal_seq,))]
    con.close()
    return rows


def _insert(con: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    if rows:
        cols = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        con.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def build(products: int, sales: int, rebuild: bool) -> Path:
    """The year's database: bench_till's catalog and ``sales`` sales over 365 days."""
    base = bench_till.build(products, rebuild=False)
    path = base.with_name(f"till-year-{sales}-{products}.sqlite3")
    if path.exists() and not rebuild:
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    con = sqlite3.connect(base)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    tmp = path.with_suffix(".tmp")
    shutil.copy(base, tmp)
    started = time.perf_counter()
    tpl = _template(tmp)
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = OFF")  # building only: the measured part is FULL
    sale0, journal0 = tpl["sales"][0], tpl["journal"][0]
    seq0 = int(sale0["receipt_seq"])
    dev0 = int(tpl["outbox"][0]["device_seq"])
    jseq, prev = int(journal0["seq"]), str(journal0["hash"])
    payload0 = json.loads(journal0["payload"])
    outbox_payload = json.loads(tpl["outbox"][0]["payload"])
    end = datetime.now(UTC) - timedelta(hours=1)
    start = end - timedelta(days=365)
    keep_from = end - timedelta(days=DEFAULT_KEEP_DAYS)
    step = (end - start) / sales
    prefix = sale0["receipt_no"].rsplit("-", 1)[0]
    for first in range(0, sales, CHUNK):
        out: dict[str, list[dict[str, Any]]] = {t: [] for t in (*SALE_TABLES, "outbox",
                                                                "journal")}
        for n in range(first, min(sales, first + CHUNK)):
            at = start + step * n
            stamp = at.isoformat(timespec="microseconds")
            sale_id, event_id = str(uuid.uuid4()), str(uuid.uuid4())
            seq = seq0 + 1 + n
            receipt = f"{prefix}-{seq:06d}"
            out["sales"].append({**sale0, "id": sale_id, "receipt_no": receipt,
                                 "receipt_seq": seq, "created_at": stamp})
            for table in ("sale_lines", "sale_tenders", "sale_taxes"):
                out[table].extend({**r, "sale_id": sale_id} for r in tpl[table])
            out["stock_movements"].extend({**r, "event_id": event_id, "occurred_at": stamp}
                                          for r in tpl["stock_movements"])
            if at >= keep_from:  # older acknowledged events are pruned
                event = {**tpl["outbox"][0], "event_id": event_id, "device_seq": dev0 + 1 + n,
                         "occurred_at": stamp, "status": OutboxStatus.ACKED.value,
                         "result": "applied",
                         "acked_at": (at + timedelta(seconds=5)).isoformat(
                             timespec="microseconds"),
                         "payload": json.dumps({**outbox_payload, "sale_id": sale_id,
                                                "receipt_no": receipt, "created_at": stamp})}
                out["outbox"].append(event)
            jseq += 1
            entry_id = str(uuid.uuid4())
            payload = {**payload0, "sale_id": sale_id, "receipt_no": receipt}
            body = entry_body(jseq, entry_id, stamp, journal0["kind"], journal0["actor"], payload)
            digest = chain_hash(prev, canonical(body))
            out["journal"].append({**journal0, "seq": jseq, "entry_id": entry_id,
                                   "occurred_at": stamp, "payload": json.dumps(payload),
                                   "prev_hash": prev, "hash": digest})
            prev = digest
        con.execute("BEGIN")
        for table, rows in out.items():
            _insert(con, table, rows)
        con.execute("COMMIT")
    last = seq0 + sales
    con.execute("UPDATE counters SET value = ? WHERE name = 'receipt'", (last,))
    con.execute("UPDATE counters SET value = ? WHERE name = 'device_seq'", (dev0 + sales,))
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()
    tmp.rename(path)
    log(f"# {path}: {sales} sales written in {time.perf_counter() - started:.0f} s")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=500_000)
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    path = build(args.products, args.sales, args.rebuild)
    con = sqlite3.connect(path)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("sales", "sale_lines", "journal", "outbox", "stock_movements")}
    con.close()
    size_mb = round(path.stat().st_size / 1e6, 1)
    print(json.dumps({"bench": "till_year", "op": "database", "sales": args.sales,
                      "products": args.products, "size_mb": size_mb, "rows": counts}))
    what = f" (a year: {args.sales:,} sales)"
    Row(f"till database{what}", "size", size_mb, unit="MB").emit()
    db = open_database(path)
    raw = bench_till.raw_connection(path)
    try:
        bench_till.bench_scan(db, raw, args.samples, suffix=what)
        bench_till.bench_search(db, raw, args.samples, suffix=what)
        bench_till.bench_complete_sale(db, raw, bench_till.sale_samples(args.samples),
                                       suffix=what)
    finally:
        raw.close()
        db.close()
    log(f"# a year of {args.sales} sales: {size_mb} MB, rows {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
