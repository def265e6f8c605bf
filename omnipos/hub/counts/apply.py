"""Applying a submitted count: merge the session's areas item by item, then set on hand by
the anchored rule.

For each item of a part, every area's line of the session is merged
(``domain.counts.merge_areas``): the quantities add up, the anchor is the
last moment the item was counted anywhere. The ledger then gets the entry
that makes the sum of every movement at or before the anchor equal to what
was counted; movements after the anchor stay on top, so on hand = counted +
later movements. When another area of the same session arrives later, the
session's earlier entries for the item are reversed (at their own anchor)
and the merged count applied again, so the result never depends on the order
areas arrive in. Movements from before the anchor that arrive afterwards are
compensated by the ledger itself (``hub.stock.ledger``): they change the
variance, not on hand.

Everything runs in the event's transaction with plain statements: a full
count sends its 50,000 items in parts of 1,000.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from omnipos.domain.counts import WHOLE_STORE, AreaCount, CountState, MergedCount, merge_areas
from omnipos.domain.quantities import MILLI, to_milli
from omnipos.hub.feed import PendingChange
from omnipos.hub.stock import ledger
from omnipos.hub.store.rawsql import RawSql, dumps, stamp
from omnipos.sync.events.counts import CountSubmittedPayload

__all__ = ["ApplyResult", "apply_part"]

_CHUNK = 500

_AREA = (
    "INSERT INTO count_areas (session_id, area, till_code, device_id, started_at, closed_at, "
    "counted_by, approved_by, parts, parts_in, unknown, submitted_at) VALUES (:session, :area, "
    ":till, :device, :started, :closed, :counted_by, :approved_by, :parts, 1, :unknown, :now) "
    "ON CONFLICT (session_id, area) DO UPDATE SET parts_in = count_areas.parts_in + 1, "
    "till_code = excluded.till_code, device_id = excluded.device_id, "
    "started_at = excluded.started_at, closed_at = excluded.closed_at, "
    "counted_by = excluded.counted_by, approved_by = excluded.approved_by, "
    "parts = excluded.parts, submitted_at = excluded.submitted_at"
)
_UNKNOWN = "UPDATE count_areas SET unknown = :unknown WHERE session_id = :session AND area = :area"
_LINE = (
    "INSERT INTO count_lines (session_id, area, sku, counted_milli, counted_at, closed_at, scans, "
    "till_expected_milli, reason, recounted) VALUES (:session, :area, :sku, :counted, :counted_at, "
    ":closed, :scans, :expected, :reason, :recounted) ON CONFLICT (session_id, area, sku) "
    "DO UPDATE SET counted_milli = excluded.counted_milli, counted_at = excluded.counted_at, "
    "closed_at = excluded.closed_at, scans = excluded.scans, "
    "till_expected_milli = excluded.till_expected_milli, reason = excluded.reason, "
    "recounted = excluded.recounted"
)
_RESULT = (
    "INSERT INTO count_results (session_id, sku, store_code, counted_milli, anchor_at, "
    "expected_milli, applied_milli, late_milli, updated_at) VALUES (:session, :sku, :store, "
    ":counted, :anchor, :expected, :applied, 0, :now) ON CONFLICT (session_id, sku) DO UPDATE "
    "SET counted_milli = excluded.counted_milli, anchor_at = excluded.anchor_at, "
    "expected_milli = excluded.expected_milli, applied_milli = excluded.applied_milli, "
    "late_milli = 0, updated_at = excluded.updated_at"
)
_ANCHOR = (
    "UPDATE stock_levels SET anchored_at = :anchor WHERE store_code = :store AND sku = :sku "
    "AND (anchored_at IS NULL OR anchored_at < :anchor)"
)


@dataclass(frozen=True)
class ApplyResult:
    items: int
    changes: list[PendingChange]


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i:i + _CHUNK]


def _in(prefix: str, chunk: Sequence[str]) -> tuple[str, dict[str, str]]:
    names = ", ".join(f":{prefix}{j}" for j in range(len(chunk)))
    return names, {f"{prefix}{j}": sku for j, sku in enumerate(chunk)}


def _when(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def apply_part(sql: RawSql, session_id: str, store: str, payload: CountSubmittedPayload, *,
               event_id: str, device_id: str) -> ApplyResult:
    """Record one part of one area and apply the session's merged count of its items."""
    now = stamp(datetime.now(UTC))
    area = payload.area or WHOLE_STORE
    closed = stamp(payload.closed_at)
    sql.run(_AREA, {"session": session_id, "area": area, "till": payload.till_code,
                    "device": device_id, "started": stamp(payload.started_at), "closed": closed,
                    "counted_by": payload.counted_by, "approved_by": payload.approved_by,
                    "parts": payload.parts, "unknown": "[]", "now": now})
    if payload.unknown:
        sql.run(_UNKNOWN, {"session": session_id, "area": area,
                           "unknown": dumps([u.model_dump() for u in payload.unknown])})
    sql.many(_LINE, ({
        "session": session_id, "area": area, "sku": ln.sku, "counted": to_milli(ln.counted),
        "counted_at": stamp(ln.counted_at) if ln.counted_at else None, "closed": closed,
        "scans": ln.scans, "expected": to_milli(ln.expected) if ln.expected else None,
        "reason": ln.reason.value if ln.reason else None, "recounted": ln.recounted}
        for ln in payload.lines))
    skus = list(dict.fromkeys(ln.sku for ln in payload.lines))
    merged = _merged(sql, session_id, skus)
    changes = _reverse(sql, session_id, store, skus, event_id)
    anchors = {sku: stamp(m.anchor) for sku, m in merged.items()}
    expected = _expected_at(sql, store, anchors)
    corrections, results = [], []
    for i, sku in enumerate(skus, start=1):
        counted = int(merged[sku].counted * MILLI)
        fix = counted - expected[sku]
        if fix:
            corrections.append(ledger.Delta(event_id, 2 * i, store, sku, fix, "count",
                                            occurred_at=merged[sku].anchor, session=session_id))
        results.append({"session": session_id, "sku": sku, "store": store, "counted": counted,
                        "anchor": anchors[sku], "expected": expected[sku], "applied": fix,
                        "now": now})
    changes += ledger.record(sql, corrections)
    sql.many(_RESULT, results)
    sql.many(_ANCHOR, ({"anchor": anchors[sku], "store": store, "sku": sku} for sku in skus))
    for change in changes:  # the feed says when each item was counted (the till shows it)
        item = str(change.data.get("sku"))
        if change.kind == "stock" and item in anchors:
            change.data["counted_at"] = max(anchors[item], change.data.get("counted_at") or "")
    return ApplyResult(len(skus), _latest(changes))


