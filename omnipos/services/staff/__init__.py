"""Staff on the till: the staff list, sign-in by PIN or badge, lock-outs, manager approvals.

Staff the hub sends arrive through the feed (``omnipos.db.staff``); the
services here read them and add local ones on a standalone till.
"""

from __future__ import annotations

from omnipos.db.staff import apply_staff_change, apply_staff_changes
from omnipos.services.staff.pins import LOCKOUT_SETTING, LockedOut
from omnipos.services.staff.roster import IDLE_SETTING, Roster, StaffInfo
from omnipos.services.staff.signin import SignIn

__all__ = [
    "IDLE_SETTING",
    "LOCKOUT_SETTING",
    "LockedOut",
    "StaffInfo",
    "StaffService",
    "apply_staff_change",
    "apply_staff_changes",
]


class StaffService(Roster, SignIn):
    """Staff use cases on one till database."""
