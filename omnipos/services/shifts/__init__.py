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
from omnipos.services.shifts.context import FLOAT_LIMIT_SETTING, OVER_SHORT_SETTING, ShiftInfo
from omnipos.services.shifts.opening import ShiftOpening, UnusualFloat

__all__ = [
    "FLOAT_LIMIT_SETTING",
    "OVER_SHORT_SETTING",
    "ApprovalNeeded",
    "MovementDone",
    "ShiftClosed",
    "ShiftInfo",
    "ShiftService",
    "UnusualFloat",
]


class ShiftService(ShiftOpening, CashDrawer, ShiftClosing):
    """Shift and cash use cases for this till."""
