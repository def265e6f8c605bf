"""The till's directory of the chain's stores (from the hub's ``store_directory`` changes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import StoreDirectoryEntry

__all__ = ["DirectoryStore", "list_stores", "upsert_store"]


@dataclass(frozen=True, slots=True)
class DirectoryStore:
    code: str
    name: str
    address: str
    lat: str | None
    lon: str | None
    opening_hours: str
    timezone: str


def upsert_store(session: Session, store: DirectoryStore, now: datetime) -> None:
    """Keep the hub's latest word on one store (in the feed page's transaction)."""
    row = session.get(StoreDirectoryEntry, store.code)
    if row is None:
        row = StoreDirectoryEntry(code=store.code, updated_at=now)
        session.add(row)
    row.name, row.address, row.lat, row.lon = store.name, store.address, store.lat, store.lon
    row.opening_hours, row.timezone, row.updated_at = store.opening_hours, store.timezone, now


def list_stores(session: Session) -> list[DirectoryStore]:
    """Every store of the chain the till knows of, by code."""
    rows = session.scalars(select(StoreDirectoryEntry).order_by(StoreDirectoryEntry.code))
    return [DirectoryStore(r.code, r.name, r.address, r.lat, r.lon, r.opening_hours, r.timezone)
            for r in rows]
