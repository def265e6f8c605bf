"""What every event payload shares, and the stock lines any fact may carry."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from omnipos.sync.events.types import EventType
from omnipos.sync.wire import Code, QtyStr, TillInput

__all__ = ["EventPayload", "StockLinePayload", "StockPayload"]


class EventPayload(TillInput):
    """The payload of one event type: the till builds it, the hub reads it.

    Readers ignore fields they do not know, so either side can add fields.
    """

    event_type: ClassVar[EventType]


class StockLinePayload(TillInput):
    """One stock movement a fact carries (negative for what left the store)."""

    sku: str = Field(min_length=1, max_length=64)
    delta: QtyStr


class StockPayload(TillInput):
    """The part of any fact without a model of its own that the hub's ledger reads."""

    store_code: Code | None = None
    stock: list[StockLinePayload] = Field(default_factory=list, max_length=10000)
