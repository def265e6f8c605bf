"""Opening a shift with a float counted by denomination."""

from __future__ import annotations

import logging
import uuid
from datetime import datetime

from sqlalchemy.orm import Session

from omnipos.db.counters import DEVICE_SEQ_COUNTER, current_value
from omnipos.db.models import Shift
from omnipos.domain.errors import StateError, ValidationError, message
from omnipos.domain.money import Money
from omnipos.domain.permissions import Actor
from omnipos.domain.shifts import CashCount
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.profile import StoreProfile
from omnipos.services.shifts.context import ShiftContext, ShiftInfo, shift_info

__all__ = ["ShiftOpening", "UnusualFloat", "start_shift"]

log = logging.getLogger(__name__)


class UnusualFloat(StateError):
    """The float counted is more than the store's usual: open only when the person confirms."""

    def __init__(self, counted_minor: int, limit_minor: int, currency: str) -> None:
        super().__init__(
            message("the float counted ({counted}) is more than the usual {limit}: count again, "
                    "or confirm it"),
            counted=Money(counted_minor, currency), limit=Money(limit_minor, currency))

        self.counted_minor = counted_minor
        self.limit_minor = limit_minor


def start_shift(s: Session, store: StoreProfile, count: CashCount, opened_by: str,
                now: datetime, *, automatic: bool = False) -> Shift:
    """Insert the open shift and its ``shift.opened`` journal entry in the caller's session.

    ``automatic``: opened by the till itself with a zero float, for the first sale of a
    store whose setting allows it (``AUTO_SHIFT_SETTING``); the journal says so.
    """
    row = Shift(
        id=str(uuid.uuid4()),
        store_code=store.code,
        till_code=store.till,
        currency=store.currency,
        status="open",
        opened_at=now,
        opened_by=opened_by,
        opening_float_minor=count.total_minor,
        opening_count=count.to_json(),
        start_device_seq=current_value(s, DEVICE_SEQ_COUNTER),
        closed_by="",
        approved_by="",
        pending_events=0,
    )
    s.add(row)
    s.flush()
    append_journal(
        s,
        "shift.opened",
        opened_by,
        {
            "shift_id": row.id,
            "till_code": row.till_code,
            "float_minor": count.total_minor,
            "count": count.to_json(),
            "automatic": automatic,
        },
        now,
    )
    log.info("shift %s opened on till %s%s", row.id, row.till_code,
             " by the till itself (zero float)" if automatic else "")
    return row


class ShiftOpening(ShiftContext):
    """Anyone signed in may open a shift on this till when none is open."""

    def open(self, count: CashCount, *, actor: Actor | None, unusual_ok: bool = False) -> ShiftInfo:
        """Open a shift with the float counted by denomination; journalled.

        A float over ``float_limit`` raises UnusualFloat unless ``unusual_ok`` says the
        person confirmed it (a mistyped count, 1,100.00 for 200.00, is caught here).
        """
        if count.currency.upper() != self.store.currency.upper():
            raise ValidationError(message("the float must be counted in {currency}"),
                                  currency=self.store.currency)
        limit = self.float_limit()
        if count.total_minor > limit and not unusual_ok:
            raise UnusualFloat(count.total_minor, limit, self.store.currency)
        now = self._clock()
        with self.db.transaction() as s:
            actor = authz.signed_in(s, actor)  # anyone signed in may open a shift
            if self._open_row(s) is not None:
                raise StateError(message("a shift is already open on this till: close it first"))
            info = shift_info(start_shift(s, self.store, count, actor.label if actor else "", now))
        return info
