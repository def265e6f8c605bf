"""Hub migrations: one head; a hub made at every earlier revision upgrades with its data, on
SQLite and on PostgreSQL."""

from __future__ import annotations

import json

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text

from omnipos.domain.stock import StockBucket
from omnipos.hub.admin import stores
from omnipos.hub.returns.lookup import lookup
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import MIGRATIONS, alembic_config, make_engine, open_hub_db
from omnipos.hub.store.models import HubBase

SALE_ID = "0b0e9e55-0000-4000-8000-000000000001"
STAMP = "2026-01-01T00:00:00.000000+00:00"


def _script() -> ScriptDirectory:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(cfg)


def _revisions() -> list[str]:
    return [r.revision for r in reversed(list(_script().walk_revisions()))]


def test_hub_has_one_head() -> None:
    assert len(_script().get_heads()) == 1
    assert {"0002", "0003", "0004"} <= set(_revisions())


def _fill_0001(conn: Connection) -> None:
    """Rows as a hub at revision 0001 wrote them (plain SQL, frozen here)."""
    conn.execute(text(
        "INSERT INTO stores (code, name, currency, prices, rounding, cash_step_minor, tax_rates,"
        " timezone, created_at) VALUES ('OLD', 'Old', 'USD', 'exclusive', 'line', 0,"
        " :rates, 'UTC', :at)"), {"rates": json.dumps({"STD": "0.1"}), "at": STAMP})
    payload = {"sale_id": SALE_ID, "receipt_no": "OLD-T01-000001", "store_code": "OLD",
               "till_code": "T01", "currency": "USD", "created_at": STAMP,
               "subtotal_minor": 500, "tax_minor": 50, "total_minor": 550,
               "lines": [{"line_no": 1, "sku": "TEA", "name": "Teapot", "qty": "1",
                          "unit_price_minor": 500, "total_minor": 500, "tax_class": "STD"}],
               "tenders": [{"kind": "cash", "amount_minor": 550}]}
    conn.execute(text(
        "INSERT INTO sales (sale_id, event_id, store_code, till_code, device_id, receipt_no,"
        " receipt_seq, currency, subtotal_minor, discount_minor, tax_minor, total_minor,"
        " created_at, received_at, hub_tax_minor, payload) VALUES (:sid, 'e-1', 'OLD', 'T01',"
        " 'd-1', 'OLD-T01-000001', 1, 'USD', 500, 0, 50, 550, :at, :at, 50, :payload)"),
        {"at": STAMP, "payload": json.dumps(payload), "sid": SALE_ID})
    conn.execute(text(
        "INSERT INTO stock_ledger (event_id, line, store_code, sku, delta_milli, reason,"
        " recorded_at) VALUES ('e-0', 1, 'OLD', 'TEA', 5000, 'import', :at),"
        " ('e-1', 1, 'OLD', 'TEA', -1000, 'sale', :at)"), {"at": STAMP})
    conn.execute(text("INSERT INTO stock_levels (store_code, sku, level_milli)"
                      " VALUES ('OLD', 'TEA', 4000)"))


def _fill_0002(conn: Connection) -> None:
    conn.execute(text(
        "INSERT INTO staff (id, store_code, number, name, role, pin_hash, badge, active,"
        " created_at, updated_at) VALUES ('st-1', 'OLD', '7', 'Ann', 'manager', 'h', NULL,"
        " :yes, :at, :at)"), {"yes": True, "at": STAMP})


def _fill_0003(conn: Connection) -> None:
    conn.execute(text("UPDATE stock_levels SET reserved_milli = 1000"))  # one unit promised


FILLS = {"0001": _fill_0001, "0002": _fill_0002, "0003": _fill_0003}


@pytest.mark.parametrize("start", _revisions()[:-1])
def test_a_hub_made_at_an_earlier_revision_upgrades_with_its_data(hub_url: str,
                                                                  start: str) -> None:
    engine = make_engine(hub_url)
    cfg = alembic_config(engine)
    for rev in _revisions()[: _revisions().index(start) + 1]:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev)
            if rev in FILLS:
                FILLS[rev](conn)
    engine.dispose()
    db = open_hub_db(hub_url)  # migrates to head
    try:
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(
                conn, opts={"compare_type": True}), HubBase.metadata) == []
        assert {"customers", "rmas", "returns", "stock_bucket_levels"} <= set(
            inspect(db.engine).get_table_names())
        assert [s["code"] for s in stores.list_stores(db)] == ["OLD"]
        with db.read() as s:
            buckets = set(s.execute(text("SELECT DISTINCT bucket FROM stock_ledger")).scalars())
            assert buckets == {StockBucket.SELLABLE.value}  # every old movement was sellable
            assert ledger.level_milli(s, "OLD", "TEA") == 4000
            assert ledger.ledger_sum_milli(s, "OLD", "TEA") == 4000
            reserved = s.execute(text("SELECT reserved_milli FROM stock_levels")).scalar_one()
            assert reserved == (1000 if start >= "0003" else 0)
            # Old movements happened when they were recorded; nothing was counted yet.
            moments = set(s.execute(text("SELECT occurred_at FROM stock_ledger")).scalars())
            assert moments == {STAMP}
            assert s.execute(text("SELECT anchored_at FROM stock_levels")).scalar() is None
        sale = lookup(db, receipt_no="OLD-T01-000001")
        assert sale["lines"][0]["returnable_qty"] == "1" and sale["tenders"][0]["kind"] == "cash"
    finally:
        db.close()


def test_the_newest_revision_goes_down_and_up_again(sqlite_hub_db) -> None:  # type: ignore[no-untyped-def]
    cfg = alembic_config(sqlite_hub_db.engine)
    previous = _revisions()[-2]
    with sqlite_hub_db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, previous)
        command.upgrade(cfg, "head")
