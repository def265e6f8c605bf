"""Cash during a shift: pay in, pay out, safe drops and no-sale drawer openings.

A movement writes its row, its ``cash.movement`` outbox event and its journal
entry in ONE transaction; a no-sale is journalled.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from uuid import UUID

from omnipos.db.models import CashMovement
from omnipos.domain.errors import ValidationError, message, phrase
from omnipos.domain.money import Money
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.shifts import MovementKind
from omnipos.services import authz
from omnipos.services.reports.shift import shift_tally
from omnipos.services.shifts.context import ShiftContext
from omnipos.sync.outbox import enqueue

__all__ = ["CashDrawer", "MovementDone"]

log = logging.getLogger(__name__)

# What a manager is asked to approve, in words (the approval dialog says them).
_WHAT = {
    MovementKind.PAY_IN: message("pay in of {amount}"),
    MovementKind.PAY_OUT: message("pay out of {amount}"),
    MovementKind.SAFE_DROP: message("safe drop of {amount}"),
}


@dataclass(frozen=True, slots=True)
class MovementDone:
    """What a pay-in, pay-out or safe drop changed; the drawer opens for it."""

    movement_id: str
    kind: MovementKind
    amount_minor: int
    event_id: str
    journal_seq: int
    open_drawer: bool = True


class CashDrawer(ShiftContext):
    """Cash put in or taken out of the drawer during the open shift."""

    def _movement(
        self,
        kind: MovementKind,
        amount_minor: int,
        reason: str,
        actor: Actor | None,
        override: ManagerOverride | None,
    ) -> MovementDone:
        if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor <= 0:
            raise ValidationError(message("the amount must be more than zero"))
        reason = (reason or "").strip()
        if not reason and kind is not MovementKind.SAFE_DROP:
            raise ValidationError(message("give a reason for paying cash in or out"))
        now = self._clock()
        with self.db.transaction() as s:
            row = self._require_open(s)
            permit = authz.permit(
                s,
                actor,
                Action.PAY_IN_OUT,
                override,
                now=now,
                subject=f"cash:{kind.value}:{row.id}",
                amount_minor=amount_minor,
                what=phrase(_WHAT[kind], amount=Money(amount_minor, row.currency)),
                details={"kind": kind.value, "amount_minor": amount_minor},
            )
            if kind is not MovementKind.PAY_IN:
                in_drawer = shift_tally(s, row).expected_cash
                if amount_minor > in_drawer:
                    raise ValidationError(message("that is more cash than the drawer should hold"))
            movement_id = str(uuid.uuid4())
            # The payload models (pydantic) load once the window shows (TillServices.warm_up).
            from omnipos.sync.events import CashMovementPayload

            payload = CashMovementPayload(
                movement_id=UUID(movement_id),
                shift_id=UUID(row.id),
                store_code=row.store_code,
                till_code=row.till_code,
                kind=kind,
                amount_minor=amount_minor,
                currency=row.currency,
                reason=reason,
                staff=permit.by,
                approved_by=permit.approved_by,
                occurred_at=now,
            )
            event = enqueue(s, payload, now)
            s.add(
                CashMovement(
                    id=movement_id,
                    shift_id=row.id,
                    kind=kind.value,
                    amount_minor=amount_minor,
                    currency=row.currency,
                    reason=reason,
                    staff=permit.by,
                    approved_by=permit.approved_by,
                    occurred_at=now,
                    event_id=event.event_id,
                )
            )
            entry = permit.journal(
                f"cash.{kind.value}",
                {
                    "shift_id": row.id,
                    "amount_minor": amount_minor,
                    "currency": row.currency,
                    "reason": reason,
                    "approved_by": permit.approved_by,
                },
            )
            done = MovementDone(movement_id, kind, amount_minor, event.event_id, entry.seq)
        log.info("cash %s of %s on shift %s", kind.value, amount_minor, done.movement_id)
        return done

    def pay_in(
        self,
        amount_minor: int,
        reason: str,
        *,
        actor: Actor | None,
        override: ManagerOverride | None = None,
    ) -> MovementDone:
        """Cash put into the drawer (e.g. more change), with a reason."""
        return self._movement(MovementKind.PAY_IN, amount_minor, reason, actor, override)

    def pay_out(
        self,
        amount_minor: int,
        reason: str,
        *,
        actor: Actor | None,
        override: ManagerOverride | None = None,
    ) -> MovementDone:
        """Cash taken out to pay for something (e.g. window cleaner), with a reason."""
        return self._movement(MovementKind.PAY_OUT, amount_minor, reason, actor, override)

    def safe_drop(
        self,
        amount_minor: int,
        *,
        actor: Actor | None,
        reason: str = "",
        override: ManagerOverride | None = None,
    ) -> MovementDone:
        """Cash taken from the drawer to the safe."""
        return self._movement(MovementKind.SAFE_DROP, amount_minor, reason, actor, override)

    def no_sale(
        self, *, actor: Actor | None, override: ManagerOverride | None = None, reason: str = ""
    ) -> int:
        """Open the drawer without a sale; journalled. Returns the journal sequence number.

        Every way of opening the drawer other than a cash tender or a cash
        movement comes here first (F7's No sale, the Devices dialog's Open
        drawer): the right (or a manager's approval for this one opening) is
        checked and the opening journalled before the drawer is pulsed.
        """
        now = self._clock()
        with self.db.transaction() as s:
            row = self._open_row(s)
            permit = authz.permit(s, actor, Action.NO_SALE, override, now=now,
                                  subject=f"drawer:{self.store.till}",
                                  what=reason)
            entry = permit.journal(
                "drawer.no_sale",
                {"shift_id": row.id if row else None, "reason": reason},
            )
            return entry.seq
