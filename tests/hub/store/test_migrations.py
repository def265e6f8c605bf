"""Hub revision 0002 (staff, shift reports, enrollment attempts): one head; a hub at 0001 upgrades."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from omnipos.hub.admin import stores
from omnipos.hub.store.db import MIGRATIONS, alembic_config, make_engine, open_hub_db


def test_hub_has_one_head() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert len(script.get_heads()) == 1
    assert "0002" in {r.revision for r in script.walk_revisions()}


def test_hub_at_0001_with_a_store_upgrades(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    engine = make_engine(url)
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO stores (code, name, currency, prices, rounding, cash_step_minor,"
            " tax_rates, timezone, created_at) VALUES ('OLD', 'Old', 'USD', 'exclusive', 'line',"
            " 0, '{\"STD\": \"0.1\"}', 'UTC', '2026-01-01T00:00:00.000000+00:00')"
        )
    engine.dispose()
    db = open_hub_db(url)  # migrates to head
    try:
        names = set(inspect(db.engine).get_table_names())
        assert {"staff", "shift_reports", "enroll_attempts", "stores"} <= names
        assert [s["code"] for s in stores.list_stores(db)] == ["OLD"]
    finally:
        db.close()
