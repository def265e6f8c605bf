"""Revision 0003 (the stock table) and later: a till made at each earlier revision, with data,
upgrades.

Each database is filled the way a till at that revision wrote it (plain SQL,
frozen here), then opened by this version. Every row of every table must
arrive: unchanged tables as they were (with the columns later revisions added
empty), ``stock_deltas`` as ``stock_movements`` (sellable, same moments) and
the ``stock:SKU`` keys as ``stock_levels`` rows.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from omnipos.db import migrations
from omnipos.db.engine import make_engine, open_database
from omnipos.db.stock import hub_level, till_level

T1 = "2026-01-02T03:04:05.000000+00:00"
T2 = "2026-01-02T03:09:00.250000+00:00"
T3 = "2026-01-03T18:00:00.000000+00:00"

# Rows as a till at revision 0001 wrote them.
AT_0001: dict[str, list[dict[str, Any]]] = {
    "settings": [{"key": "store.code", "value": '"OLD"'},
                 {"key": "hub.url", "value": '"http://hub.invalid"'}],
    "counters": [{"name": "receipt", "value": 2}, {"name": "device_seq", "value": 3}],
    "tax_classes": [{"code": "std", "rate": "0.2", "name": "Std"}],
    "products": [
        {"id": 1, "sku": "A", "name": "Apple", "brand": "", "category": "", "sold_by": "weight",
         "tax_class": "std", "price_minor": 199, "active": 1, "updated_at": T1},
        {"id": 2, "sku": "B:1", "name": "Bolt", "brand": "", "category": "", "sold_by": "unit",
         "tax_class": "std", "price_minor": 50, "active": 1, "updated_at": T1},
    ],
    "barcodes": [{"gtin": "04006381333931", "product_id": 2}],
    "prices": [{"id": 1, "product_id": 1, "price_minor": 199, "effective_from": T1}],
    "sales": [{"id": "s-1", "receipt_no": "OLD-T01-000001", "receipt_seq": 1, "store_code": "OLD",
               "till_code": "T01", "cashier": "ann", "status": "completed", "currency": "USD",
               "prices": "exclusive", "subtotal_minor": 349, "discount_minor": 0,
               "tax_minor": 70, "total_minor": 419, "rounding_minor": 0, "change_minor": 0,
               "created_at": T1}],
    "sale_lines": [
        {"sale_id": "s-1", "line_no": 1, "product_id": 1, "sku": "A", "gtin": "", "name": "Apple",
         "sold_by": "weight", "qty": "0.5", "unit_price_minor": 199, "original_price_minor": None,
         "override_reason": "", "discount_minor": 0, "total_minor": 99, "tax_class": "std",
         "tax_minor": 20},
        {"sale_id": "s-1", "line_no": 2, "product_id": 2, "sku": "B:1", "gtin": "04006381333931",
         "name": "Bolt", "sold_by": "unit", "qty": "5", "unit_price_minor": 50,
         "original_price_minor": None, "override_reason": "", "discount_minor": 0,
         "total_minor": 250, "tax_class": "std", "tax_minor": 50},
    ],
    "sale_tenders": [{"sale_id": "s-1", "idx": 1, "kind": "cash", "amount_minor": 419,
                      "tendered_minor": 500, "change_minor": 81, "approval_code": "",
                      "card_last4": ""}],
    "sale_taxes": [{"sale_id": "s-1", "tax_class": "std", "rate": "0.2", "base_minor": 349,
                    "tax_minor": 70}],
    "stock_deltas": [
        {"event_id": "e-0", "line": 1, "sku": "A", "delta": "20", "reason": "adjust",
         "occurred_at": T1},
        {"event_id": "e-1", "line": 1, "sku": "A", "delta": "-0.5", "reason": "sale",
         "occurred_at": T2},
        {"event_id": "e-1", "line": 2, "sku": "B:1", "delta": "-5", "reason": "sale",
         "occurred_at": T2},
    ],
    "outbox": [
        {"event_id": "e-1", "device_seq": 1, "type": "sale.completed", "schema_version": 1,
         "occurred_at": T2, "payload": '{"sale_id": "s-1"}', "status": "pending", "result": "",
         "error": "", "attempts": 0, "acked_at": None},
    ],
    "journal": [{"seq": 1, "entry_id": "j-1", "occurred_at": T2, "kind": "sale", "actor": "ann",
                 "payload": "{}", "prev_hash": "0" * 64, "hash": "a" * 64}],
    "parked_sales": [{"id": "p-1", "label": "table 4", "created_at": T3, "cashier": "ann",
                      "cart": '{"lines": []}'}],
    "sync_state": [
        {"key": "feed.cursor", "value": '"abc"'},
        {"key": "sync.epoch", "value": "2"},
        {"key": "stock:A", "value": '{"level": "7.5"}'},
        {"key": "stock:B:1", "value": '{"level": "-2"}'},
        {"key": "stock:BROKEN", "value": '"not a level"'},  # unreadable: must stay
    ],
}

# Revision 0002 added staff, lock-outs, shifts and cash movements.
AT_0002: dict[str, list[dict[str, Any]]] = {
    **AT_0001,
    "staff": [{"id": "st-1", "number": "1", "name": "Ann", "role": "cashier", "pin_hash": "h",
               "badge": None, "active": 1, "source": "local", "created_at": T1,
               "updated_at": T1}],
    "login_locks": [{"subject": "till", "failures": 2, "last_failed_at": T2,
                     "locked_until": None}],
    "shifts": [{"id": "sh-1", "store_code": "OLD", "till_code": "T01", "currency": "USD",
                "status": "open", "opened_at": T1, "opened_by": "Ann (#1)",
                "opening_float_minor": 5000, "opening_count": "{}", "start_device_seq": 0,
                "closed_at": None, "closed_by": "", "approved_by": "", "counted_minor": None,
                "closing_count": None, "expected_minor": None, "over_short_minor": None,
                "pending_events": 0, "z_report": None}],
    "cash_movements": [{"id": "cm-1", "shift_id": "sh-1", "kind": "pay_in", "amount_minor": 1000,
                        "currency": "USD", "reason": "change", "staff": "Ann (#1)",
                        "approved_by": "", "occurred_at": T2, "event_id": "e-9"}],
}

# Revision 0003 moved the stock deltas and the stock:SKU keys into the stock tables.
AT_0003: dict[str, list[dict[str, Any]]] = {
    **{table: rows for table, rows in AT_0002.items() if table != "stock_deltas"},
    "sync_state": [r for r in AT_0001["sync_state"] if r["key"] not in ("stock:A", "stock:B:1")],
    "stock_movements": [{**row, "bucket": "sellable"} for row in AT_0001["stock_deltas"]],
    "stock_levels": [{"sku": "A", "bucket": "sellable", "level": "7.5", "as_of": None},
                     {"sku": "B:1", "bucket": "sellable", "level": "-2", "as_of": None}],
}

# Revision 0004 added the customer directory and a store-credit tender's customer.
AT_0004: dict[str, list[dict[str, Any]]] = {
    **AT_0003,
    "sale_tenders": [{**row, "customer_id": None} for row in AT_0001["sale_tenders"]],
    "customers": [{"id": "c-1", "name": "Ada Lovelace", "name_key": "ada lovelace",
                   "phone": "+15035550100", "email": "ada@example.com",
                   "credit": '{"balance_minor": 500}', "credit_as_of": T2,
                   "no_receipt_returns": "[]", "source": "hub", "created_at": T1,
                   "updated_at": T2}],
}

# Revision 0005 added the pickup orders the hub routes to the store, their picks and events.
AT_0005: dict[str, list[dict[str, Any]]] = {
    **AT_0004,
    "pickup_orders": [{"pickup_id": "p-1", "order_number": "W-1001", "kind": "pickup",
                       "state": "ready", "version": 3, "customer_name": "Ada Lovelace",
                       "pickup_code": "PK7Q", "promised_by": T2, "placed_at": T1,
                       "changed_at": T2, "arrived_at": T2, "announced": 1, "task": "",
                       "due_minor": 0, "currency": "USD", "record": "{}"}],
    "pickup_picks": [{"pickup_id": "p-1", "line_no": 1, "sku": "A", "picked": "1",
                      "updated_at": T2}],
    "pickup_events": [{"event_id": "e-20", "pickup_id": "p-1", "seq": 1, "type": "pickup.ready",
                       "lines": "[]", "queued_at": T2, "answer": "applied", "hub_version": 3,
                       "hub_state": "ready", "why": "", "message": "", "announced": 1}],
}

# Revision 0006 added returns, return policies, RMAs and parcels taken in.
AT_0006: dict[str, list[dict[str, Any]]] = {
    **AT_0005,
    "return_policies": [{"scope": "store", "policy": '{"days": 30}', "updated_at": T2}],
    "rmas": [{"id": "r-1", "number": "RMA-1", "state": "authorised", "receipt_no": "S-1",
              "order_id": "", "customer_name": "Ada Lovelace", "record": "{}",
              "updated_at": T2}],
    "intakes": [{"id": "i-1", "state": "open", "rma_id": "r-1", "rma_number": "RMA-1",
                 "receipt_no": "S-1", "order_id": "", "note": "", "started_at": T2,
                 "started_by": "Till T01", "completed_at": None, "completed_by": "",
                 "event_id": None}],
}

# Revision 0007 added the open sale, kept as it is rung up.
AT_0007: dict[str, list[dict[str, Any]]] = {
    **AT_0006,
    "open_sales": [{"till_code": "T01", "cart_id": "cart-1", "started_by": "Ann (#1)",
                    "started_at": T2, "updated_at": T2, "cart": '{"lines": []}',
                    "tenders": "[]"}],
}

# Revision 0008 added stock counts and deliveries; a sale then named no customer.
AT_0008: dict[str, list[dict[str, Any]]] = AT_0007

# Revision 0009 let a sale name its customer (no rows of its own).
AT_0009: dict[str, list[dict[str, Any]]] = AT_0008

# Revision 0010 added the store directory; a till had no quick keys yet.
AT_0010: dict[str, list[dict[str, Any]]] = AT_0009

# Revision 0011 added the store's quick keys.
AT_0011: dict[str, list[dict[str, Any]]] = {
    **AT_0010,
    "quick_keys": [{"position": 1, "sku": "A", "label": "Apple"}],
}

# Revision 0012 added deposits on endless-aisle orders; the catalog's words were not kept yet.
AT_0012: dict[str, list[dict[str, Any]]] = {
    **AT_0011,
    "deposits": [{"id": "d-1", "kind": "deposit", "order_number": "EA-1", "amount_minor": 500,
                  "currency": "USD", "tenders": "[]", "shift_id": None,
                  "created_by": "Ann (#1)", "created_at": T2}],
}

FILLS = {"0001": AT_0001, "0002": AT_0002, "0003": AT_0003, "0004": AT_0004,
         "0005": AT_0005, "0006": AT_0006, "0007": AT_0007, "0008": AT_0008,
         "0009": AT_0009, "0010": AT_0010, "0011": AT_0011, "0012": AT_0012}
MOVED = {"stock_deltas", "sync_state"}
#: Columns later revisions added to a table (as table -> (revision, how many)), empty in rows
#: written before.
WIDENED = {"sale_tenders": ("0004", 1), "stock_levels": ("0008", 1), "sales": ("0009", 1)}


def _widened(table: str, start: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    revision, added = WIDENED.get(table, ("", 0))
    if start >= revision:
        return rows
    return [(*row, *(None,) * added) for row in rows]


def _rows(con: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    return sorted(con.execute(f"SELECT * FROM {table}").fetchall(), key=repr)


def _fill(path: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    con = sqlite3.connect(path)
    with con:
        for table, items in rows.items():
            for item in items:
                cols = ", ".join(item)
                marks = ", ".join("?" * len(item))
                con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(item.values()))
    con.close()


def test_every_earlier_revision_has_a_fill() -> None:
    assert set(FILLS) == migrations.known_revisions() - {migrations.head_revision()}


@pytest.mark.parametrize("start", sorted(FILLS))
def test_till_at_earlier_revision_upgrades_with_every_row(tmp_path: Path, start: str) -> None:
    path = tmp_path / "omnipos.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, start)
    engine.dispose()
    _fill(path, FILLS[start])
    con = sqlite3.connect(path)
    before = {table: _rows(con, table) for table in FILLS[start]}
    con.close()

    db = open_database(path)  # upgrades to the head, after copying the file aside
    try:
        assert db.revision() == db.head() and db.check().ok
        con = sqlite3.connect(path)
        try:
            for table in set(FILLS[start]) - (MOVED if start < "0003" else set()):
                assert _rows(con, table) == _widened(table, start, before[table]), table
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            assert "stock_deltas" not in tables
            if start < "0003":  # the move itself: each delta and key found again
                movements = con.execute(
                    "SELECT event_id, line, sku, delta, reason, occurred_at, bucket"
                    " FROM stock_movements"
                ).fetchall()
                assert sorted(movements) == sorted(
                    (*row, "sellable") for row in before["stock_deltas"]
                )
                state = con.execute("SELECT key, value FROM sync_state").fetchall()
                assert sorted(state) == sorted(
                    r for r in before["sync_state"] if r[0] not in ("stock:A", "stock:B:1")
                )
            # the words of the products' names and SKUs, read from the search index
            words = {r[0] for r in con.execute("SELECT word FROM catalog_words")}
            assert words == {"apple", "bolt", "a", "b"}
            levels = con.execute("SELECT sku, bucket, level, as_of FROM stock_levels").fetchall()
            assert sorted(levels) == [("A", "sellable", "7.5", None),
                                      ("B:1", "sellable", "-2", None)]
        finally:
            con.close()
        with db.read() as s:
            # 7.5 at the hub, minus the sale the hub has not acknowledged (e-1: -0.5);
            # e-0 has no outbox row (pruned after its acknowledgement), so it is in the 7.5.
            assert till_level(s, "A") == Decimal(7)
            assert till_level(s, "B:1") == Decimal(-7)
            level = hub_level(s, "A")
            assert level is not None and level.as_of is None
        assert list((tmp_path / "backups").iterdir())
    finally:
        db.close()


def test_downgrade_to_0002_puts_the_stock_keys_back(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "omnipos.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0002")
    engine.dispose()
    _fill(path, AT_0002)
    open_database(path).close()
    engine = make_engine(path)
    with engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0002")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        assert _rows(con, "stock_deltas") == _rows_of(AT_0002["stock_deltas"])
        keys = dict(con.execute("SELECT key, value FROM sync_state WHERE key LIKE 'stock:%'"))
        assert keys == {"stock:A": '{"level": "7.5"}', "stock:B:1": '{"level": "-2"}',
                        "stock:BROKEN": '"not a level"'}
    finally:
        con.close()


def _rows_of(items: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return sorted((tuple(item.values()) for item in items), key=repr)


def test_the_nearby_stores_of_0008_become_the_store_directory(tmp_path: Path) -> None:
    path = tmp_path / "omnipos.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0009")
    engine.dispose()
    _fill(path, {"nearby_stores": [{"code": "S2", "name": "Harbour", "lat": "45.60",
                                    "lon": "-122.68"}]})
    db = open_database(path)
    try:
        from omnipos.db.stores import list_stores

        with db.read() as s:
            [store] = list_stores(s)
        assert (store.code, store.name, store.lat, store.lon) == ("S2", "Harbour", "45.60",
                                                                 "-122.68")
        con = sqlite3.connect(path)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        con.close()
        assert "nearby_stores" not in tables
    finally:
        db.close()
