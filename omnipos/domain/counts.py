"""Stock counts: sessions, the anchored rule, merging areas, variances and recounts.

Pure rules shared by the till and the hub (DESIGN.md, "Stock"). A count is an
absolute observation anchored at the moment each item was counted: its
expected quantity is the level at that moment, and on hand afterwards is the
counted quantity plus every movement after that moment. A sale rung before
the moment but learnt of later changes the variance, never the on-hand.

The moment an item was counted is that of its last counting scan (or typed
quantity): the counter's figure is true when they stop counting that item.
An item nobody scanned is counted as none when its area was closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from omnipos.domain.errors import Message, ValidationError, message
from omnipos.domain.permissions import Action, Role, allowed

__all__ = [
    "NOT_OPEN",
    "WHOLE_STORE",
    "WHOLE_STORE_WORDS",
    "AreaCount",
    "AreaState",
    "CountKind",
    "CountState",
    "MergedCount",
    "Movement",
    "RecountRule",
    "ScanMode",
    "SessionDue",
    "VarianceReason",
    "after",
    "expected_at",
    "merge_areas",
    "next_due",
    "on_hand_after",
    "parse_area",
    "sees_expected",
    "variance_value",
]

# The area a till counts when nobody names one (a small store counts all of it at once).
WHOLE_STORE = ""
#: How a message names that area ("the whole store of count S001-T01-C0001 ...").
WHOLE_STORE_WORDS = message("the whole store")


class CountKind(StrEnum):
    CYCLE = "cycle"  # a list of SKUs, a category or a shelf location
    FULL = "full"  # every item of the store; what is not counted is counted as none


class CountState(StrEnum):
    """A count session as the hub keeps it."""

    OPEN = "open"
    CLOSED = "closed"
    CANCELLED = "cancelled"


#: Why a count that is no longer open cannot be counted (one sentence per state: the state's
#: word alone would take the gender of what it is said of in Spanish or German).
NOT_OPEN = {CountState.CLOSED: message("count {number} is closed"),
            CountState.CANCELLED: message("count {number} is cancelled")}


class AreaState(StrEnum):
    """One till's part of a session: the area it counts."""

    COUNTING = "counting"
    REVIEW = "review"
    SUBMITTED = "submitted"


class ScanMode(StrEnum):
    ADD = "add"  # a scan (+1) or a hand-counted quantity added
    SET = "set"  # a typed quantity replaces what was counted (F4), or a recount starts (0)


class VarianceReason(StrEnum):
    """Why counted and expected differ, as the manager approving the count says."""

    DAMAGED = "damaged"
    THEFT = "theft"
    FOUND = "found"
    MIS_SHIPPED = "mis_shipped"
    UNKNOWN = "unknown"

    @property
    def label(self) -> Message:
        """The reason in words (the stored and sent value stays the code)."""
        return _REASON_WORDS[self]


_REASON_WORDS = {
    VarianceReason.DAMAGED: message("Damaged"),
    VarianceReason.THEFT: message("Theft"),
    VarianceReason.FOUND: message("Found"),
    VarianceReason.MIS_SHIPPED: message("Mis-shipped"),
    VarianceReason.UNKNOWN: message("Unknown"),
}


@dataclass(frozen=True, slots=True)
class Movement:
    """A signed stock movement of one item at the moment it happened."""

    occurred_at: datetime
    delta: Decimal


def after(movements: Iterable[Movement], moment: datetime) -> Decimal:
    """The sum of the movements after ``moment`` (those at or before it are in the count)."""
    return sum((m.delta for m in movements if m.occurred_at > moment), Decimal(0))


def expected_at(level_now: Decimal, movements: Iterable[Movement], moment: datetime) -> Decimal:
    """The level at ``moment``: today's level less what moved since."""
    return level_now - after(movements, moment)


def on_hand_after(counted: Decimal, movements: Iterable[Movement], moment: datetime) -> Decimal:
    """On hand once the count is applied: counted plus every movement after its moment."""
    return counted + after(movements, moment)


@dataclass(frozen=True, slots=True)
class AreaCount:
    """One area's count of one item. ``counted_at`` is None when nobody scanned it there."""

    area: str
    counted: Decimal
    counted_at: datetime | None
    closed_at: datetime


@dataclass(frozen=True, slots=True)
class MergedCount:
    counted: Decimal
    anchor: datetime


def merge_areas(areas: Iterable[AreaCount]) -> MergedCount:
    """Several tills' counts of one item (by area) as one observation.

    The quantities add up. The anchor is the last moment the item was counted in
    any area, as if one person had counted every area in turn; an item scanned
    nowhere is anchored where the last area closed (nothing was left to count).
    """
    parts = list(areas)
    if not parts:
        raise ValueError("nothing to merge")
    total = sum((a.counted for a in parts), Decimal(0))
    scanned = [a.counted_at for a in parts if a.counted_at is not None]
    anchor = max(scanned) if scanned else max(a.closed_at for a in parts)
    return MergedCount(total, anchor)


def variance_value(variance: Decimal, unit_price_minor: int) -> int:
    """What a variance is worth at the item's price, in minor units (half up)."""
    return int((variance * unit_price_minor).quantize(Decimal(1), rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class RecountRule:
    """Lines whose variance is over either threshold are flagged for a recount."""

    units: Decimal | None = Decimal(2)
    value_minor: int | None = 2500

    def over(self, variance: Decimal, value_minor: int) -> bool:
        if self.units is not None and abs(variance) > self.units:
            return True
        return self.value_minor is not None and abs(value_minor) > self.value_minor


def sees_expected(show_expected_to: Iterable[str], role: Role | None, *,
                  reviewing: bool = False) -> bool:
    """Whether someone of ``role`` may see expected quantities.

    Counts are blind unless the session names the role (``show_expected_to``);
    at review, whoever may approve a count sees them too. In a store without
    staff (``role`` None) whoever reviews approves, so sees them; while
    counting, the session's word decides (any role named).
    """
    roles = set(show_expected_to)
    if role is None:
        return reviewing or bool(roles)
    if reviewing and allowed(role, Action.APPROVE_COUNT):
        return True
    return role.value in roles


def parse_area(text: str) -> str:
    """An area name as typed ("Back room"): trimmed, at most 40 characters."""
    area = " ".join((text or "").split())
    if len(area) > 40:
        raise ValidationError(message("an area name is at most 40 characters"))
    return area


@dataclass(frozen=True, slots=True)
class SessionDue:
    """What choosing the next count needs of a session."""

    session_id: str
    due: datetime | None
    created_at: datetime
    done: bool  # this till has submitted its area


def next_due(sessions: Sequence[SessionDue]) -> str | None:
    """The session to select first: the earliest due (overdue ones come first by
    nature), then those without a due date, oldest first; done ones last."""
    if not sessions:
        return None
    far = datetime.max.replace(tzinfo=sessions[0].created_at.tzinfo)
    ranked = sorted(sessions, key=lambda s: (s.done, s.due or far, s.created_at))
    return ranked[0].session_id
