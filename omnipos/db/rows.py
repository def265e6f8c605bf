"""The hot write paths' statements, run on the driver: inserts of complete rows (prepared
once per table) and a few hand-written statements (counters, the journal's head, settings)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Dialect, Table, bindparam, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Session

__all__ = ["DRIVER_INFO", "DriverTransaction", "column_values", "driver_connection",
           "in_transaction", "insert_rows", "loaded_value", "run_driver", "stored_value"]

#: The key of a write session's ``info`` under which Database.transaction leaves its
#: DriverTransaction (a read session has none: its connection is asked for).
DRIVER_INFO = "omnipos_driver"


def column_values(row: DeclarativeBase) -> dict[str, Any]:
    """A transient model object's column values, for a Core insert."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


@dataclass(frozen=True, slots=True)
class DriverTransaction:
    """The driver connection a write session's transaction runs on, and its dialect."""

    connection: Any  # the sqlite3 connection
    dialect: Dialect


def _driver(session: Session) -> DriverTransaction:
    # Asking the session for its connection costs more than most of the statements run here.
    found: DriverTransaction | None = session.info.get(DRIVER_INFO)
    if found is not None:
        return found
    conn = session.connection()
    return DriverTransaction(conn.connection.driver_connection, conn.dialect)


def in_transaction(session: Session) -> bool:
    """True when ``session`` is in a transaction: a write one (Database.transaction), whose
    session begins nothing of its own until the ORM is used, or one a read session began."""
    return DRIVER_INFO in session.info or session.in_transaction()


def driver_connection(session: Session) -> Any:
    """The sqlite3 connection of the session's transaction (begun now for a read session)."""
    return _driver(session).connection


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One table's INSERT of every column, in the driver's own parameter style."""

    sql: str
    #: The row's values in the statement's order, read in one call (operator.attrgetter).
    values: Callable[[Any], tuple[Any, ...]]
    #: (position, the column type's processing) for the columns that have one.
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]

    def parameters(self, row: Any) -> tuple[Any, ...] | list[Any]:
        values = self.values(row)
        if not self.processors:
            return values
        out = list(values)
        for i, process in self.processors:
            if out[i] is not None:
                out[i] = process(out[i])
        return out


@cache
def _prepared(table: Table, dialect: Dialect) -> _Prepared:
    columns = list(table.columns)
    stmt = insert(table).values({c.key: bindparam(c.key) for c in columns})
    compiled = stmt.compile(dialect=dialect)
    keys = tuple(compiled.positiontup or ())
    by_key = {c.key: c for c in columns}
    if sorted(keys) != sorted(by_key):
        raise AssertionError(f"{table.name}: unexpected parameters {keys}")
    found = ((i, by_key[k].type.dialect_impl(dialect).bind_processor(dialect))
             for i, k in enumerate(keys))
    get = attrgetter(*keys)
    # attrgetter of one name gives the value itself, not a tuple of one.
    values: Callable[[Any], tuple[Any, ...]] = get if len(keys) > 1 else lambda row: (get(row),)
    return _Prepared(str(compiled), values,
                     tuple((i, process) for i, process in found if process is not None))


def insert_rows(session: Session, rows: list[Any]) -> None:
    """Insert rows of one table with one executemany on the driver: plain records (a
    ``__table__`` and one attribute per column, as db/models' New* records) or transient
    model objects.

    The hot write paths (a sale and its lines, tenders, taxes, stock, outbox and
    journal rows) use this instead of the ORM unit of work or a Core execute: the
    rows are known in full, nothing needs identity tracking, and the per-statement
    work of either costs more than SQLite's insert. The statement is compiled once per
    table and the driver keeps it prepared; values go through the columns' own type
    processing, and errors come back as SQLAlchemy's (IntegrityError...), as they would
    from a Core insert.
    """
    if not rows:
        return
    driver = _driver(session)
    prepared = _prepared(rows[0].__table__, driver.dialect)
    _run(driver, prepared.sql, [prepared.parameters(r) for r in rows], many=True)


def run_driver(session: Session, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    """Run one hand-written statement in the session's transaction; its rows, fetched.

    For the few statements every sale runs (see insert_rows): SQL in the driver's
    parameter style, plain values only (no type processing).
    """
    return _run(_driver(session), sql, params, many=False)


def stored_value(session: Session, column: ColumnElement[Any], value: Any) -> Any:
    """``value`` as the driver stores it in ``column`` (the column type's own processing:
    JSON, UTC moments...), for a hand-written statement given to run_driver."""
    process = _processor(column, _driver(session).dialect)
    return value if process is None or value is None else process(value)


def loaded_value(session: Session, column: ColumnElement[Any], value: Any) -> Any:
    """``value`` as run_driver fetched it from ``column``, as the ORM would load it (the column
    type's own processing: JSON, UTC moments...)."""
    process = _loader(column, _driver(session).dialect)
    return value if process is None else process(value)


@cache
def _processor(column: ColumnElement[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    return column.type.dialect_impl(dialect).bind_processor(dialect)


@cache
def _loader(column: ColumnElement[Any], dialect: Dialect) -> Callable[[Any], Any] | None:
    return column.type.dialect_impl(dialect).result_processor(dialect, None)


def _run(driver: DriverTransaction, sql: str, params: Any, *, many: bool) -> list[Any]:
    dbapi_error = driver.dialect.loaded_dbapi.Error
    try:
        if many:
            driver.connection.executemany(sql, params)
            return []
        return list(driver.connection.execute(sql, params).fetchall())
    except dbapi_error as exc:
        raise DBAPIError.instance(sql, params, exc, dbapi_error) from exc
