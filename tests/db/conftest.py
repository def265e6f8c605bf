"""Fixtures for the local store tests: a fresh database file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from omnipos.db.engine import Database, open_database


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "till" / "omnipos.sqlite3")
    try:
        yield database
    finally:
        database.close()