def _merged(sql: RawSql, session_id: str, skus: Sequence[str]) -> dict[str, MergedCount]:
    lines: dict[str, list[AreaCount]] = {}
    for chunk in _chunks(skus):
        names, params = _in("k", chunk)
        for sku, area, milli, counted_at, closed_at in sql.all(
                "SELECT sku, area, counted_milli, counted_at, closed_at FROM count_lines "
                f"WHERE session_id = :session AND sku IN ({names})",
                {"session": session_id, **params}):
            closed_dt = _when(closed_at)
            assert closed_dt is not None
            lines.setdefault(sku, []).append(AreaCount(
                area, Decimal(int(milli)) / MILLI, _when(counted_at), closed_dt))
    return {sku: merge_areas(parts) for sku, parts in lines.items()}


def _reverse(sql: RawSql, session_id: str, store: str, skus: Sequence[str],
             event_id: str) -> list[PendingChange]:
    """Undo what the session did to these items before (another area of it came in)."""
    back: list[ledger.Delta] = []
    position = {sku: i for i, sku in enumerate(skus, start=1)}
    for chunk in _chunks(skus):
        names, params = _in("k", chunk)
        for sku, applied, anchor in sql.all(
                "SELECT sku, applied_milli, anchor_at FROM count_results "
                f"WHERE session_id = :session AND sku IN ({names})",
                {"session": session_id, **params}):
            if int(applied):
                back.append(ledger.Delta(event_id, 2 * position[sku] - 1, store, sku,
                                         -int(applied), "count", occurred_at=_when(anchor),
                                         session=session_id))
    return ledger.record(sql, back)


def _expected_at(sql: RawSql, store: str, anchors: dict[str, str]) -> dict[str, int]:
    """Each item's level at its anchor: today's level less every movement after the anchor."""
    level: dict[str, int] = dict.fromkeys(anchors, 0)
    skus = list(anchors)
    for chunk in _chunks(skus):
        names, params = _in("k", chunk)
        for sku, milli in sql.all(
                "SELECT sku, level_milli FROM stock_levels "
                f"WHERE store_code = :store AND sku IN ({names})", {"store": store, **params}):
            level[sku] = int(milli)
        # Only these items' movements: the store's whole ledger since the count began holds
        # every earlier part's corrections too (a full count read it again for each part).
        since = min(anchors[sku] for sku in chunk)
        for sku, occurred_at, milli in sql.all(
                "SELECT sku, occurred_at, delta_milli FROM stock_ledger WHERE store_code = :store "
                f"AND sku IN ({names}) AND bucket = 'sellable' AND occurred_at > :since",
                {"store": store, "since": since, **params}):
            if occurred_at > anchors[sku]:
                level[sku] -= int(milli)
    return level


def _latest(changes: list[PendingChange]) -> list[PendingChange]:
    """One change per feed key, the last one (reversal and correction of one item)."""
    last: dict[tuple[str, str], PendingChange] = {}
    for change in changes:
        last.pop((change.kind, change.key), None)
        last[(change.kind, change.key)] = change
    return list(last.values())


def closes_session(area: str) -> CountState | None:
    """A count of the whole store (no area) closes its session; areas leave it open."""
    return CountState.CLOSED if area == WHOLE_STORE else None
