"""The till database: pragmas, transactions, backups, check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from omnipos.db import migrations
from omnipos.db.engine import WAL_BACKSTOP_PAGES, Database, Durability, open_database
from omnipos.db.rows import run_driver
from omnipos.db.settings import get_setting, set_setting
from omnipos.domain.errors import StateError


def _pragma(session: object, name: str) -> object:
    return session.execute(text(f"PRAGMA {name}")).scalar_one()  # type: ignore[attr-defined]


def test_every_connection_is_durable_and_checks_keys(db: Database) -> None:
    for opener in (db.read, db.transaction):
        with opener() as s:
            assert _pragma(s, "journal_mode") == "wal"
            assert _pragma(s, "synchronous") == 2  # FULL
            assert _pragma(s, "foreign_keys") == 1
            assert _pragma(s, "busy_timeout") == 5000


def test_a_soon_write_skips_the_fsync_and_the_next_write_waits_again(db: Database) -> None:
    with db.transaction(Durability.SOON) as s:
        assert _pragma(s, "synchronous") == 1  # NORMAL: in the OS, fsynced by the checkpointer
        set_setting(s, "store.code", "S1")
    with db.transaction() as s:
        assert _pragma(s, "synchronous") == 2  # the same pooled connection, FULL again
    with db.read() as s:
        assert get_setting(s, "store.code") == "S1"


def test_commits_leave_checkpoints_to_the_checkpointer(db: Database) -> None:
    with db.transaction(Durability.SOON) as s:
        # SQLite's own checkpoint (inside a commit) only as a backstop for a large WAL.
        assert _pragma(s, "wal_autocheckpoint") == WAL_BACKSTOP_PAGES
        set_setting(s, "store.name", "Corner shop")
    assert db.checkpoints.wait_synced(timeout=30)
    # The database file itself (the WAL ignored) holds the write: it was checkpointed.
    con = sqlite3.connect(f"file:{db.path}?immutable=1", uri=True)
    try:
        value = con.execute("SELECT value FROM settings WHERE key='store.name'").fetchone()
    finally:
        con.close()
    assert value == ('"Corner shop"',)


def test_transaction_commits_and_rolls_back(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "store.code", "S1")
    with pytest.raises(RuntimeError), db.transaction() as s:
        set_setting(s, "store.code", "S2")
        raise RuntimeError("boom")
    with db.read() as s:
        assert get_setting(s, "store.code") == "S1"


def test_driver_statements_and_the_orm_share_one_transaction(db: Database) -> None:
    # The session joins the transaction its connection began: what either wrote, the other
    # reads, and both commit or roll back together.
    with pytest.raises(RuntimeError), db.transaction() as s:
        run_driver(s, "INSERT INTO settings (key, value) VALUES ('store.code', '\"S9\"')")
        assert get_setting(s, "store.code") == "S9"
        set_setting(s, "store.name", "Corner shop")  # through the ORM
        assert run_driver(s, "SELECT value FROM settings WHERE key = 'store.name'") == [
            ('"Corner shop"',)]
        raise RuntimeError("boom")
    with db.read() as s:
        assert get_setting(s, "store.code") is None and get_setting(s, "store.name") is None
    with db.transaction() as s:
        run_driver(s, "INSERT INTO settings (key, value) VALUES ('store.code', '\"S9\"')")
        set_setting(s, "store.name", "Corner shop")
    with db.read() as s:
        assert (get_setting(s, "store.code"), get_setting(s, "store.name")) == ("S9",
                                                                               "Corner shop")


def test_writer_takes_the_lock_up_front(db: Database) -> None:
    other = sqlite3.connect(db.path, timeout=0, isolation_level=None)
    try:
        # Nothing written yet, but BEGIN IMMEDIATE already holds the write lock.
        with db.transaction(), pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_writer_that_cannot_take_the_lock_gets_sqlalchemys_error(db: Database) -> None:
    with db.engine.connect() as c:  # the pool's connection waits 50 ms, not 5 s
        c.exec_driver_sql("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(OperationalError, match="locked"), db.transaction():
            pass
    finally:
        other.execute("ROLLBACK")
        other.close()
    with db.transaction() as s:  # the lock given back, the same connection writes again
        set_setting(s, "store.code", "S2")


def test_a_write_inside_the_same_threads_write_fails_instead_of_hanging(db: Database) -> None:
    # The kept writer is this thread's already: the inner write gets a connection of its own,
    # whose BEGIN waits for the lock the outer one holds and fails after the busy timeout.
    with db.transaction() as outer:
        set_setting(outer, "store.code", "S1")
        with pytest.raises(OperationalError, match="locked"), db.transaction():
            pass
    with db.read() as s:
        assert get_setting(s, "store.code") == "S1"  # the outer write is not harmed


def test_reads_do_not_block_a_writer(db: Database) -> None:
    with db.read() as r:
        get_setting(r, "x")
        with db.transaction() as w:
            set_setting(w, "x", 1)


def test_backup_includes_the_wal(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        set_setting(s, "store.name", "Corner shop")
    assert Path(f"{db.path}-wal").exists()
    copy = db.backup(tmp_path / "copy.sqlite3")
    con = sqlite3.connect(copy)
    try:
        value = con.execute("SELECT value FROM settings WHERE key='store.name'").fetchone()
    finally:
        con.close()
    assert value == ('"Corner shop"',)


def test_upgrade_copies_an_older_file_aside(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "omnipos.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'older'")
    con.commit()
    con.close()
    upgraded: list[str] = []
    monkeypatch.setattr(migrations, "known_revisions",
                        lambda: {"older", migrations.head_revision()})
    monkeypatch.setattr(migrations, "upgrade", lambda engine, target: upgraded.append(target))
    db = open_database(path)
    db.close()
    assert upgraded == [migrations.head_revision()]
    copies = list((tmp_path / "backups").iterdir())
    assert len(copies) == 1 and "older" in copies[0].name


def test_fresh_file_is_not_backed_up(tmp_path: Path) -> None:
    open_database(tmp_path / "omnipos.sqlite3").close()
    assert not (tmp_path / "backups").exists()


def test_check_reports_revision_and_integrity(tmp_path: Path) -> None:
    path = tmp_path / "omnipos.sqlite3"
    db = open_database(path)
    report = db.check()
    assert report.ok and report.integrity == ["ok"] and report.revision == report.head
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'stale'")
    report = db.check()
    assert not report.ok and "stale" in report.problems[0]
    db.close()


def test_open_without_migrate_leaves_file_empty(tmp_path: Path) -> None:
    db = open_database(tmp_path / "omnipos.sqlite3", migrate=False)
    assert db.revision() is None and db.needs_upgrade()
    assert db.upgrade() is None  # nothing to back up
    assert db.revision() == db.head()
    db.close()


def test_concurrent_writers_wait_instead_of_failing(db: Database) -> None:
    import threading

    from omnipos.db.models import Counter

    with db.transaction() as s:
        s.add(Counter(name="n", value=0))
    errors: list[BaseException] = []

    def bump() -> None:
        try:
            for _ in range(40):
                with db.transaction() as s:
                    row = s.get(Counter, "n")
                    assert row is not None
                    row.value += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=bump) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as s:
        row = s.get(Counter, "n")
        assert row is not None and row.value == 120  # no lost update: the lock came first


def test_lookup_connection_is_per_thread_and_read_only(db: Database) -> None:
    import threading

    mine = db.lookup_connection()
    assert db.lookup_connection() is mine
    other: list[sqlite3.Connection] = []
    t = threading.Thread(target=lambda: other.append(db.lookup_connection()))
    t.start()
    t.join()
    assert other[0] is not mine
    with pytest.raises(sqlite3.OperationalError):
        mine.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")


def test_a_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "omnipos.sqlite3"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(StateError, match="9999"):
        open_database(path)
    assert not (tmp_path / "backups").exists()
