"""What the shift use cases share: this till's open shift, reports, the outbox still waiting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.engine import Database
from omnipos.db.models import Shift
from omnipos.db.rows import run_driver
from omnipos.db.settings import get_setting
from omnipos.domain.errors import NotFoundError, StateError, message
from omnipos.domain.money import to_minor
from omnipos.domain.permissions import Actor
from omnipos.domain.shifts import ReportKind, ShiftReport
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.profile import StoreProfile, load_store_profile
from omnipos.services.reports.shift import shift_report
from omnipos.sync.outbox import count_pending

__all__ = ["AUTO_SHIFT_SETTING", "FLOAT_LIMIT_SETTING", "OVER_SHORT_SETTING", "Clock",
           "NoOpenShift", "ShiftContext", "ShiftInfo", "open_shift_id", "open_shift_row",
           "utc_now"]

Clock = Callable[[], datetime]
#: Store setting: the largest over/short (minor units, either way) a close needs no manager for.
OVER_SHORT_SETTING = "shift.over_short_threshold_minor"
#: Store setting: the largest opening float (minor units) taken without "are you sure?".
FLOAT_LIMIT_SETTING = "shift.float_limit_minor"
DEFAULT_FLOAT_LIMIT = 500  # currency units (500.00 USD) until the store sets its own
#: Store setting: True lets the first sale open a shift by itself, with a zero float
#: (journalled); otherwise the till asks for the float to be counted first.
AUTO_SHIFT_SETTING = "shift.auto_open"


class NoOpenShift(StateError):
    """Selling needs an open shift on this till (every sale belongs to one)."""

    def __init__(self) -> None:
        super().__init__(
            message("no shift is open on this till: open one and count the float (F7)"))


def open_shift_row(s: Session, till_code: str) -> Shift | None:
    """The shift open on ``till_code`` now, if any (at most one)."""
    return s.scalar(select(Shift).where(Shift.till_code == till_code, Shift.status == "open"))


def open_shift_id(s: Session, till_code: str) -> str | None:
    """The id of the shift open on ``till_code`` now (each sale asks: a Core select, no row
    object built); a shift opened earlier in this transaction counts."""
    s.flush()
    row = run_driver(s, _OPEN_SHIFT_ID, (till_code,))
    return str(row[0][0]) if row else None


_OPEN_SHIFT_ID = "SELECT id FROM shifts WHERE till_code = ? AND status = 'open'"


def utc_now() -> datetime:
    return datetime.now(UTC)


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


def shift_info(row: Shift) -> ShiftInfo:
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


class ShiftContext:
    """This till's shifts: the one open now, closed ones, and their X and Z reports."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as s:
            self.store: StoreProfile = load_store_profile(s)

    def _open_row(self, s: Session) -> Shift | None:
        return open_shift_row(s, self.store.till)

    def _require_open(self, s: Session) -> Shift:
        row = self._open_row(s)
        if row is None:
            raise StateError(
                message("no shift is open on this till: open one with a counted float"))
        return row

    @staticmethod
    def _pending(s: Session, row: Shift) -> int:
        return count_pending(s, after_seq=row.start_device_seq)

    def current(self) -> ShiftInfo | None:
        """The open shift on this till, if any."""
        with self.db.read() as s:
            row = self._open_row(s)
            return None if row is None else shift_info(row)

    def over_short_threshold(self) -> int:
        with self.db.read() as s:
            return int(get_setting(s, OVER_SHORT_SETTING, 500) or 0)

    def float_limit(self) -> int:
        """The largest usual opening float, minor units (a larger one asks first)."""
        with self.db.read() as s:
            value = get_setting(s, FLOAT_LIMIT_SETTING)
        if value is None:
            return to_minor(Decimal(DEFAULT_FLOAT_LIMIT), self.store.currency)
        return int(value)

    def pending_events(self, shift_id: str | None = None) -> int:
        """Outbox events of the shift (open one by default) not yet acknowledged by the hub."""
        with self.db.read() as s:
            row = s.get(Shift, shift_id) if shift_id else self._require_open(s)
            if row is None:
                raise NotFoundError(message("no such shift"))
            return self._pending(s, row)

    def closed_shifts(self, limit: int = 20) -> list[ShiftInfo]:
        with self.db.read() as s:
            rows = s.scalars(
                select(Shift)
                .where(Shift.status == "closed")
                .order_by(Shift.closed_at.desc())
                .limit(limit)
            )
            return [shift_info(r) for r in rows]

    def x_report(self, *, actor: Actor | None) -> ShiftReport:
        """Mid-shift figures; resets nothing. Journalled (who looked, when)."""
        now = self._clock()
        with self.db.transaction() as s:
            actor = authz.signed_in(s, actor)
            row = self._require_open(s)
            report = shift_report(s, row, ReportKind.X, now, pending_events=self._pending(s, row))
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
                raise NotFoundError(message("no closed shift with that id"))
            return shift_report(
                s,
                row,
                ReportKind.Z,
                row.closed_at,
                closed_by=row.closed_by,
                counted_cash=row.counted_minor,
                pending_events=row.pending_events,
                approved_by=row.approved_by,
            )
