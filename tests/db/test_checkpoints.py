"""The checkpointer: WAL copied into the file after writes, and no thread kept without work."""

from __future__ import annotations

import sqlite3

from omnipos.db.checkpoints import Checkpointer
from omnipos.db.engine import BUSY_TIMEOUT_MS, Database, Durability
from omnipos.db.settings import set_setting


def _in_file(db: Database, key: str) -> object:
    """The value as the database file itself holds it (the WAL ignored)."""
    con = sqlite3.connect(f"file:{db.path}?immutable=1", uri=True)
    try:
        row = con.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    return row[0] if row else None


def test_it_rests_when_idle_and_the_next_write_wakes_it(db: Database) -> None:
    checkpoints = Checkpointer(db.path, BUSY_TIMEOUT_MS, idle_s=0.01, lag_s=0.05, rest_s=0.05)
    try:
        with db.transaction(Durability.SOON) as s:
            set_setting(s, "store.name", "Corner shop")
        checkpoints.wrote()
        assert checkpoints.wait_synced(timeout=30)
        assert _in_file(db, "store.name") == '"Corner shop"'
        assert checkpoints.wait_rested(timeout=30)  # nothing to do: no thread, no connection
        with db.transaction(Durability.SOON) as s:
            set_setting(s, "store.name", "Corner shop 2")
        checkpoints.wrote()
        assert checkpoints.wait_synced(timeout=30)
        assert _in_file(db, "store.name") == '"Corner shop 2"'
    finally:
        checkpoints.close()
