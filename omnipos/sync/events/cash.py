"""``cash.movement``: cash paid into or out of the drawer, or dropped to the safe."""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from pydantic import Field

from omnipos.domain.shifts import MovementKind
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor

__all__ = ["CashMovementPayload"]


class CashMovementPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.CASH_MOVEMENT

    movement_id: UUID
    shift_id: UUID
    store_code: Code
    till_code: Code
    kind: MovementKind
    amount_minor: Minor = Field(gt=0)
    currency: Currency
    reason: str = Field(default="", max_length=200)
    staff: str = Field(default="", max_length=160)
    approved_by: str = Field(default="", max_length=160)
    occurred_at: AwareDatetime
