"""The till's counts: sessions as the feed sends them, areas, lines and the scan path.

``add_scan`` is the hot path of a count: one scan row and its line's new
total, in the caller's write transaction, with plain statements on the
session's connection (a full count is 200,000 of them, each committed with
an fsync before it shows). Quantities are decimal strings summed as
``Decimal``, never by SQLite's arithmetic (which would go through a float).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models.counts import CountArea, CountSession
from omnipos.domain.counts import AreaState, ScanMode
from omnipos.domain.quantities import quantity_text
from omnipos.sqltypes import UTCDateTime

__all__ = [
    "AreaFigures",
    "LineRow",
    "Scanned",
    "UnknownCode",
    "add_scan",
    "area_figures",
    "area_of",
    "line_rows",
    "match_code",
    "open_sessions",
    "reset_line",
    "store_session",
    "unknown_codes",
]

_STAMP = UTCDateTime()


def _stamp(at: datetime) -> str:
    text = _STAMP.process_bind_param(at, None)
    assert text is not None
    return text


def _cursor(session: Session) -> Any:
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def store_session(session: Session, data: dict[str, Any], *, origin: str, now: datetime) -> None:
    """Keep a session as the hub (or this till) describes it (``CountSessionData`` fields)."""
    row = session.get(CountSession, str(data["session_id"]))
    fields = {
        "number": data["number"], "kind": data["kind"], "title": data.get("title", ""),
        "skus": list(data.get("skus") or []), "category": data.get("category", ""),
        "location": data.get("location", ""), "due": data.get("due"),
        "show_expected_to": list(data.get("show_expected_to") or []),
        "state": data.get("state", "open"),
        "areas_submitted": list(data.get("areas_submitted") or []),
        "created_by": data.get("created_by", ""), "updated_at": now,
    }
    if row is None:
        session.add(CountSession(id=str(data["session_id"]), origin=origin,
                                 created_at=data.get("created_at") or now, **fields))
    else:
        for key, value in fields.items():
            setattr(row, key, value)


def open_sessions(session: Session) -> list[CountSession]:
    """Sessions the hub has not closed or cancelled, and those this till is still counting."""
    counting = select(CountArea.session_id).where(CountArea.state != AreaState.SUBMITTED.value)
    return list(session.scalars(select(CountSession).where(
        (CountSession.state == "open") | CountSession.id.in_(counting))
        .order_by(CountSession.created_at)))


def area_of(session: Session, session_id: str, area: str) -> CountArea | None:
    return session.get(CountArea, (session_id, area))


@dataclass(frozen=True, slots=True)
class AreaFigures:
    """What a scan needs of its area and session, read with one plain statement."""

    number: str  # the count's number
    state: str  # domain.counts.AreaState
    items: int
    expected_items: int | None
    unknown: int


_AREA = ("SELECT s.number, a.state, a.items, a.expected_items, a.unknown FROM count_areas a "
         "JOIN count_sessions s ON s.id = a.session_id WHERE a.session_id = ? AND a.area = ?")


def area_figures(session: Session, session_id: str, area: str) -> AreaFigures | None:
    """The area's state and progress (None: this till has not opened it), on the session's
    connection: the scan path reads it without loading ORM objects."""
    found = _cursor(session).execute(_AREA, (session_id, area)).fetchone()
    return None if found is None else AreaFigures(found[0], found[1], int(found[2]),
                                                  found[3], int(found[4]))


_LINE = ("SELECT counted, scans, counted_at FROM count_lines "
         "WHERE session_id = ? AND area = ? AND sku = ?")
_ITEMS = "UPDATE count_areas SET items = items + ? WHERE session_id = ? AND area = ?"
_UNKNOWN = "UPDATE count_areas SET unknown = unknown + ? WHERE session_id = ? AND area = ?"
_UPSERT = (
    "INSERT INTO count_lines (session_id, area, sku, counted, counted_at, scans, recount, "
    "recounted) VALUES (?, ?, ?, ?, ?, ?, 0, 0) ON CONFLICT (session_id, area, sku) DO UPDATE "
    "SET counted = excluded.counted, counted_at = excluded.counted_at, scans = excluded.scans"
)
_SCAN = (
    "INSERT INTO count_scans (session_id, area, code, sku, qty, mode, scanned_at, by, "
    "matched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)"
)


@dataclass(frozen=True, slots=True)
class Scanned:
    """What one scan wrote: the line's total (None for an unknown code), and whether it
    counted a new item or a new unknown code (the area's figures went up by one)."""

    counted: Decimal | None
    new_item: bool = False
    new_unknown: bool = False


def _bump(cur: Any, session_id: str, area: str, sku: str, qty: Decimal, mode: ScanMode,
          at: str, scans: int = 1) -> Scanned:
    found = cur.execute(_LINE, (session_id, area, sku)).fetchone()
    before, seen = (Decimal(found[0]), int(found[1])) if found else (Decimal(0), 0)
    counted = qty if mode is ScanMode.SET else before + qty
    cur.execute(_UPSERT, (session_id, area, sku, quantity_text(counted), at, seen + scans))
    new_item = found is None or found[2] is None
    if new_item:
        cur.execute(_ITEMS, (1, session_id, area))  # a new item of the count
    return Scanned(counted, new_item=new_item)


def add_scan(session: Session, session_id: str, area: str, code: str, sku: str | None,
             qty: Decimal, mode: ScanMode, at: datetime, by: str) -> Scanned:
    """Write one scan: the scan row, then its line's total (or, for an unknown code, the
    area's count of unknown codes when it is the code's first scan)."""
    cur = _cursor(session)
    moment = _stamp(at)
    cur.execute(_SCAN, (session_id, area, code[:64], sku, quantity_text(qty), mode.value,
                        moment, by))
    if sku is None:
        # The scan just written is the code's first unless an earlier one exists (a LIMIT 1
        # probe of the index, not a count of every scan of the code).
        earlier = cur.execute("SELECT 1 FROM count_scans WHERE session_id = ? AND area = ? "
                              "AND code = ? AND sku IS NULL AND id < last_insert_rowid() "
                              "LIMIT 1", (session_id, area, code[:64])).fetchone()
        if earlier is None:
            cur.execute(_UNKNOWN, (1, session_id, area))
        return Scanned(None, new_unknown=earlier is None)
    return _bump(cur, session_id, area, sku, qty, mode, moment)


def reset_line(session: Session, session_id: str, area: str, sku: str, at: datetime,
               by: str) -> None:
    """Count a line again from nothing (the old scans stay in the log)."""
    add_scan(session, session_id, area, "(recount)", sku, Decimal(0), ScanMode.SET, at, by)
    _cursor(session).execute(
        "UPDATE count_lines SET counted_at = NULL, scans = 0, recount = 1, recounted = 1 "
        "WHERE session_id = ? AND area = ? AND sku = ?", (session_id, area, sku))
    _cursor(session).execute(_ITEMS, (-1, session_id, area))


@dataclass(frozen=True, slots=True)
class UnknownCode:
    code: str
    scans: int
    first_at: datetime
    last_at: datetime


def unknown_codes(session: Session, session_id: str, area: str) -> list[UnknownCode]:
    """Codes scanned in this area that matched no item and were not matched by hand yet."""
    rows = _cursor(session).execute(
        "SELECT code, count(*), min(scanned_at), max(scanned_at) FROM count_scans "
        "WHERE session_id = ? AND area = ? AND sku IS NULL GROUP BY code ORDER BY min(id)",
        (session_id, area)).fetchall()
    return [UnknownCode(code, int(n), datetime.fromisoformat(first), datetime.fromisoformat(last))
            for code, n, first, last in rows]


def match_code(session: Session, session_id: str, area: str, code: str, sku: str,
               now: datetime) -> Decimal:
    """Give an unknown code's scans an item: each counts one of it, at the moment it was
    scanned (the anchor is the later of the line's and the scans' last moment)."""
    cur = _cursor(session)
    rows = cur.execute(
        "SELECT id, qty, scanned_at FROM count_scans WHERE session_id = ? AND area = ? "
        "AND code = ? AND sku IS NULL", (session_id, area, code)).fetchall()
    if not rows:
        return Decimal(0)
    cur.execute("UPDATE count_scans SET sku = ?, matched_at = ? WHERE session_id = ? AND area = ? "
                "AND code = ? AND sku IS NULL", (sku, _stamp(now), session_id, area, code))
    cur.execute(_UNKNOWN, (-1, session_id, area))
    total = sum((Decimal(r[1]) for r in rows), Decimal(0))
    last = max(r[2] for r in rows)
    line = cur.execute("SELECT counted_at FROM count_lines WHERE session_id = ? AND area = ? "
                       "AND sku = ?", (session_id, area, sku)).fetchone()
    anchor = max(last, line[0]) if line and line[0] else last
    counted = _bump(cur, session_id, area, sku, total, ScanMode.ADD, anchor, scans=len(rows))
    assert counted.counted is not None
    return counted.counted


@dataclass(frozen=True, slots=True)
class LineRow:
    """A counted line with what the review needs of its item."""

    sku: str
    counted: Decimal
    counted_at: datetime | None
    scans: int
    recount: bool
    recounted: bool
    reason: str | None
    name: str
    price_minor: int


def line_rows(session: Session, session_id: str, area: str) -> list[LineRow]:
    rows = _cursor(session).execute(
        "SELECT l.sku, l.counted, l.counted_at, l.scans, l.recount, l.recounted, l.reason, "
        "p.name, p.price_minor FROM count_lines l LEFT JOIN products p ON p.sku = l.sku "
        "WHERE l.session_id = ? AND l.area = ? ORDER BY l.sku", (session_id, area)).fetchall()
    return [LineRow(r[0], Decimal(r[1]), datetime.fromisoformat(r[2]) if r[2] else None,
                    int(r[3]), bool(r[4]), bool(r[5]), r[6], r[7] or "", int(r[8] or 0))
            for r in rows]


def products_of(session: Session, skus: Iterable[str]) -> dict[str, tuple[str, int]]:
    """Name and price of the SKUs the catalog has."""
    out: dict[str, tuple[str, int]] = {}
    wanted: Sequence[str] = list(skus)
    cur = _cursor(session)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        marks = ", ".join("?" * len(chunk))
        for sku, name, price in cur.execute(
                f"SELECT sku, name, price_minor FROM products WHERE sku IN ({marks})", chunk):
            out[sku] = (name, int(price))
    return out


def category_skus(session: Session, category: str) -> list[str]:
    return [r[0] for r in _cursor(session).execute(
        "SELECT sku FROM products WHERE category = ? AND active ORDER BY sku", (category,))]
