"""``shift.closed``: the till's Z report with its counts (the hub keeps one per shift)."""

from __future__ import annotations

from typing import Any, ClassVar
from uuid import UUID

from pydantic import Field

from omnipos.domain.shifts import ReportKind
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor

__all__ = ["ShiftClosedPayload"]


class ShiftClosedPayload(EventPayload):
    """The Z report (``ShiftReport.to_dict``) plus when it closed and the cash counts."""

    event_type: ClassVar[EventType] = EventType.SHIFT_CLOSED

    kind: ReportKind = ReportKind.Z
    shift_id: UUID
    store_code: Code
    till_code: Code
    currency: Currency
    opened_at: AwareDatetime
    opened_by: str = Field(default="", max_length=160)
    closed_at: AwareDatetime
    closed_by: str = Field(default="", max_length=160)
    approved_by: str = Field(default="", max_length=320)
    generated_at: AwareDatetime | None = None
    sales_count: int = Field(default=0, ge=0)
    sales_minor: Minor = 0
    returns_count: int = Field(default=0, ge=0)
    returns_minor: Minor = 0
    discounts_minor: Minor = 0
    tax_minor: Minor = 0
    tax_by_class: dict[str, Minor] = Field(default_factory=dict)
    tenders: dict[str, Minor] = Field(default_factory=dict)
    voids_count: int = Field(default=0, ge=0)
    voids_minor: Minor = 0
    cancels_count: int = Field(default=0, ge=0)
    post_voids_count: int = Field(default=0, ge=0)
    no_sales: int = Field(default=0, ge=0)
    opening_float_minor: Minor = 0
    paid_in_minor: Minor = 0
    paid_out_minor: Minor = 0
    safe_drops_minor: Minor = 0
    expected_cash_minor: Minor
    counted_cash_minor: Minor
    over_short_minor: Minor
    pending_events: int = Field(default=0, ge=0)
    #: Notes and coins counted, keyed by value in minor units (``CashCount.to_json``).
    opening_count: dict[str, Any] = Field(default_factory=dict)
    closing_count: dict[str, Any] = Field(default_factory=dict)
