"""Till benchmarks on a 1,000,000-product catalog (DESIGN.md budgets).

For each operation it prints p50 and p99 through the service layer and for the
same operation done with raw sqlite3 on the same database file, and the ratio.
One JSON object per line on stdout; a readable table follows on stderr.

    python bench/bench_till.py                 # 1,000,000 products, cached in bench/out/
    python bench/bench_till.py --products 50000 --samples 2000

The catalog CSV and the database are built once and reused (``--rebuild``
forces a new build). Sales made by the benchmark accumulate in that file.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from table import Row

from omnipos.db.catalog import fts_query, product_count, upsert_tax_classes
from omnipos.db.demo import DEMO_SETTINGS, DEMO_TAX_NAMES, DEMO_TAX_RATES, generate_catalog
from omnipos.db.engine import WAL_BACKSTOP_PAGES, Database, open_database
from omnipos.db.importer import import_catalog_csv, write_catalog_csv
from omnipos.db.settings import get_setting, set_setting, set_settings

OUT = Path(__file__).resolve().parent / "out"
BUDGET_MS = {"scan": 1.0, "search": 30.0, "search_typos": 30.0, "complete_sale": 5.0}
# DESIGN.md's goals for service / raw sqlite3, by (op, percentile).
RATIO_GOAL = {("scan", "p99"): 10.0, ("search", "p99"): 2.0,
              ("complete_sale", "p50"): 2.0, ("complete_sale", "p99"): 1.5}
FLOOR_IS = {"scan": "raw sqlite3 barcode look-up", "search": "raw FTS5 queries",
            "search_typos": "the same FTS5 queries, built in advance",
            "complete_sale": "raw sqlite3, same rows, same fsync"}
SEARCHES = [
    # two common words (tens of thousands of matches each)
    "red pack", "organic milk", "acme foods", "blue shoe", "fresh 6 pack",
    "classic size", "golden co", "extra 1 l",
    # prefixes as typed, common and rare
    "re sh", "or mi", "sweet cho", "spicy beans", "eco dete", "wild hon",
    # specific, and two common words that never meet (scans both lists)
    "golden screwdriver", "meadow kefir", "sunscreen travel", "pack book",
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- building the catalog -----------------------------------------------------


def build(products: int, rebuild: bool) -> Path:
    """The benchmark database with ``products`` products, built or reused."""
    OUT.mkdir(parents=True, exist_ok=True)
    csv_path = OUT / f"catalog-{products}.csv"
    db_path = OUT / f"till-{products}.sqlite3"
    if rebuild:  # the CSV is deterministic, so only the database is rebuilt
        for p in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
            p.unlink(missing_ok=True)
    if not csv_path.exists():
        started = time.perf_counter()
        tmp = csv_path.with_suffix(".tmp")
        write_catalog_csv(tmp, generate_catalog(products))
        tmp.rename(csv_path)
        log(f"# wrote {csv_path} in {time.perf_counter() - started:.1f} s")
    db = open_database(db_path)
    try:
        with db.read() as s:
            done = get_setting(s, "bench.products")
        if done != products:
            with db.transaction() as s:
                set_settings(s, DEMO_SETTINGS)
                upsert_tax_classes(s, DEMO_TAX_RATES, DEMO_TAX_NAMES)
            started = time.perf_counter()
            report = import_catalog_csv(db, csv_path)  # empty catalog: one bulk transaction
            seconds = time.perf_counter() - started
            emit({"op": "catalog_import", "rows": report.lines, "inserted": report.inserted,
                  "problems": len(report.problems), "seconds": round(seconds, 1),
                  "rows_per_s": round(report.lines / seconds)})
            with db.transaction() as s:
                set_setting(s, "bench.products", products)
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("ANALYZE")
                conn.exec_driver_sql("INSERT INTO product_fts(product_fts) VALUES ('optimize')")
        with db.read() as s:
            count = product_count(s)
        log(f"# {db_path}: {count} products, {db_path.stat().st_size / 1e6:.0f} MB")
    finally:
        db.close()
    return db_path


# --- measuring ---------------------------------------------------------------


def percentile(sorted_ns: list[int], q: float) -> float:
    """Nearest-rank percentile in milliseconds."""
    index = min(len(sorted_ns) - 1, max(0, round(q * len(sorted_ns) + 0.5) - 1))
    return sorted_ns[index] / 1e6


def _stats(times: list[int], cpu: list[int]) -> dict[str, float]:
    times, cpu = sorted(times), sorted(cpu)
    return {"p50_ms": round(percentile(times, 0.50), 4),
            "p99_ms": round(percentile(times, 0.99), 4),
            "max_ms": round(times[-1] / 1e6, 4), "n": len(times),
            "cpu_p50_ms": round(percentile(cpu, 0.50), 4),
            "cpu_p99_ms": round(percentile(cpu, 0.99), 4)}


def measure(fn: Callable[[int], Any], samples: int, warmup: int = 50) -> dict[str, float]:
    """Call ``fn(i)`` ``samples`` times; wall-clock p50/p99/max in ms.

    ``cpu_p50_ms``/``cpu_p99_ms`` are the same percentiles of this thread's CPU
    time: on a busy machine they show how much of the wall-clock tail is the
    process waiting for a core (or, for commits, for the disk) rather than work.
    """
    return measure_pair(fn, None, samples, warmup)[0]


def measure_pair(fn: Callable[[int], Any], floor: Callable[[int], Any] | None, samples: int,
                 warmup: int = 50) -> list[dict[str, float]]:
    """``measure`` of ``fn`` and of its ``floor`` in turn, sample by sample (A B A B ...).

    Taken in turn, both see the same machine: on a shared one the load (and the
    disk's fsync time) drifts within seconds, and two runs one after the other
    would put the drift into the ratio.
    """
    fns = [fn] if floor is None else [fn, floor]
    for i in range(warmup):
        for f in fns:
            f(i)
    times: list[list[int]] = [[] for _ in fns]
    cpu: list[list[int]] = [[] for _ in fns]
    for i in range(samples):
        for n, f in enumerate(fns):
            c0 = time.thread_time_ns()
            t0 = time.perf_counter_ns()
            f(i)
            times[n].append(time.perf_counter_ns() - t0)
            cpu[n].append(time.thread_time_ns() - c0)
    return [_stats(t, c) for t, c in zip(times, cpu, strict=True)]


def emit(record: dict[str, Any]) -> None:
    load = [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else None
    print(json.dumps({"bench": "till", **record, "loadavg": load}), flush=True)


def compare(op: str, service: dict[str, float], raw: dict[str, float], row_suffix: str = "",
            **extra: Any) -> dict:
    budget = BUDGET_MS.get(op)
    record = {
        "op": op,
        "service": service,
        "raw_sqlite3": raw,
        "ratio_p50": round(service["p50_ms"] / raw["p50_ms"], 2) if raw["p50_ms"] else None,
        "ratio_p99": round(service["p99_ms"] / raw["p99_ms"], 2) if raw["p99_ms"] else None,
        "budget_p99_ms": budget,
        "within_budget": None if budget is None else service["p99_ms"] <= budget,
        **extra,
    }
    emit(record)
    for stat in ("p50", "p99"):
        goal = RATIO_GOAL.get((op, stat))
        if stat == "p99" or goal is not None:
            Row(f"{op}{row_suffix}", stat, service[f"{stat}_ms"],
                budget=budget if stat == "p99" else None, floor=raw[f"{stat}_ms"],
                ratio_goal=goal, floor_is=FLOOR_IS.get(op, "")).emit()
    return record


def raw_connection(path: Path) -> sqlite3.Connection:
    """The floor's connection, set up as the till's: FULL fsync at commit, and WAL
    checkpoints left to the till's checkpointer (running in this process) for both sides,
    SQLite's own only as the same backstop."""
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("PRAGMA busy_timeout = 5000")
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute(f"PRAGMA wal_autocheckpoint = {WAL_BACKSTOP_PAGES}")
    con.execute("PRAGMA foreign_keys = ON")
    return con


def sample_codes(con: sqlite3.Connection, n: int, seed: int) -> list[str]:
    """Random packaged-goods GTINs as a scanner sends them (EAN-13)."""
    top = con.execute("SELECT max(id) FROM products").fetchone()[0]
    rng = random.Random(seed)
    codes: list[str] = []
    while len(codes) < n:
        ids = [rng.randint(1, top) for _ in range(min(5000, n - len(codes)))]
        marks = ",".join("?" * len(ids))
        for (gtin,) in con.execute(
            f"SELECT gtin FROM barcodes WHERE product_id IN ({marks}) AND gtin LIKE '05%'", ids
        ):
            codes.append(gtin[1:])
    rng.shuffle(codes)
    return codes[:n]


def bench_scan(db: Database, con: sqlite3.Connection, samples: int,
               suffix: str = "") -> dict:
    from omnipos.services.selling import CheckoutService

    svc = CheckoutService(db)
    codes = sample_codes(con, samples + 100, seed=1)
    state = {"cart": svc.new_cart()}

    def service(i: int) -> None:
        if i % 20 == 0:
            state["cart"] = svc.new_cart()  # a basket-sized cart, as at a real till
        svc.scan(state["cart"], codes[i % len(codes)])

    sql = (
        "SELECT p.id, p.sku, p.name, p.price_minor, p.tax_class, p.sold_by, p.brand, b.gtin"
        " FROM barcodes b JOIN products p ON p.id = b.product_id WHERE b.gtin = ? AND p.active"
    )

    def raw(i: int) -> None:
        row = con.execute(sql, ("0" + codes[i % len(codes)],)).fetchone()
        assert row is not None

    # Warm the page cache for every code first, so that neither side pays for
    # disk reads the other one then finds cached (the service used to go first).
    for i in range(samples):
        raw(i)
    return compare("scan", *measure_pair(service, raw, samples), row_suffix=suffix)


def _raw_search(con: sqlite3.Connection, words: list[str], limit: int = 50) -> list[tuple]:
    """The same statements as catalog.search, hand-written on a raw connection."""
    quoted = [f'"{w}"' for w in words]
    exists = "SELECT 1 FROM product_fts WHERE product_fts MATCH ? LIMIT 1"
    whole = [con.execute(exists, (q,)).fetchone() is not None for q in quoted]
    tiers = [" AND ".join(quoted)] if all(whole) else []
    head = [q if ok else q + "*" for q, ok in zip(quoted[:-1], whole[:-1], strict=True)]
    tiers.append(" AND ".join([*head, quoted[-1] + "*"]))
    sql = (
        "SELECT p.id, p.sku, p.name, p.price_minor, p.tax_class, p.sold_by, p.brand,"
        " (SELECT min(b2.gtin) FROM barcodes b2 WHERE b2.product_id = p.id)"
        " FROM product_fts f JOIN products p ON p.id = f.rowid"
        " WHERE product_fts MATCH ? AND p.active LIMIT ?"
    )
    found: dict[int, tuple] = {}
    for query in tiers:
        for row in con.execute(sql, (query, limit)).fetchall():
            if len(found) < limit:
                found.setdefault(row[0], row)
        if len(found) >= limit:
            break
    return list(found.values())


def bench_search(db: Database, con: sqlite3.Connection, samples: int,
                 suffix: str = "") -> dict:
    from omnipos.services.selling import CheckoutService

    svc = CheckoutService(db)
    per_query: dict[str, dict[str, Any]] = {}
    for text in SEARCHES:
        hits = con.execute(
            "SELECT count(*) FROM product_fts WHERE product_fts MATCH ?", (fts_query(text),)
        ).fetchone()[0]
        per_query[text] = {"prefix_matches": hits, "returned": len(svc.search(text, 50))}
    words = [text.split() for text in SEARCHES]

    def service(i: int) -> None:
        svc.search(SEARCHES[i % len(SEARCHES)], 50)

    def raw(i: int) -> None:
        _raw_search(con, words[i % len(words)])

    n = max(len(SEARCHES) * 20, samples // 5)
    worst = {}
    for text in SEARCHES:
        one = measure(lambda _i, t=text: svc.search(t, 50), 20, warmup=2)
        worst[text] = one["p99_ms"]
    slowest = max(worst, key=worst.__getitem__)
    return compare("search", *measure_pair(service, raw, n), row_suffix=suffix,
                   queries=per_query, slowest_query=slowest, slowest_p99_ms=worst[slowest])


# The words of SEARCHES with one typing slip each (out, extra, wrong, swapped): these find
# nothing as typed, so search reads them as the catalog's words one slip away
# (catalog.typo_tiers); a last word half typed, a long word two slips away, and one that
# no word of the catalog is near.
TYPO_SEARCHES = [
    "orgainc milk", "acme fodos", "classic siez", "golden screwdirver", "meadow kefri",
    "sunscreen travle", "spicy beasn", "wild honye", "swete chocolate", "detergnet",
    "sweet chco", "golden screwdirvr", "qzxvy milk",
]


def bench_search_typos(db: Database, con: sqlite3.Connection, samples: int) -> dict:
    """Searches with a typing slip: the service (the slips guessed each time, the index's
    words cached) against the same final FTS5 queries run raw, their text built once
    beforehand."""
    from omnipos.db.catalog import index_words, search_tiers, typo_tiers
    from omnipos.services.selling import CheckoutService

    svc = CheckoutService(db)
    with db.read() as s:
        started = time.perf_counter()
        words = len(index_words(s))
        words_ms = round((time.perf_counter() - started) * 1000, 1)
        queries = [(search_tiers(s, t), typo_tiers(s, t)) for t in TYPO_SEARCHES]
    returned = {t: len(svc.search(t, 50)) for t in TYPO_SEARCHES}
    sql = (
        "SELECT p.id, p.sku, p.name, p.price_minor, p.tax_class, p.sold_by, p.brand,"
        " (SELECT min(b2.gtin) FROM barcodes b2 WHERE b2.product_id = p.id)"
        " FROM product_fts f JOIN products p ON p.id = f.rowid"
        " WHERE product_fts MATCH ? AND p.active LIMIT 50"
    )

    def service(i: int) -> None:
        svc.search(TYPO_SEARCHES[i % len(TYPO_SEARCHES)], 50)

    def raw(i: int) -> None:
        tiers, typos = queries[i % len(queries)]
        for query in tiers:
            con.execute(sql, (query,)).fetchall()
        found: set[int] = set()
        for query in typos:  # as search: the likeliest reading, the others if too few
            found.update(row[0] for row in con.execute(sql, (query,)).fetchall())
            if len(found) >= 50:
                break

    n = max(len(TYPO_SEARCHES) * 20, samples // 5)
    return compare("search_typos", *measure_pair(service, raw, n), returned=returned,
                   index_words=words, index_words_read_ms=words_ms)


def _raw_sale(con: sqlite3.Connection, codes: list[str], i: int) -> None:
    """What complete_sale reads and writes, as hand-written SQL in one fsynced transaction:
    the same statements and rows (the event's and the journal entry's payloads in full,
    built by hand and chained as the journal chains them)."""
    now = datetime.now(UTC).isoformat(timespec="microseconds")
    sale_id, event_id = str(uuid.uuid4()), str(uuid.uuid4())
    con.execute("BEGIN IMMEDIATE")
    try:
        con.execute("SELECT value FROM settings WHERE key = 'store.discount_limit_pct'")
        con.execute("INSERT INTO counters (name, value) VALUES ('raw_receipt', 1)"
                    " ON CONFLICT(name) DO UPDATE SET value = value + 1")
        seq = con.execute("SELECT value FROM counters WHERE name = 'raw_receipt'").fetchone()[0]
        shift = con.execute("SELECT id FROM shifts WHERE till_code = 'T01' AND status = 'open'"
                            ).fetchone()
        shift_id = shift[0] if shift else None
        lines = []
        for n in range(3):
            gtin = "0" + codes[(i * 3 + n) % len(codes)]
            lines.append(con.execute(
                "SELECT p.id, p.sku, p.name, p.price_minor, p.tax_class FROM barcodes b"
                " JOIN products p ON p.id = b.product_id WHERE b.gtin = ?", (gtin,)).fetchone()
                + (gtin,))
        total = sum(line[3] for line in lines)
        receipt_no = f"RAW-T99-{seq:06d}"
        con.execute(
            "INSERT INTO sales (id, receipt_no, receipt_seq, store_code, till_code, cashier,"
            " status, currency, prices, subtotal_minor, discount_minor, tax_minor, total_minor,"
            " rounding_minor, change_minor, created_at, shift_id, customer_id) VALUES"
            " (?,?,?,?,?,?,'completed','USD','exclusive',?,0,0,?,0,0,?,?,NULL)",
            (sale_id, receipt_no, 10_000_000 + seq, "RAW", "T99", "bench", total, total, now,
             shift_id))
        con.executemany(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, gtin, name, sold_by, qty,"
            " unit_price_minor, original_price_minor, override_reason, discount_minor,"
            " total_minor, tax_class, tax_minor) VALUES (?,?,?,?,?,?,'unit','1',?,NULL,'',0,?,?,0)",
            [(sale_id, n + 1, ln[0], ln[1], ln[5], ln[2], ln[3], ln[3], ln[4])
             for n, ln in enumerate(lines)])
        con.execute(
            "INSERT INTO sale_tenders (sale_id, idx, kind, amount_minor, tendered_minor,"
            " change_minor, approval_code, card_last4, customer_id)"
            " VALUES (?,1,'cash',?,?,0,'','',NULL)", (sale_id, total, total))
        con.execute("INSERT INTO sale_taxes (sale_id, tax_class, rate, base_minor, tax_minor)"
                    " VALUES (?, 'standard', '0.0825', ?, 0)", (sale_id, total))
        con.executemany(
            "INSERT INTO stock_movements (event_id, line, sku, bucket, delta, reason, occurred_at)"
            " VALUES (?,?,?,'sellable','-1','sale',?)",
            [(event_id, n + 1, ln[1], now) for n, ln in enumerate(lines)])
        event = {
            "sale_id": sale_id, "receipt_no": receipt_no, "store_code": "RAW", "till_code": "T99",
            "currency": "USD", "created_at": now, "cashier": "bench", "shift_id": shift_id,
            "customer_id": None, "subtotal_minor": total, "discount_minor": 0, "tax_minor": 0,
            "total_minor": total, "rounding_minor": 0, "change_minor": 0,
            "lines": [{"line_no": n + 1, "sku": ln[1], "gtin": ln[5], "name": ln[2], "qty": "1",
                       "unit_price_minor": ln[3], "discount_minor": 0, "total_minor": ln[3],
                       "tax_class": ln[4], "tax_minor": 0} for n, ln in enumerate(lines)],
            "taxes": [{"tax_class": "standard", "rate": "0.0825", "base_minor": total,
                       "tax_minor": 0}],
            "tenders": [{"kind": "cash", "amount_minor": total, "tendered_minor": total,
                         "change_minor": 0, "approval_code": "", "card_last4": "",
                         "customer_id": None}],
            "stock": [{"sku": ln[1], "delta": "-1"} for ln in lines],
        }
        con.execute("INSERT INTO counters (name, value) VALUES ('raw_seq', 1)"
                    " ON CONFLICT(name) DO UPDATE SET value = value + 1")
        dseq = con.execute("SELECT value FROM counters WHERE name = 'raw_seq'").fetchone()[0]
        con.execute(
            "INSERT INTO outbox (event_id, device_seq, type, schema_version, occurred_at,"
            " payload, status, result, error, attempts, acked_at)"
            " VALUES (?,?,?,1,?,?,'raw','','',0,NULL)",
            (event_id, 10_000_000 + dseq, "sale.completed", now, json.dumps(event)))
        prev = con.execute("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1").fetchone()
        jseq, prev_hash = (prev[0] + 1, prev[1]) if prev else (1, "0" * 64)
        entry_id = str(uuid.uuid4())
        payload = {"sale_id": sale_id, "receipt_no": receipt_no, "total_minor": total,
                   "currency": "USD", "tenders": ["cash"]}
        body = {"seq": jseq, "entry_id": entry_id, "occurred_at": now, "kind": "sale",
                "actor": "bench", "payload": payload}
        digest = hashlib.sha256(prev_hash.encode() + json.dumps(
            body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
        con.execute(
            "INSERT INTO journal (seq, entry_id, occurred_at, kind, actor, payload, prev_hash,"
            " hash) VALUES (?,?,?,'sale','bench',?,?,?)",
            (jseq, entry_id, now, json.dumps(payload), prev_hash, digest))
        con.execute("DELETE FROM open_sales WHERE till_code = 'T99'")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def sale_samples(samples: int) -> int:
    """How many sales to time for ``samples`` scans: the p99 is the 1 % slowest, and enough
    of them that the few WAL checkpoints of the run (every ~300 sales when sales follow
    each other without a pause) do not alone decide it."""
    return max(200, samples // 2)


def bench_complete_sale(db: Database, con: sqlite3.Connection, samples: int,
                        suffix: str = "") -> dict:
    from omnipos.domain.shifts import CashCount
    from omnipos.services.selling import CheckoutService
    from omnipos.services.shifts import ShiftService

    svc = CheckoutService(db)
    if svc.shift_needed():  # every sale belongs to a shift
        ShiftService(db).open(CashCount(svc.store.currency), actor=None)
    codes = sample_codes(con, 3 * (samples + 100), seed=2)
    carts = []
    for i in range(samples + 50):
        cart = svc.new_cart()
        for n in range(3):
            svc.scan(cart, codes[(i * 3 + n) % len(codes)])
        cart.view()  # the totals as the Sell screen shows them after each scan (sale_on_screen)
        carts.append(cart)

    def service(i: int) -> None:
        cart = carts[i]
        payment = svc.start_payment(cart)
        payment.add_cash(payment.remaining_minor)
        svc.complete_sale(cart, payment)

    # Service carts are built beforehand (that is the scan benchmark, and the screen's totals
    # after it); the raw side looks its three products up inside the transaction, so it does
    # a bit more.
    for i in range(50):
        service(i)  # warm-up
        _raw_sale(con, codes, samples + i)
    return compare("complete_sale", *measure_pair(lambda i: service(i + 50),
                                                  lambda i: _raw_sale(con, codes, i),
                                                  samples, warmup=0), row_suffix=suffix,
                   lines_per_sale=3)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=5000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--only", choices=("scan", "search", "search_typos", "complete_sale"),
                        action="append")
    args = parser.parse_args(argv)
    path = build(args.products, args.rebuild)
    db = open_database(path)
    con = raw_connection(path)
    results = []
    try:
        wanted = args.only or ["scan", "search", "search_typos", "complete_sale"]
        if "scan" in wanted:
            results.append(bench_scan(db, con, args.samples))
        if "search" in wanted:
            results.append(bench_search(db, con, args.samples))
        if "search_typos" in wanted:
            results.append(bench_search_typos(db, con, args.samples))
        if "complete_sale" in wanted:
            results.append(bench_complete_sale(db, con, sale_samples(args.samples)))
    finally:
        con.close()
        db.close()
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    log(f"# {args.products} products, {os.cpu_count()} CPUs, load average {load};"
        " times in ms (service / raw sqlite3 = ratio); cpu = this thread's CPU time")
    log(f"{'op':<14}{'p50':>22}{'p99':>26}{'budget p99':>12}")
    for r in results:
        s, raw = r["service"], r["raw_sqlite3"]
        log(f"{r['op']:<14}{s['p50_ms']:>8.3f} / {raw['p50_ms']:<7.3f}= {r['ratio_p50']:<5}"
            f"{s['p99_ms']:>9.3f} / {raw['p99_ms']:<7.3f}= {r['ratio_p99']:<6}"
            f"{r['budget_p99_ms']:>8}  {'ok' if r['within_budget'] else 'OVER'}"
            f"   cpu p99 {s['cpu_p99_ms']:.3f} / {raw['cpu_p99_ms']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
