"""Closing a shift with a blind count: the Z report, its journal entry and ``shift.closed``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from omnipos.db.settings import get_setting
from omnipos.domain.errors import (
    Message,
    PermissionDenied,
    UserFacingError,
    ValidationError,
    message,
)
from omnipos.domain.permissions import Action, Actor, ApprovalRequest, ManagerOverride
from omnipos.domain.shifts import CashCount, ReportKind, ShiftReport, needs_manager
from omnipos.services import authz
from omnipos.services.reports.shift import shift_report, shift_tally
from omnipos.services.shifts.context import ShiftContext
from omnipos.sync.outbox import enqueue

__all__ = ["ApprovalNeeded", "ShiftClosed", "ShiftClosing"]

log = logging.getLogger(__name__)


class ApprovalNeeded(PermissionDenied):
    """Closing needs a manager: the count is off beyond the threshold, or events are pending.

    ``requests`` lists what the manager must approve (each for this shift and
    its figure); the figures are for the screen that asks (the count has been
    entered, so the expected cash may show).
    """

    def __init__(
        self,
        requests: tuple[ApprovalRequest, ...],
        expected_minor: int,
        counted_minor: int,
        pending_events: int,
    ) -> None:
        super().__init__(message("a manager must approve: {actions}"),
                         request=requests[0] if requests else None,
                         actions=_listing([r.action.label for r in requests]))
        self.requests = requests
        self.expected_minor = expected_minor
        self.counted_minor = counted_minor
        self.over_short_minor = counted_minor - expected_minor
        self.pending_events = pending_events

    @property
    def actions(self) -> tuple[Action, ...]:
        return tuple(r.action for r in self.requests)


def _listing(labels: list[Message]) -> Message | UserFacingError:
    """"void a line; close a shift": each label is said in the till's language."""
    if len(labels) <= 1:
        return labels[0] if labels else Message()
    return UserFacingError(message("{first}; {rest}"), first=labels[0], rest=_listing(labels[1:]))


@dataclass(frozen=True, slots=True)
class ShiftClosed:
    shift_id: str
    report: ShiftReport
    event_id: str
    journal_seq: int


def _syncs(s: Session) -> bool:
    """A till enrolled with a hub waits for it; a standalone till has nothing to wait for."""
    return bool(get_setting(s, "hub.url") or get_setting(s, "device.id"))


class ShiftClosing(ShiftContext):
    """The end of the shift: count, compare, ask a manager when needed, report."""

    def close(
        self,
        count: CashCount,
        *,
        actor: Actor | None,
        approvals: Sequence[ManagerOverride] = (),
    ) -> ShiftClosed:
        """Close the open shift with a blind count (the caller has not seen the expected cash).

        A count off by more than the store threshold needs ``ACCEPT_OVER_SHORT``
        approved, and events of the shift not yet acknowledged by the hub need
        ``CLOSE_WITH_PENDING``: without them ApprovalNeeded is raised, which
        carries the figures to show. Writes the Z report, the journal entry
        and the ``shift.closed`` event in one transaction.
        """
        if count.currency.upper() != self.store.currency.upper():
            raise ValidationError(message("count the cash in {currency}"),
                                  currency=self.store.currency)
        by_action = {o.action: o for o in approvals}
        now = self._clock()
        threshold = self.over_short_threshold()
        with self.db.transaction() as s:
            row = self._require_open(s)
            subject = f"shift:{row.id}"
            permit = authz.permit(
                s,
                actor,
                Action.CLOSE_SHIFT,
                by_action.get(Action.CLOSE_SHIFT),
                now=now,
                subject=subject,
                details={"shift_id": row.id},
            )
            tally = shift_tally(s, row, now)
            expected = tally.expected_cash
            over_short = count.total_minor - expected
            pending = self._pending(s, row)
            needed: list[ApprovalRequest] = []
            if needs_manager(over_short, threshold):
                needed.append(ApprovalRequest(Action.ACCEPT_OVER_SHORT, subject, over_short))
            if pending and _syncs(s):
                needed.append(ApprovalRequest(Action.CLOSE_WITH_PENDING, subject, pending))
            approvers: list[str] = []
            missing: list[ApprovalRequest] = []
            for request in needed:
                try:
                    g = authz.enforce(
                        s,
                        permit.grant.actor,
                        request.action,
                        by_action.get(request.action),
                        now=now,
                        subject=subject,
                        amount_minor=request.amount_minor,
                        details={
                            "shift_id": row.id,
                            "over_short_minor": over_short,
                            "pending_events": pending,
                        },
                    )
                except PermissionDenied:
                    missing.append(request)
                    continue
                who = g.approver.label if g.approver else g.actor_label
                if who and who not in approvers:
                    approvers.append(who)
            if missing:
                raise ApprovalNeeded(
                    tuple(missing),

                    expected,
                    count.total_minor,
                    pending,
                )
            row.status = "closed"
            row.closed_at = now
            row.closed_by = permit.by
            row.approved_by = ", ".join(approvers)
            row.counted_minor = count.total_minor
            row.closing_count = count.to_json()
            row.expected_minor = expected
            row.over_short_minor = over_short
            row.pending_events = pending
            report = shift_report(
                s,
                row,
                ReportKind.Z,
                now,
                tally,
                closed_by=row.closed_by,
                counted_cash=count.total_minor,
                pending_events=pending,
                approved_by=row.approved_by,
            )
            row.z_report = report.to_dict()
            # The payload models (pydantic) load once the window shows (TillServices.warm_up).
            from omnipos.sync.events import ShiftClosedPayload

            payload = ShiftClosedPayload.model_validate(
                {
                    **report.to_dict(),
                    "closed_at": now,
                    "closing_count": count.to_json(),
                    "opening_count": row.opening_count,
                }
            )
            event = enqueue(s, payload, now)
            entry = permit.journal(
                "shift.closed",
                {
                    "shift_id": row.id,
                    "expected_minor": expected,
                    "counted_minor": count.total_minor,
                    "over_short_minor": over_short,
                    "pending_events": pending,
                    "approved_by": row.approved_by,
                },
            )
            closed = ShiftClosed(row.id, report, event.event_id, entry.seq)
        log.info(
            "shift %s closed, over/short %s, %s events pending",
            closed.shift_id,
            over_short,
            pending,
        )
        return closed
