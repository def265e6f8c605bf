"""Opening a shift with a float counted by denomination."""

from __future__ import annotations

import logging
import uuid

from omnipos.db.counters import DEVICE_SEQ_COUNTER, current_value
from omnipos.db.models import Shift
from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.permissions import Actor
from omnipos.domain.shifts import CashCount
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.shifts.context import ShiftContext, ShiftInfo, shift_info

__all__ = ["ShiftOpening"]

log = logging.getLogger(__name__)


class ShiftOpening(ShiftContext):
    """Anyone signed in may open a shift on this till when none is open."""

    def open(self, count: CashCount, *, actor: Actor | None) -> ShiftInfo:
        """Open a shift with the float counted by denomination; journalled."""
        if count.currency.upper() != self.store.currency.upper():
            raise ValidationError(f"the float must be counted in {self.store.currency}")
        now = self._clock()
        with self.db.transaction() as s:
            actor = authz.signed_in(s, actor)  # anyone signed in may open a shift
            if self._open_row(s) is not None:
                raise StateError("a shift is already open on this till: close it first")
            row = Shift(
                id=str(uuid.uuid4()),
                store_code=self.store.code,
                till_code=self.store.till,
                currency=self.store.currency,
                status="open",
                opened_at=now,
                opened_by=actor.label if actor else "",
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
                row.opened_by,
                {
                    "shift_id": row.id,
                    "till_code": row.till_code,
                    "float_minor": count.total_minor,
                    "count": count.to_json(),
                },
                now,
            )
            info = shift_info(row)
        log.info("shift %s opened on till %s", info.shift_id, info.till_code)
        return info
