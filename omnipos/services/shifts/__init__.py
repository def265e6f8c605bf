"""Shifts and cash at the till: open with a counted float, pay in/out, safe drops,
no-sale, X and Z reports, and closing with a blind count.

Each writing call runs in ONE transaction with its journal entry and, for
cash movements and the close, its outbox event (``cash.movement``,
``shift.closed``). Permissions are enforced through ``services.authz``; the
report figures are built by ``services.reports``.
"""

from __future__ import annotations

from omnipos.services.shifts.cash import CashDrawer, MovementDone
from omnipos.services.shifts.closing import ApprovalNeeded, ShiftClosed, ShiftClosing
from omnipos.services.shifts.context import (
    AUTO_SHIFT_SETTING,
    FLOAT_LIMIT_SETTING,
    OVER_SHORT_SETTING,
    NoOpenShift,
    ShiftInfo,
    open_shift_id,
    open_shift_row,
)
from omnipos.services.shifts.opening import ShiftOpening, UnusualFloat, start_shift

__all__ = [
    "AUTO_SHIFT_SETTING",
    "FLOAT_LIMIT_SETTING",
    "OVER_SHORT_SETTING",
    "ApprovalNeeded",
    "MovementDone",
    "NoOpenShift",
    "ShiftClosed",
    "ShiftInfo",
    "ShiftService",
    "UnusualFloat",
    "open_shift_id",
    "open_shift_row",
    "start_shift",
]


class ShiftService(ShiftOpening, CashDrawer, ShiftClosing):
    """Shift and cash use cases for this till."""
