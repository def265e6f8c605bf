"""A first snapshot loads with the search index deferred and rebuilt once; a till whose
pull stops halfway, or that is killed halfway, still finds every product it holds."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from omnipos.db.catalog import (
    INDEX_DEFERRED,
    ProductRow,
    find_by_sku,
    product_count,
    search,
    search_index_deferred,
    upsert_products,
)
from omnipos.db.engine import Database, open_database
from omnipos.db.settings import get_setting
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.pull import pull_all
from omnipos.sync.wire import Change, PullResponse

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4
WORDS = ["apple", "apricot", "banana", "crème", "brûlée", "cheddar", "chocolate", "oat"]
BRANDS = ["Acme", "Zest", ""]
PRODUCTS = 30
QUERIES = ["apple", "ap", "creme", "brulee choc", "acme", "zest oat", "P01", "number2",
           "choclate", "banan", "cheddar number", "nothing"]
STORE = Change(kind="store", key="S1", data={
    "code": "S1", "name": "Shop", "currency": "USD", "prices": "exclusive",
    "tax_rates": {"STD": "0.2"}})


def _product(n: int) -> dict[str, object]:
    name = f"{WORDS[n % len(WORDS)]} {WORDS[(n * 3) % len(WORDS)]} number{n}"
    return {"sku": f"P{n:03d}", "name": name, "brand": BRANDS[n % len(BRANDS)],
            "tax_class": "STD", "price_minor": 100 + n, "currency": "USD",
            "gtins": [f"{n:014d}"]}


CHANGES = [STORE, *(Change(kind="product", key=f"P{n:03d}", data=_product(n))
                    for n in range(1, PRODUCTS + 1))]


class Feed:
    """The hub's feed in pages; after ``fail_after`` pages the hub stops answering."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.fail_after = fail_after
        self.served = 0

    def pull(self, cursor: str | None, limit: int) -> PullResponse:
        if self.fail_after is not None and self.served >= self.fail_after:
            raise SyncError(SyncErrorKind.NETWORK, "the hub did not answer")
        self.served += 1
        start = int(cursor or 0)
        end = min(start + limit, len(CHANGES))
        return PullResponse(changes=CHANGES[start:end], next_cursor=str(end),
                            has_more=end < len(CHANGES))


def _triggers(db: Database) -> set[str]:
    with db.read() as s:
        return {row[0] for row in s.connection().exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'product_fts%'")}


def _found(db: Database) -> dict[str, list[str]]:
    with db.read() as s:
        return {q: [p.sku for p in search(s, q)] for q in QUERIES}


@pytest.fixture
def reference(tmp_path: Path) -> dict[str, list[str]]:
    """What search finds in the same catalog loaded with the index kept row by row."""
    db = open_database(tmp_path / "reference.sqlite3")
    pull_all(db, Feed(), limit=len(CHANGES))  # one page: the index kept row by row
    found = _found(db)
    db.close()
    assert found["apple"] and found["choclate"] and not found["nothing"]
    return found


def test_a_first_snapshot_defers_the_index_and_rebuilds_it_once(
        tmp_path: Path, reference: dict[str, list[str]]) -> None:
    db = open_database(tmp_path / "till.sqlite3")
    all_triggers = _triggers(db)
    seen: list[tuple[bool, set[str]]] = []

    def progress(_done: int, more: bool) -> None:
        with db.read() as s:
            seen.append((search_index_deferred(s), _triggers(db)))

    pull_all(db, Feed(), limit=PAGE, progress=progress)
    assert len(all_triggers) == 3
    assert all(deferred and not triggers for deferred, triggers in seen[:-1])
    assert seen[-1] == (False, all_triggers)
    assert _found(db) == reference
    with db.transaction() as s:  # kept row by row again from now on
        upsert_products(s, [ProductRow(sku="N1", name="Walnut loaf", price_minor=5,
                                       tax_class="STD")])
    with db.read() as s:
        assert [p.sku for p in search(s, "walnut")] == ["N1"]
    db.close()


def test_a_pull_stopped_halfway_indexes_what_it_loaded_then_resumes(
        tmp_path: Path, reference: dict[str, list[str]]) -> None:
    db = open_database(tmp_path / "till.sqlite3")
    with pytest.raises(SyncError):
        pull_all(db, Feed(fail_after=3), limit=PAGE)
    with db.read() as s:
        held = product_count(s)
        assert 0 < held < PRODUCTS and not search_index_deferred(s)
        for n in range(1, held + 1):
            assert f"P{n:03d}" in [p.sku for p in search(s, f"number{n}")]
    pull_all(db, Feed(), limit=PAGE)
    assert _found(db) == reference
    db.close()


def _killed_child(path: str) -> None:
    """Pull into a new till and die without any clean-up after its third page."""
    db = open_database(Path(path))

    def progress(done: int, _more: bool) -> None:
        if done >= 3 * PAGE:
            os._exit(9)

    pull_all(db, Feed(), limit=PAGE, progress=progress)


def test_a_till_killed_mid_snapshot_rebuilds_the_index_when_opened(
        tmp_path: Path, reference: dict[str, list[str]]) -> None:
    path = tmp_path / "till.sqlite3"
    child = subprocess.run(
        [sys.executable, "-c", "from tests.sync.test_snapshot_index import _killed_child; "
         f"_killed_child({str(path)!r})"], cwd=ROOT, capture_output=True, text=True,
        check=False)
    assert child.returncode == 9, child.stderr
    with sqlite3.connect(path) as raw:  # as the kill left it: products held, index deferred
        assert raw.execute("SELECT count(*) FROM products").fetchone()[0] == 3 * PAGE - 1
        assert raw.execute("SELECT count(*) FROM settings WHERE key = ?",
                           (INDEX_DEFERRED,)).fetchone()[0] == 1
    db = open_database(path)
    with db.read() as s:
        assert get_setting(s, INDEX_DEFERRED) is None
        for n in range(1, 3 * PAGE):
            assert find_by_sku(s, f"P{n:03d}") is not None
            assert f"P{n:03d}" in [p.sku for p in search(s, f"number{n}")]
    assert len(_triggers(db)) == 3
    pull_all(db, Feed(), limit=PAGE)
    assert _found(db) == reference
    db.close()
