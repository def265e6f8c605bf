"""``shift.closed``: the till's Z report, kept per store and till."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict
from pydantic import ValidationError as PydanticError
from sqlalchemy.orm import Session

from omnipos.hub.store.rawsql import RawSql, dumps, stamp


class _ShiftClosed(BaseModel):
    """The fields of a ``shift.closed`` payload the hub keeps in columns."""

    model_config = ConfigDict(extra="ignore")
    shift_id: uuid.UUID
    store_code: str
    till_code: str
    currency: str
    opened_at: datetime
    closed_at: datetime
    opened_by: str = ""
    closed_by: str = ""
    sales_minor: int = 0
    returns_minor: int = 0
    expected_cash_minor: int
    counted_cash_minor: int
    over_short_minor: int
    pending_events: int = 0


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


def record_shift_closed(
    conn: Session | RawSql, store_code: str, device_id: str, event_id: str, payload: dict[str, Any]
) -> None:
    """Keep a till's Z report (called by the hub's event handler, in its transaction).

    Raises ValueError for a payload it cannot read, for another store, or for a
    shift already reported by another event.
    """
    try:
        p = _ShiftClosed.model_validate(payload)
    except PydanticError as exc:
        first = exc.errors()[0]
        raise ValueError(
            f"payload.{'.'.join(str(x) for x in first['loc'])}: {first['msg']}"
        ) from exc
    if p.store_code != store_code:
        raise ValueError(
            f"payload.store_code: {p.store_code!r} is not this device's store {store_code!r}"
        )
    sql = conn if isinstance(conn, RawSql) else RawSql(conn)
    other = sql.one(_REPORT_EXISTS, {"sid": str(p.shift_id)})
    if other is not None:
        raise ValueError(
            f"payload.shift_id: shift {p.shift_id} was already reported by event {other}"
        )
    sql.run(
        _INSERT_REPORT,
        {
            "shift_id": str(p.shift_id),
            "event_id": event_id,
            "store_code": p.store_code,
            "till_code": p.till_code,
            "device_id": device_id,
            "currency": p.currency,
            "opened_at": stamp(p.opened_at),
            "closed_at": stamp(p.closed_at),
            "opened_by": p.opened_by[:160],
            "closed_by": p.closed_by[:160],
            "sales_minor": p.sales_minor,
            "returns_minor": p.returns_minor,
            "expected_cash_minor": p.expected_cash_minor,
            "counted_cash_minor": p.counted_cash_minor,
            "over_short_minor": p.over_short_minor,
            "pending_events": p.pending_events,
            "payload": dumps(payload),
            "received_at": stamp(datetime.now(UTC)),
        },
    )
