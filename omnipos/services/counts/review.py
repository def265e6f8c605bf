"""Reviewing a count: counted against expected per line, the variance and its value, lines
over the store's thresholds flagged for a recount, recounting a line, variance reasons.

Expected is the level at the moment each item was counted, as this till
knows it: today's level less what this till sold (or moved) since that
moment. The hub applies the same rule with every till's movements when the
count reaches it; a blind count shows expected quantities only to whoever
may approve it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import counts
from omnipos.db.models.counts import CountArea, CountLine, CountSession
from omnipos.db.stock import movements_after, till_levels
from omnipos.domain.counts import (
    AreaState,
    CountKind,
    RecountRule,
    ScanMode,
    VarianceReason,
    after,
    sees_expected,
    variance_value,
)
from omnipos.domain.errors import NotFoundError, StateError, message
from omnipos.domain.permissions import Actor
from omnipos.services.counts.context import CountContext

__all__ = ["Review", "ReviewLine", "Reviewing"]


@dataclass(frozen=True, slots=True)
class ReviewLine:
    sku: str
    name: str
    counted: Decimal
    counted_at: datetime | None  # None: not found in this area
    scans: int
    # None where the viewer may not see expected quantities (a blind count).
    expected: Decimal | None
    variance: Decimal | None
    value_minor: int | None
    flagged: bool  # over a threshold: count it again
    recounted: bool
    reason: VarianceReason | None
    price_minor: int
    in_scope: bool  # the session names it (False: found while counting something else)


@dataclass(frozen=True, slots=True)
class Review:
    session_id: str
    number: str
    title: str
    area: str
    closed_at: datetime
    lines: tuple[ReviewLine, ...]
    shows_expected: bool
    unknown: tuple[counts.UnknownCode, ...]
    currency: str

    @property
    def flagged(self) -> int:
        return sum(1 for ln in self.lines if ln.flagged)

    @property
    def variance_value_minor(self) -> int:
        return sum(ln.value_minor or 0 for ln in self.lines)

    @property
    def counted_items(self) -> int:
        return sum(1 for ln in self.lines if ln.counted_at is not None)


@dataclass(frozen=True, slots=True)
class _Line:
    """A line with everything, before hiding what the viewer may not see."""

    row: counts.LineRow
    expected: Decimal
    anchor: datetime
    in_scope: bool


def _scope(s: Session, row: CountSession) -> list[str] | None:
    """The items a session names (None: whatever is counted, for a shelf location)."""
    if row.kind == CountKind.FULL.value:
        return None
    if row.skus:
        return list(row.skus)
    if row.category:
        return counts.category_skus(s, row.category)
    return None


def _lines(s: Session, row: CountSession, area: CountArea, closed_at: datetime) -> list[_Line]:
    counted = {ln.sku: ln for ln in counts.line_rows(s, row.id, area.area)}
    levels = till_levels(s)
    scope = _scope(s, row)
    if row.kind == CountKind.FULL.value:
        # What the till has and nobody counted is counted as none.
        wanted = [sku for sku, level in levels.items() if level != 0]
    else:
        wanted = scope or []
    missing = [sku for sku in wanted if sku not in counted]
    names = counts.products_of(s, missing)
    for sku in missing:
        name, price = names.get(sku, ("", 0))
        counted[sku] = counts.LineRow(sku, Decimal(0), None, 0, False, False, None, name, price)
    anchors = {sku: ln.counted_at or closed_at for sku, ln in counted.items()}
    moved = movements_after(s, min(anchors.values())) if anchors else {}
    in_scope = None if scope is None else set(scope)
    out = []
    for sku in sorted(counted):
        ln = counted[sku]
        level = levels.get(sku, Decimal(0))
        expected = level - after(moved.get(sku, ()), anchors[sku])
        out.append(_Line(ln, expected, anchors[sku], in_scope is None or sku in in_scope))
    return out


def _shown(line: _Line, rule: RecountRule, visible: bool) -> ReviewLine:
    ln = line.row
    variance = ln.counted - line.expected
    value = variance_value(variance, ln.price_minor)
    return ReviewLine(
        sku=ln.sku, name=ln.name, counted=ln.counted, counted_at=ln.counted_at, scans=ln.scans,
        expected=line.expected if visible else None, variance=variance if visible else None,
        value_minor=value if visible else None, flagged=rule.over(variance, value),
        recounted=ln.recounted, reason=VarianceReason(ln.reason) if ln.reason else None,
        price_minor=ln.price_minor, in_scope=line.in_scope)


class Reviewing(CountContext):
    def review(self, session_id: str, area: str, *, actor: Actor | None = None) -> Review:
        """F12 while counting: the area closes for counting and shows its review."""
        now = self._clock()
        with self.db.transaction() as s:
            row = self._session(s, session_id)
            here = self._area(s, session_id, area)
            if here.state == AreaState.SUBMITTED.value:
                raise StateError(message("count {number} was submitted already"), number=row.number)
            if here.state != AreaState.REVIEW.value or here.closed_at is None:
                here.state, here.closed_at = AreaState.REVIEW.value, now
            return self._review(s, row, here, actor)

    def review_now(self, session_id: str, area: str, *, actor: Actor | None = None) -> Review:
        """The review as it would show, without closing the area (an export, a look)."""
        now = self._clock()
        with self.db.read() as s:
            row = self._session(s, session_id)
            here = self._area(s, session_id, area)
            return self._review(s, row, here, actor, here.closed_at or now)

    def _review(self, s: Session, row: CountSession, here: CountArea,
                actor: Actor | None, closed_at: datetime | None = None) -> Review:
        closed_at = closed_at or here.closed_at
        assert closed_at is not None
        visible = sees_expected(row.show_expected_to or (), actor.role if actor else None,
                                reviewing=True)
        rule = self.recount_rule(s)
        lines = tuple(_shown(ln, rule, visible) for ln in _lines(s, row, here, closed_at))
        return Review(row.id, row.number, row.title, here.area, closed_at, lines, visible,
                      tuple(counts.unknown_codes(s, row.id, here.area)), self.store.currency)

    def back_to_counting(self, session_id: str, area: str) -> None:
        """Esc in review: count more (the moment the area closes moves to the next review)."""
        with self.db.transaction() as s:
            here = self._area(s, session_id, area)
            if here.state == AreaState.REVIEW.value:
                here.state, here.closed_at = AreaState.COUNTING.value, None

    def recount(self, session_id: str, area: str, sku: str, *,
                actor: Actor | None = None) -> None:
        """Count one line again from nothing; the area goes back to counting for it."""
        now = self._clock()
        with self.db.transaction() as s:
            self._session(s, session_id)
            here = self._area(s, session_id, area)
            if here.state == AreaState.SUBMITTED.value:
                raise StateError(message("the count was submitted already"))
            by = self._who(s, actor)
            if s.get(CountLine, (session_id, area, sku)) is None:  # a line not found yet
                counts.add_scan(s, session_id, area, "(recount)", sku, Decimal(0),
                                ScanMode.SET, now, by)
            counts.reset_line(s, session_id, area, sku, now, by)
            here.state, here.closed_at = AreaState.COUNTING.value, None

    def set_reason(self, session_id: str, area: str, sku: str,
                   reason: VarianceReason | None) -> None:
        with self.db.transaction() as s:
            self._area(s, session_id, area)
            line = s.get(CountLine, (session_id, area, sku))
            if line is None:  # an item not found: it has a line of none from now on
                if not counts.products_of(s, [sku]):
                    raise NotFoundError(message("no item with SKU {sku}"), sku=sku)
                line = CountLine(session_id=session_id, area=area, sku=sku, counted="0",
                                 counted_at=None, scans=0, recount=False, recounted=False)
                s.add(line)
            line.reason = reason.value if reason else None

    def full_lines(self, s: Session, row: CountSession, here: CountArea,
                   closed_at: datetime) -> Sequence[_Line]:
        return _lines(s, row, here, closed_at)
