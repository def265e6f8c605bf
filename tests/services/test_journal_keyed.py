"""The journal chain is keyed (issue 15, point 6): HMAC with a per-till key in the keyring.

Somebody who can write the database file but not the keyring may edit an
entry and hash the rest of the chain again with plain SHA-256: that must
show. Entries written before the till had a key still verify.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry
from omnipos.domain.journal import GENESIS_HASH, canonical, chain_hash, entry_body
from omnipos.services.journal import append_journal, journal_keys, verify_chain
from tests.conftest import make_store
from tests.support.staff import Crew, FakeClock


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Database]:
    """A till with an empty journal (the crew fixture journals its staff at once)."""
    db = make_store(tmp_path / "fresh.sqlite3")
    yield db
    db.close()


def _entries(db: Database, n: int) -> None:
    for i in range(n):
        with db.transaction() as s:
            append_journal(s, "no_sale", "Mia", {"n": i}, datetime.now(UTC))


def _activity(db: Database, clock: FakeClock, crew: Crew) -> None:
    from omnipos.domain.shifts import CashCount
    from omnipos.services.shifts import ShiftService

    shifts = ShiftService(db, clock=clock)
    shifts.open(CashCount("USD", {1000: 3}), actor=crew.cashier)
    shifts.pay_in(500, "change", actor=crew.manager)
    shifts.no_sale(actor=crew.manager)


def _rehash_from(db: Database, seq: int) -> None:
    """What a person with the database file and the code, but not the key, can do:
    change entry ``seq`` and hash it and every later entry again with plain SHA-256."""
    con = sqlite3.connect(db.path)
    with con:
        con.execute("UPDATE journal SET payload = json_set(payload, '$.forged', 1) "
                    "WHERE seq = ?", (seq,))
        rows = con.execute("SELECT seq, entry_id, occurred_at, kind, actor, payload, prev_hash "
                           "FROM journal WHERE seq >= ? ORDER BY seq", (seq,)).fetchall()
        prev = rows[0][6]
        for r in rows:
            stamp = r[2] if "+" in r[2] else r[2] + "+00:00"
            body = entry_body(r[0], r[1], stamp, r[3], r[4], json.loads(r[5]))
            new = chain_hash(prev, canonical(body))
            con.execute("UPDATE journal SET prev_hash = ?, hash = ? WHERE seq = ?",
                        (prev, new, r[0]))
            prev = new
    con.close()


def test_a_rehash_without_the_key_shows(memory_keyring, store_db, crew, clock) -> None:
    _activity(store_db, clock, crew)
    first = verify_chain(store_db)
    assert first.ok and first.keyed_from == 1, first.message()
    _rehash_from(store_db, 2)
    check = verify_chain(store_db)
    assert not check.ok and check.broken_seq == 2, check.message()
    assert "without the journal key" in check.message()


def test_the_key_lives_in_the_keyring_not_in_the_database(memory_keyring, store_db, crew,
                                                         clock) -> None:
    _activity(store_db, clock, crew)
    records = [v for (service, _name), v in memory_keyring.store.items()
               if service == "omnipos-journal-key"]
    assert len(records) == 1
    secret = json.loads(records[0])["key"]
    store_db.close()
    for f in store_db.path.parent.iterdir():
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f"journal key leaked into {f.name}"


def test_entries_from_before_the_key_still_verify(memory_keyring, till) -> None:
    memory_keyring.unusable = True  # this till had no keyring when it wrote these
    _entries(till, 3)
    before = verify_chain(till)
    assert before.ok and before.keyed_from is None
    assert "not keyed (no usable keyring" in before.message()
    memory_keyring.unusable = False
    journal_keys(till).forget()
    _entries(till, 3)
    after = verify_chain(till)
    assert after.ok, after.message()
    assert after.keyed_from == 4
    assert "entries 1-3 written before this till had a journal key" in after.message()
    _rehash_from(till, 5)
    assert verify_chain(till).broken_seq == 5


def test_entries_written_while_the_keyring_was_away_are_named(memory_keyring, till) -> None:
    _entries(till, 2)
    memory_keyring.unusable = True
    journal_keys(till).forget()
    _entries(till, 2)
    memory_keyring.unusable = False
    journal_keys(till).forget()
    check = verify_chain(till)
    assert not check.ok and check.broken_seq == 3
    assert "written while the keyring was not usable" in check.message()


def test_a_demo_store_chains_without_a_key_and_leaves_the_keyring_alone(
        memory_keyring, tmp_path: Path) -> None:
    from omnipos.db.demo import build_demo
    from omnipos.db.engine import open_database

    till = open_database(tmp_path / "demo.sqlite3")
    build_demo(till, count=10)
    _entries(till, 2)
    with till.read() as s:
        first = s.get(JournalEntry, 1)
        assert first is not None
        body = entry_body(1, first.entry_id, first.occurred_at.isoformat(timespec="microseconds"),
                          first.kind, first.actor, first.payload)
        assert first.hash == chain_hash(GENESIS_HASH, canonical(body))
    assert not [k for k in memory_keyring.store if k[0] == "omnipos-journal-key"]
    assert "not keyed (a demo store keeps no journal key)" in verify_chain(till).message()
    till.close()


def test_a_keyring_that_fails_oddly_is_never_given_a_new_key(tmp_path: Path) -> None:
    """A backend failing with its own error (not "unavailable") may still hold the key: the
    till chains without a key rather than make a new one over it."""
    from omnipos.services.journal.keys import JournalKeys

    saved: list[str] = []

    class Odd:
        def check(self) -> None:
            raise RuntimeError("Set changed size during iteration")

        def load(self, device_id: str) -> str | None:
            raise AssertionError("not read after a failed check")

        def save(self, device_id: str, token: str) -> None:
            saved.append(token)

        def delete(self, device_id: str) -> None:
            raise AssertionError("never deleted")

    keys = JournalKeys(tmp_path / "till.sqlite3", Odd())
    assert keys.stored() is None
    assert keys.for_entry(1) is None
    assert saved == [] and "RuntimeError" in keys.reason
