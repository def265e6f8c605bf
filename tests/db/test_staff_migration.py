"""Revision 0002 (staff, shifts, cash): one head, and an older file with data upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.script import ScriptDirectory

from omnipos.db import migrations
from omnipos.db.engine import make_engine, open_database

STAFF_TABLES = {"staff", "login_locks", "shifts", "cash_movements"}


def test_exactly_one_head() -> None:
    script = ScriptDirectory.from_config(migrations.alembic_config())
    assert len(script.get_heads()) == 1
    assert "0002" in {rev.revision for rev in script.walk_revisions()}


def test_database_at_0001_with_data_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "omnipos.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT INTO settings (key, value) VALUES ('store.code', '\"OLD\"')")
        con.execute(
            "INSERT INTO journal (seq, entry_id, occurred_at, kind, actor, payload, prev_hash,"
            " hash) VALUES (1, 'j-1', '2026-01-02T03:04:05.000000+00:00', 'sale', 'ann', '{}',"
            " ?, ?)",
            ("0" * 64, "a" * 64),
        )
        con.execute(
            "INSERT INTO outbox (event_id, device_seq, type, schema_version, occurred_at, payload,"
            " status, result, error, attempts) VALUES ('e-1', 1, 'sale.completed', 1,"
            " '2026-01-02T03:04:05.000000+00:00', '{}', 'pending', '', '', 0)"
        )
    con.close()
    db = open_database(path)
    try:
        assert db.revision() == db.head()
        assert db.check().ok
        con = sqlite3.connect(path)
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert STAFF_TABLES <= names
        assert con.execute("SELECT count(*) FROM journal").fetchone() == (1,)
        assert con.execute("SELECT status FROM outbox").fetchone() == ("pending",)
        assert con.execute("SELECT count(*) FROM staff").fetchone() == (0,)
        con.close()
        assert list((tmp_path / "backups").iterdir())
    finally:
        db.close()


def test_downgrade_to_0001_removes_staff_tables(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "omnipos.sqlite3"
    db = open_database(path)
    with db.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0001")
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    db.close()
    assert not STAFF_TABLES & names
