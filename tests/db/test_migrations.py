"""Migrations: the schema they build matches the models; old files upgrade with data."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from omnipos.db import migrations
from omnipos.db.catalog import find_by_gtin, search
from omnipos.db.engine import make_engine, open_database
from omnipos.db.migrations import include_name, target_metadata
from omnipos.db.models import Sale
from omnipos.db.stock import till_level


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(migrations.alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_migrated_schema_matches_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "omnipos.sqlite3")
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"include_name": include_name, "compare_type": True}
        )
        diff = compare_metadata(ctx, target_metadata())
    db.close()
    assert diff == []


def test_fts_table_and_triggers_exist(tmp_path: Path) -> None:
    db = open_database(tmp_path / "omnipos.sqlite3")
    con = sqlite3.connect(db.path)
    names = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    db.close()
    assert {"product_fts", "product_fts_ai", "product_fts_ad", "product_fts_au"} <= names


def _fill_at_first_revision(path: Path) -> None:
    """Rows as a till at revision 0001 would have written them (plain SQL, frozen)."""
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC).isoformat(timespec="microseconds")
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO settings (key, value) VALUES ('store.code', '\"OLD\"')")
        con.execute("INSERT INTO tax_classes (code, rate, name) VALUES ('std', '0.2', 'Std')")
        con.execute(
            "INSERT INTO products (id, sku, name, brand, category, sold_by, tax_class,"
            " price_minor, active, updated_at)"
            " VALUES (1, 'OLD-1', 'Vintage teapot', 'Brown', '', 'unit', 'std', 1500, 1, ?)",
            (now,),
        )
        con.execute("INSERT INTO barcodes (gtin, product_id) VALUES ('04006381333931', 1)")
        con.execute(
            "INSERT INTO prices (product_id, price_minor, effective_from) VALUES (1, 1500, ?)",
            (now,),
        )
        con.execute(
            "INSERT INTO sales (id, receipt_no, receipt_seq, store_code, till_code, cashier,"
            " status, currency, prices, subtotal_minor, discount_minor, tax_minor, total_minor,"
            " rounding_minor, change_minor, created_at) VALUES ('s-1', 'OLD-T01-000001', 1,"
            " 'OLD', 'T01', 'ann', 'completed', 'USD', 'exclusive', 1500, 0, 300, 1800, 0, 0, ?)",
            (now,),
        )
        con.execute(
            "INSERT INTO sale_lines (sale_id, line_no, product_id, sku, gtin, name, sold_by, qty,"
            " unit_price_minor, override_reason, discount_minor, total_minor, tax_class,"
            " tax_minor) VALUES ('s-1', 1, 1, 'OLD-1', '04006381333931', 'Vintage teapot',"
            " 'unit', '1', 1500, '', 0, 1500, 'std', 300)"
        )
        con.execute(
            "INSERT INTO stock_deltas (event_id, line, sku, delta, reason, occurred_at)"
            " VALUES ('e-1', 1, 'OLD-1', '-1', 'sale', ?)",
            (now,),
        )
    con.close()


@pytest.mark.parametrize("start", _revisions()[:-1] or _revisions())
def test_upgrade_from_every_earlier_revision_keeps_data(tmp_path: Path, start: str) -> None:
    """Data written at 0001, carried to ``start`` by the migrations, then opened by this version."""
    path = tmp_path / "omnipos.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, _revisions()[0])
    engine.dispose()
    _fill_at_first_revision(path)
    engine = make_engine(path)
    migrations.upgrade(engine, start)
    engine.dispose()
    db = open_database(path)
    try:
        assert db.revision() == db.head()
        assert db.check().ok
        with db.read() as s:
            product = find_by_gtin(s, "04006381333931")
            assert product is not None and product.sku == "OLD-1"
            assert [p.sku for p in search(s, "vintage tea")] == ["OLD-1"]
            assert [p.sku for p in search(s, "vintgae teapot")] == ["OLD-1"]  # its words kept
            assert till_level(s, "OLD-1") == -1
            sale = s.get(Sale, "s-1")
            assert sale is not None and [line.sku for line in sale.lines] == ["OLD-1"]
        if start != db.head():
            assert list((tmp_path / "backups").iterdir())  # the old file was copied aside
    finally:
        db.close()


def test_migration_files_ship_in_the_package() -> None:
    # setuptools only packs .py files of real packages, plus package-data globs (*.mako).
    root = migrations.SCRIPT_LOCATION
    assert (root / "__init__.py").is_file() and (root / "versions" / "__init__.py").is_file()
    assert (root / "script.py.mako").is_file()
    assert not (root / "alembic.ini").exists()  # the Config is built in code


def test_light_head_matches_alembic() -> None:
    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert migrations.head_revision() == script.get_current_head()
    assert migrations.known_revisions() == {r.revision for r in script.walk_revisions()}
