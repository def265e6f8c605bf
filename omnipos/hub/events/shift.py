"""``shift.closed``: the till's Z report, kept per store and till."""

from __future__ import annotations

from datetime import UTC, datetime

from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store, check_till
from omnipos.hub.store.rawsql import stamp
from omnipos.sync.events import ShiftClosedPayload

_REPORT_EXISTS = "SELECT event_id FROM shift_reports WHERE shift_id = :sid"
_REPORT_COLUMNS = (
    "shift_id",
    "event_id",
    "store_code",
    "till_code",
    "device_id",
    "currency",
    "opened_at",
    "closed_at",
    "opened_by",
    "closed_by",
    "sales_minor",
    "returns_minor",
    "expected_cash_minor",
    "counted_cash_minor",
    "over_short_minor",
    "pending_events",
    "payload",
    "received_at",
)
_INSERT_REPORT = (
    f"INSERT INTO shift_reports ({', '.join(_REPORT_COLUMNS)})"
    f" VALUES ({', '.join(':' + c for c in _REPORT_COLUMNS)})"
)


def record_shift_report(pushed: PushedEvent, report: ShiftClosedPayload) -> Outcome:
    """Keep the till's Z report; a shift already reported by another event is invalid."""
    check_store(pushed.till, report.store_code)
    check_till(pushed.till, report.till_code)
    other = pushed.sql.one(_REPORT_EXISTS, {"sid": str(report.shift_id)})
    if other is not None:
        raise Invalid(
            f"payload.shift_id: shift {report.shift_id} was already reported by event {other}"
        )
    pushed.sql.run(
        _INSERT_REPORT,
        {
            "shift_id": str(report.shift_id),
            "event_id": str(pushed.event.event_id),
            "store_code": report.store_code,
            "till_code": report.till_code,
            "device_id": pushed.till.id,
            "currency": report.currency,
            "opened_at": stamp(report.opened_at),
            "closed_at": stamp(report.closed_at),
            "opened_by": report.opened_by[:160],
            "closed_by": report.closed_by[:160],
            "sales_minor": report.sales_minor,
            "returns_minor": report.returns_minor,
            "expected_cash_minor": report.expected_cash_minor,
            "counted_cash_minor": report.counted_cash_minor,
            "over_short_minor": report.over_short_minor,
            "pending_events": report.pending_events,
            "payload": pushed.payload_json,
            "received_at": stamp(datetime.now(UTC)),
        },
    )
    return Outcome()
