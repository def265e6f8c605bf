"""Shift (Z) reports as the hub received them, per store and till."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import ShiftReportRecord


def list_shift_reports(
    db: HubDB, store_code: str | None = None, till_code: str | None = None
) -> list[dict[str, Any]]:
    """Z reports received, newest first, per store and till."""
    with db.read() as s:
        stmt = select(ShiftReportRecord).order_by(ShiftReportRecord.closed_at.desc())
        if store_code:
            stmt = stmt.where(ShiftReportRecord.store_code == store_code)
        if till_code:
            stmt = stmt.where(ShiftReportRecord.till_code == till_code)
        return [
            {
                "shift_id": r.shift_id,
                "store_code": r.store_code,
                "till_code": r.till_code,
                "currency": r.currency,
                "opened_at": r.opened_at.isoformat(),
                "closed_at": r.closed_at.isoformat(),
                "closed_by": r.closed_by,
                "sales_minor": r.sales_minor,
                "expected_cash_minor": r.expected_cash_minor,
                "counted_cash_minor": r.counted_cash_minor,
                "over_short_minor": r.over_short_minor,
                "pending_events": r.pending_events,
            }
            for r in s.scalars(stmt)
        ]
