"""Shifts and cash at the till: open with a counted float, pay in/out, safe drops,
no-sale, X and Z reports, and closing with a blind count.

Each writing call runs in ONE transaction with its journal entry and, for
cash movements and the close, its outbox event (``cash.movement``,
``shift.closed``). Permissions are enforced here through ``services.authz``.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.db.counters import DEVICE_SEQ_COUNTER, current_value
from omnipos.db.engine import Database
from omnipos.db.models import CashMovement, JournalEntry, OutboxEvent, Sale, Shift
from omnipos.db.settings import get_setting
from omnipos.domain import events
from omnipos.domain.errors import NotFoundError, PermissionDenied, StateError, ValidationError
from omnipos.domain.permissions import Action, Actor, Grant, ManagerOverride
from omnipos.domain.shifts import (
    CashCount,
    MovementKind,
    ReportKind,
    ShiftReport,
    ShiftTally,
    needs_manager,
)
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.profile import StoreProfile, load_store_profile
from omnipos.sync.outbox import enqueue_event

__all__ = [
    "OVER_SHORT_SETTING",
    "ApprovalNeeded",
    "MovementDone",
    "ShiftClosed",
    "ShiftInfo",
    "ShiftService",
]

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
#: Store setting: the largest over/short (minor units, either way) a close needs no manager for.
OVER_SHORT_SETTING = "shift.over_short_threshold_minor"


def utc_now() -> datetime:
    return datetime.now(UTC)


class ApprovalNeeded(PermissionDenied):
    """Closing needs a manager: the count is off beyond the threshold, or events are pending.

    ``actions`` lists what the manager must approve; the figures are for the
    screen that asks (the count has been entered, so the expected cash may show).
    """

    def __init__(
        self,
        message: str,
        actions: tuple[Action, ...],
        expected_minor: int,
        counted_minor: int,
        pending_events: int,
    ) -> None:
        super().__init__(message)
        self.actions = actions
        self.expected_minor = expected_minor
        self.counted_minor = counted_minor
        self.over_short_minor = counted_minor - expected_minor
        self.pending_events = pending_events


@dataclass(frozen=True, slots=True)
class ShiftInfo:
    shift_id: str
    till_code: str
    currency: str
    status: str
    opened_at: datetime
    opened_by: str
    opening_float_minor: int
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class MovementDone:
    """What a pay-in, pay-out or safe drop changed; the drawer opens for it."""

    movement_id: str
    kind: MovementKind
    amount_minor: int
    event_id: str
    journal_seq: int
    open_drawer: bool = True


@dataclass(frozen=True, slots=True)
class ShiftClosed:
    shift_id: str
    report: ShiftReport
    event_id: str
    journal_seq: int


def _info(row: Shift) -> ShiftInfo:
    return ShiftInfo(
        row.id,
        row.till_code,
        row.currency,
        row.status,
        row.opened_at,
        row.opened_by,
        row.opening_float_minor,
        row.closed_at,
    )


def _syncs(s: Session) -> bool:
    """A till enrolled with a hub waits for it; a standalone till has nothing to wait for."""
    return bool(get_setting(s, "hub.url") or get_setting(s, "device.id"))


def _who(grant: Grant) -> str:
    return grant.actor_label or (grant.approver.label if grant.approver else "")


class ShiftService:
    """Shift and cash use cases for this till."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as s:
            self.store: StoreProfile = load_store_profile(s)

    # -- reading --------------------------------------------------------------

    def _open_row(self, s: Session) -> Shift | None:
        return s.scalar(
            select(Shift).where(Shift.till_code == self.store.till, Shift.status == "open")
        )

    def _require_open(self, s: Session) -> Shift:
        row = self._open_row(s)
        if row is None:
            raise StateError("no shift is open on this till: open one with a counted float")
        return row

    def current(self) -> ShiftInfo | None:
        """The open shift on this till, if any."""
        with self.db.read() as s:
            row = self._open_row(s)
            return None if row is None else _info(row)

    def over_short_threshold(self) -> int:
        with self.db.read() as s:
            return int(get_setting(s, OVER_SHORT_SETTING, 500) or 0)

    def pending_events(self, shift_id: str | None = None) -> int:
        """Outbox events of the shift (open one by default) not yet acknowledged by the hub."""
        with self.db.read() as s:
            row = s.get(Shift, shift_id) if shift_id else self._require_open(s)
            if row is None:
                raise NotFoundError("no such shift")
            return self._pending(s, row)

    @staticmethod
    def _pending(s: Session, row: Shift) -> int:
        return int(
            s.scalar(
                select(func.count())
                .select_from(OutboxEvent)
                .where(
                    OutboxEvent.status == "pending", OutboxEvent.device_seq > row.start_device_seq
                )
            )
            or 0
        )

    # -- opening --------------------------------------------------------------

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
            info = _info(row)
        log.info("shift %s opened on till %s", info.shift_id, info.till_code)
        return info

    # -- cash during the shift ------------------------------------------------

    def _movement(
        self,
        kind: MovementKind,
        amount_minor: int,
        reason: str,
        actor: Actor | None,
        override: ManagerOverride | None,
    ) -> MovementDone:
        if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor <= 0:
            raise ValidationError("the amount must be more than zero")
        reason = (reason or "").strip()
        if not reason and kind is not MovementKind.SAFE_DROP:
            raise ValidationError("give a reason for paying cash in or out")
        now = self._clock()
        with self.db.transaction() as s:
            row = self._require_open(s)
            grant = authz.enforce(
                s,
                actor,
                Action.PAY_IN_OUT,
                override,
                now=now,
                details={"kind": kind.value, "amount_minor": amount_minor},
            )
            if kind is not MovementKind.PAY_IN:
                in_drawer = self._tally(s, row).expected_cash
                if amount_minor > in_drawer:
                    raise ValidationError("that is more cash than the drawer should hold")
            movement_id = str(uuid.uuid4())
            payload: dict[str, Any] = {
                "movement_id": movement_id,
                "shift_id": row.id,
                "store_code": row.store_code,
                "till_code": row.till_code,
                "kind": kind.value,
                "amount_minor": amount_minor,
                "currency": row.currency,
                "reason": reason,
                "staff": _who(grant),
                "approved_by": grant.approver.label if grant.approver else "",
                "occurred_at": now.isoformat(timespec="microseconds"),
            }
            event = enqueue_event(s, events.CASH_MOVEMENT, payload, now)
            s.add(
                CashMovement(
                    id=movement_id,
                    shift_id=row.id,
                    kind=kind.value,
                    amount_minor=amount_minor,
                    currency=row.currency,
                    reason=reason,
                    staff=payload["staff"],
                    approved_by=payload["approved_by"],
                    occurred_at=now,
                    event_id=event.event_id,
                )
            )
            entry = append_journal(
                s,
                f"cash.{kind.value}",
                _who(grant),
                {
                    "shift_id": row.id,
                    "amount_minor": amount_minor,
                    "currency": row.currency,
                    "reason": reason,
                    "approved_by": payload["approved_by"],
                },
                now,
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
        """Open the drawer without a sale; journalled. Returns the journal sequence number."""
        now = self._clock()
        with self.db.transaction() as s:
            row = self._open_row(s)
            grant = authz.enforce(s, actor, Action.NO_SALE, override, now=now)
            entry = append_journal(
                s,
                "drawer.no_sale",
                _who(grant),
                {
                    "shift_id": row.id if row else None,
                    "reason": reason,
                    "approved_by": grant.approver.label if grant.approver else "",
                },
                now,
            )
            return entry.seq

    # -- reports --------------------------------------------------------------

    def _tally(self, s: Session, row: Shift, until: datetime | None = None) -> ShiftTally:
        """The shift's figures from its sales, cash movements and journal entries."""
        tally = ShiftTally(row.currency, opening_float=row.opening_float_minor)
        end = until or row.closed_at
        sales = select(Sale).where(
            Sale.till_code == row.till_code, Sale.created_at >= row.opened_at
        )
        if end is not None:
            sales = sales.where(Sale.created_at <= end)
        for sale in s.scalars(sales):
            if sale.status != "completed":
                tally.post_voids_count += 1
                continue
            tenders: dict[str, int] = {}
            for t in sale.tenders:
                # cash: what stays in the drawer (tendered minus change, after cash rounding)
                value = t.tendered_minor - t.change_minor if t.kind == "cash" else t.amount_minor
                tenders[t.kind] = tenders.get(t.kind, 0) + value
            tally.add_sale(
                sale.total_minor,
                discount_minor=sale.discount_minor,
                taxes={t.tax_class: t.tax_minor for t in sale.taxes},
                tenders=tenders,
                tax_bases={t.tax_class: t.base_minor for t in sale.taxes},
            )
        for mv in s.scalars(select(CashMovement).where(CashMovement.shift_id == row.id)):
            tally.add_movement(MovementKind(mv.kind), mv.amount_minor)
        journal = select(JournalEntry.kind, JournalEntry.payload).where(
            JournalEntry.occurred_at >= row.opened_at,
            JournalEntry.kind.in_(("line.voided", "sale.cancelled", "drawer.no_sale")),
        )
        if end is not None:
            journal = journal.where(JournalEntry.occurred_at <= end)
        for kind, payload in s.execute(journal):
            if kind == "line.voided":
                tally.voids_count += 1
                tally.voids_minor += int(payload.get("amount_minor", 0))
            elif kind == "sale.cancelled":
                tally.cancels_count += 1
            else:
                tally.no_sales += 1
        return tally

    def _report(
        self, s: Session, row: Shift, kind: ReportKind, now: datetime, **extra: Any
    ) -> ShiftReport:
        return ShiftReport(
            kind,
            row.id,
            row.store_code,
            row.till_code,
            row.currency,
            row.opened_at,
            row.opened_by,
            now,
            self._tally(s, row, now),
            **extra,
        )

    def x_report(self, *, actor: Actor | None) -> ShiftReport:
        """Mid-shift figures; resets nothing. Journalled (who looked, when)."""
        now = self._clock()
        with self.db.transaction() as s:
            actor = authz.signed_in(s, actor)
            row = self._require_open(s)
            report = self._report(s, row, ReportKind.X, now, pending_events=self._pending(s, row))
            append_journal(
                s,
                "report.x",
                actor.label if actor else "",
                {"shift_id": row.id, "expected_cash_minor": report.expected_cash},
                now,
            )
            return report

    def z_report(self, shift_id: str) -> ShiftReport:
        """The stored Z report of a closed shift (for a reprint)."""
        with self.db.read() as s:
            row = s.get(Shift, shift_id)
            if row is None or row.status != "closed" or row.closed_at is None:
                raise NotFoundError("no closed shift with that id")
            return self._report(
                s,
                row,
                ReportKind.Z,
                row.closed_at,
                closed_by=row.closed_by,
                counted_cash=row.counted_minor,
                pending_events=row.pending_events,
                approved_by=row.approved_by,
            )

    def closed_shifts(self, limit: int = 20) -> list[ShiftInfo]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Shift)
                .where(Shift.status == "closed")
                .order_by(Shift.closed_at.desc())
                .limit(limit)
            )
            return [_info(r) for r in rows]

    # -- closing --------------------------------------------------------------

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
            raise ValidationError(f"count the cash in {self.store.currency}")
        by_action = {o.action: o for o in approvals}
        now = self._clock()
        threshold = self.over_short_threshold()
        with self.db.transaction() as s:
            row = self._require_open(s)
            grant = authz.enforce(
                s,
                actor,
                Action.CLOSE_SHIFT,
                by_action.get(Action.CLOSE_SHIFT),
                now=now,
                details={"shift_id": row.id},
            )
            tally = self._tally(s, row, now)
            expected = tally.expected_cash
            over_short = count.total_minor - expected
            pending = self._pending(s, row)
            needed: list[Action] = []
            if needs_manager(over_short, threshold):
                needed.append(Action.ACCEPT_OVER_SHORT)
            if pending and _syncs(s):
                needed.append(Action.CLOSE_WITH_PENDING)
            approvers: list[str] = []
            missing: list[Action] = []
            for action in needed:
                try:
                    g = authz.enforce(
                        s,
                        grant.actor,
                        action,
                        by_action.get(action),
                        now=now,
                        details={
                            "shift_id": row.id,
                            "over_short_minor": over_short,
                            "pending_events": pending,
                        },
                    )
                except PermissionDenied:
                    missing.append(action)
                    continue
                who = g.approver.label if g.approver else g.actor_label
                if who and who not in approvers:
                    approvers.append(who)
            if missing:
                raise ApprovalNeeded(
                    "a manager must approve: " + "; ".join(a.label for a in missing),
                    tuple(missing),
                    expected,
                    count.total_minor,
                    pending,
                )
            row.status = "closed"
            row.closed_at = now
            row.closed_by = _who(grant)
            row.approved_by = ", ".join(approvers)
            row.counted_minor = count.total_minor
            row.closing_count = count.to_json()
            row.expected_minor = expected
            row.over_short_minor = over_short
            row.pending_events = pending
            report = ShiftReport(
                ReportKind.Z,
                row.id,
                row.store_code,
                row.till_code,
                row.currency,
                row.opened_at,
                row.opened_by,
                now,
                tally,
                closed_by=row.closed_by,
                counted_cash=count.total_minor,
                pending_events=pending,
                approved_by=row.approved_by,
            )
            row.z_report = report.to_dict()
            payload = {
                **report.to_dict(),
                "closed_at": now.isoformat(timespec="microseconds"),
                "closing_count": count.to_json(),
                "opening_count": row.opening_count,
            }
            event = enqueue_event(s, events.SHIFT_CLOSED, payload, now)
            entry = append_journal(
                s,
                "shift.closed",
                row.closed_by,
                {
                    "shift_id": row.id,
                    "expected_minor": expected,
                    "counted_minor": count.total_minor,
                    "over_short_minor": over_short,
                    "pending_events": pending,
                    "approved_by": row.approved_by,
                },
                now,
            )
            closed = ShiftClosed(row.id, report, event.event_id, entry.seq)
        log.info(
            "shift %s closed, over/short %s, %s events pending",
            closed.shift_id,
            over_short,
            pending,
        )
        return closed
