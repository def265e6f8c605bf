"""Reservations: the append-only ledger, and available to promise (ATP).

Routing reserves at a node; a handover or shipment *converts* the reservation
(the caller writes the sale or transfer movement on the stock ledger); a
rejection, cancellation or expiry *releases* it. A damaged item is *held*: a
reservation for no order, so available drops while on hand stays.

Each compensation is keyed by the reservation it closes (``closes`` is
unique) and applied with ``ON CONFLICT DO NOTHING``: a second release or a
release after a conversion changes nothing, and says so.

Reserving is a conditional update of the (node, sku) row: it succeeds only
while level - reserved - safety stock still covers the quantity. On
PostgreSQL the row lock makes the second of two racing orders re-check the
condition against the first one's reservation, so the last unit is promised
once; the loser is routed again.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import text
from sqlalchemy.orm import Session

__all__ = ["EntryKind", "OpenReservation", "available", "close", "hold", "open_reservations",
           "reserve"]


class EntryKind(StrEnum):
    RESERVE = "reserve"  # for an order line at a node
    HOLD = "hold"  # held back from sale (a damaged item), for no order
    RELEASE = "release"  # back to available: rejection, cancellation, expiry
    CONVERT = "convert"  # became a movement: handover, shipment, transfer out


_TAKE = text(
    "UPDATE stock_levels SET reserved_milli = reserved_milli + :q "
    "WHERE store_code = :node AND sku = :sku AND level_milli - reserved_milli - :safety >= :q"
)
_FORCE = text(
    "INSERT INTO stock_levels (store_code, sku, level_milli, reserved_milli) "
    "VALUES (:node, :sku, 0, :q) ON CONFLICT (store_code, sku) DO UPDATE "
    "SET reserved_milli = stock_levels.reserved_milli + excluded.reserved_milli"
)
_ENTRY = text(
    "INSERT INTO reservations (reservation_id, closes, kind, node_code, sku, delta_milli, "
    "fulfilment_id, line_no, reason, at) VALUES (:rid, :closes, :kind, :node, :sku, :delta, "
    ":fid, :line, :reason, :at) ON CONFLICT (closes) DO NOTHING"
)
_OPEN = (
    "SELECT r.reservation_id, r.kind, r.node_code, r.sku, r.delta_milli, r.fulfilment_id, "
    "r.line_no FROM reservations r WHERE r.closes IS NULL AND {where} AND NOT EXISTS "
    "(SELECT 1 FROM reservations c WHERE c.closes = r.reservation_id) ORDER BY r.id"
)


@dataclass(frozen=True)
class OpenReservation:
    reservation_id: str
    kind: EntryKind
    node: str
    sku: str
    quantity_milli: int
    fulfilment_id: str | None
    line_no: int | None


def _entry(session: Session, rid: str, kind: EntryKind, node: str, sku: str, delta: int,
           fid: str | None, line: int | None, reason: str, closes: str | None = None) -> int:
    result = session.execute(_ENTRY, {
        "rid": rid, "closes": closes, "kind": kind.value, "node": node, "sku": sku,
        "delta": delta, "fid": fid, "line": line, "reason": reason[:60],
        "at": datetime.now(UTC).isoformat(timespec="microseconds"),
    })
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def reserve(session: Session, node: str, sku: str, quantity_milli: int, *,
            fulfilment_id: str | None, line_no: int | None, safety_milli: int = 0,
            force: bool = False, reason: str = "routed") -> str | None:
    """Reserve at ``node``; None when available no longer covers it (lost a race).

    ``force``: reserve whatever available says (a person routed it by hand, or
    stock that arrived for this very order).
    """
    params = {"node": node, "sku": sku, "q": quantity_milli, "safety": safety_milli}
    if force:
        session.execute(_FORCE, params)
    elif not session.execute(_TAKE, params).rowcount:  # type: ignore[attr-defined]
        return None
    rid = str(uuid.uuid4())
    _entry(session, rid, EntryKind.RESERVE, node, sku, quantity_milli, fulfilment_id, line_no,
           reason)
    return rid


def hold(session: Session, node: str, sku: str, quantity_milli: int, reason: str) -> str:
    """Hold stock back from sale at ``node`` (on hand unchanged, available lowered)."""
    session.execute(_FORCE, {"node": node, "sku": sku, "q": quantity_milli})
    rid = str(uuid.uuid4())
    _entry(session, rid, EntryKind.HOLD, node, sku, quantity_milli, None, None, reason)
    return rid


def close(session: Session, held: OpenReservation, kind: EntryKind, reason: str) -> bool:
    """Release or convert one reservation; False when it was already closed (no change)."""
    if kind not in (EntryKind.RELEASE, EntryKind.CONVERT):
        raise ValueError(f"{kind} does not close a reservation")
    written = _entry(session, held.reservation_id, kind, held.node, held.sku,
                     -held.quantity_milli, held.fulfilment_id, held.line_no, reason,
                     closes=held.reservation_id)
    if not written:
        return False
    session.execute(text(
        "UPDATE stock_levels SET reserved_milli = reserved_milli - :q "
        "WHERE store_code = :node AND sku = :sku"
    ), {"q": held.quantity_milli, "node": held.node, "sku": held.sku})
    return True


def open_reservations(session: Session, *, fulfilment_id: str | None = None,
                      reservation_id: str | None = None) -> list[OpenReservation]:
    """Reservations not closed yet, of one fulfilment or by id."""
    if fulfilment_id is not None:
        where, params = "r.fulfilment_id = :key", {"key": fulfilment_id}
    elif reservation_id is not None:
        where, params = "r.reservation_id = :key", {"key": reservation_id}
    else:
        raise ValueError("name a fulfilment or a reservation")
    rows = session.execute(text(_OPEN.format(where=where)), params).all()
    return [OpenReservation(r[0], EntryKind(r[1]), r[2], r[3], int(r[4]), r[5], r[6])
            for r in rows]


def available(session: Session, skus: Iterable[str]) -> dict[tuple[str, str], int]:
    """(node, sku) -> on hand less reserved, for every node that has a row for the SKUs."""
    wanted = sorted(set(skus))
    if not wanted:
        return {}
    out: dict[tuple[str, str], int] = {}
    # Chunked: a bound parameter list stays well inside SQLite's limit.
    for i in range(0, len(wanted), 500):
        chunk = wanted[i:i + 500]
        names = ", ".join(f":s{j}" for j in range(len(chunk)))
        rows = session.execute(text(
            "SELECT store_code, sku, level_milli - reserved_milli FROM stock_levels "
            f"WHERE sku IN ({names})"), {f"s{j}": sku for j, sku in enumerate(chunk)}).all()
        out.update({(r[0], r[1]): int(r[2]) for r in rows})
    return out
