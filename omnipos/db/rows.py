"""Core inserts of complete model rows, for the hot write paths."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import DeclarativeBase, Session

__all__ = ["column_values", "insert_rows"]


def column_values(row: DeclarativeBase) -> dict[str, Any]:
    """A transient model object's column values, for a Core insert."""
    return {c.key: getattr(row, c.key) for c in row.__table__.columns}


def insert_rows(session: Session, rows: list[Any]) -> None:
    """Insert transient model objects of one class with one Core executemany.

    The hot write paths use this instead of the ORM unit of work: a sale's
    rows are known in full, nothing needs identity tracking, and the flush
    machinery costs several milliseconds per sale.
    """
    if rows:
        table = rows[0].__table__
        session.connection().execute(insert(table), [column_values(r) for r in rows])
