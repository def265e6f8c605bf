"""Plain DB-API statements on a SQLAlchemy transaction's own connection, for the hot paths.

Applying a pushed event runs a handful of small statements; through the DB-API
cursor each costs tens of microseconds instead of SQLAlchemy's hundreds, which
is what keeps a 10,000-event push inside DESIGN.md's budget. SQL is written
once with ``:name`` parameters and rewritten for psycopg's ``%(name)s``.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import psycopg
from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

_PARAM = re.compile(r"(?<!:):([a-z_][a-z0-9_]*)")


@lru_cache(maxsize=256)
def _pyformat(sql: str) -> str:
    return _PARAM.sub(r"%(\1)s", sql.replace("%", "%%"))


def is_unique_violation(exc: BaseException) -> bool:
    """A unique key refused a row, as SQLAlchemy or either raw driver reports it.

    Statements run through ``RawSql`` raise the driver's own error, not
    SQLAlchemy's wrapper, so a handler for ``IntegrityError`` alone misses them.
    """
    if isinstance(exc, IntegrityError):
        exc = exc.orig if exc.orig is not None else exc
    if isinstance(exc, psycopg.errors.UniqueViolation):
        return True
    if isinstance(exc, sqlite3.IntegrityError):
        return exc.sqlite_errorname in ("SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY")
    return False


def is_lock_conflict(exc: BaseException) -> bool:
    """Two transactions waited on each other's rows (PostgreSQL broke the deadlock)."""
    if isinstance(exc, DBAPIError):
        exc = exc.orig if exc.orig is not None else exc
    return isinstance(exc, psycopg.errors.DeadlockDetected | psycopg.errors.SerializationFailure)


def stamp(value: datetime) -> str:
    """The text form ``omnipos.sqltypes.UTCDateTime`` stores."""
    if value.tzinfo is None:
        raise ValueError("naive datetime")
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, separators=(",", ":"))


def loads(value: Any) -> Any:
    """JSON columns come back as text from SQLite and parsed from psycopg."""
    return json.loads(value) if isinstance(value, str | bytes) else value


class RawSql:
    def __init__(self, conn: Session | Connection) -> None:
        connection = conn.connection() if isinstance(conn, Session) else conn
        self.connection = connection
        self.dialect = connection.dialect.name
        driver = connection.connection.driver_connection
        assert driver is not None
        self._cur = driver.cursor()
        self._pg = self.dialect == "postgresql"

    def _sql(self, sql: str) -> str:
        return _pyformat(sql) if self._pg else sql

    def run(self, sql: str, params: Mapping[str, Any] | None = None) -> int:
        self._cur.execute(self._sql(sql), params or {})
        return int(self._cur.rowcount)

    def many(self, sql: str, rows: Iterable[Mapping[str, Any]]) -> None:
        rows = list(rows)
        if len(rows) == 1:  # psycopg's executemany runs a pipeline: dearer for one row
            self._cur.execute(self._sql(sql), rows[0])
        elif rows:
            self._cur.executemany(self._sql(sql), rows)

    def all(self, sql: str, params: Mapping[str, Any] | None = None) -> Sequence[tuple[Any, ...]]:
        self._cur.execute(self._sql(sql), params or {})
        return list(self._cur.fetchall())

    def one(self, sql: str, params: Mapping[str, Any] | None = None) -> Any:
        """First column of the first row, or None."""
        self._cur.execute(self._sql(sql), params or {})
        row = self._cur.fetchone()
        return None if row is None else row[0]
