"""The till's journal is anchored at the hub (issue 15, point 6).

The till sends its journal head with each sync; ``omnipos journal verify``
checks against the last head the hub kept and names what is missing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from omnipos.cli import main
from omnipos.db.engine import Database, database_path, open_database
from omnipos.db.journal import journal_head
from omnipos.hub.store.models import JournalHeadRecord
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import KeyringTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import sell


@pytest.fixture
def till(live_hub, tmp_path: Path, memory_keyring) -> Iterator[tuple[Database, Path]]:  # type: ignore[no-untyped-def]
    data = tmp_path / "till"
    db = open_database(database_path(data))
    enroll(db, live_hub.url, live_hub.code("S1"), KeyringTokenStore())
    yield db, data
    db.close()


def _sync(db: Database) -> None:
    SyncWorker(db, KeyringTokenStore()).run_once()


def _verify(data: Path, capsys) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    code = main(["journal", "verify", "--data-dir", str(data)])
    return code, capsys.readouterr().out


def _delete_after(db: Database, seq: int) -> None:
    con = sqlite3.connect(db.path)
    with con:
        con.execute("DELETE FROM journal WHERE seq > ?", (seq,))
    con.close()


def test_the_hub_keeps_the_head_the_till_sent(till, live_hub) -> None:
    db, _data = till
    for _ in range(3):
        sell(db, [("A", 1)])
    _sync(db)
    with db.read() as s:
        head = journal_head(s)
    assert head is not None and head.seq >= 3
    with live_hub.db.read() as s:
        kept = s.scalars(select(JournalHeadRecord)).one()
    assert (kept.seq, kept.hash) == (head.seq, head.hash)


def test_verify_names_a_deleted_tail_against_the_hub(till, capsys) -> None:
    db, data = till
    for _ in range(4):
        sell(db, [("A", 1)])
    _sync(db)
    code, out = _verify(data, capsys)
    assert code == 0, out
    with db.read() as s:
        head = journal_head(s)
    assert head is not None
    _delete_after(db, head.seq - 2)  # the last two entries go; the rest of the chain holds
    code, out = _verify(data, capsys)
    assert code == 1, out
    assert "chain intact" in out  # the chain alone cannot tell
    assert f"entries {head.seq - 1}-{head.seq} missing; the hub saw {head.seq}" in out


def test_selling_on_after_the_tail_went_does_not_move_the_anchor(till, capsys) -> None:
    db, data = till
    for _ in range(3):
        sell(db, [("A", 1)])
    _sync(db)
    with db.read() as s:
        head = journal_head(s)
    assert head is not None
    _delete_after(db, head.seq - 1)
    for _ in range(3):
        sell(db, [("A", 1)])  # new entries past the old head, chained to what is left
    _sync(db)
    code, out = _verify(data, capsys)
    assert code == 1
    assert f"entry {head.seq} is not the one the hub saw" in out


def test_verify_without_the_hub_uses_the_head_noted_at_the_last_sync(till, live_hub, capsys
                                                                     ) -> None:
    db, data = till
    for _ in range(3):
        sell(db, [("A", 1)])
    _sync(db)
    with db.read() as s:
        head = journal_head(s)
    assert head is not None
    live_hub.stop()
    _delete_after(db, head.seq - 1)
    code, out = _verify(data, capsys)
    assert code == 1
    assert f"entry {head.seq} missing; the hub saw {head.seq}" in out
    assert "the hub did not answer" in out and "the head it named at the last sync" in out


def test_an_unenrolled_till_verifies_its_chain_alone(tmp_path: Path, capsys) -> None:
    from tests.conftest import make_store

    make_store(database_path(tmp_path / "alone")).close()
    code, out = _verify(tmp_path / "alone", capsys)
    assert code == 0 and "no journal head to check against" in out
