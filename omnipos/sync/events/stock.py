"""The stock wire: adjustments, deliveries received against the hub's expected lists, and the
other stores' levels for look-ups.

Hub -> till (pulled):

* ``delivery``, keyed by ``delivery_id``, on the receiving store's feed: a
  delivery from a supplier or a transfer from another store, with the lines
  the hub expects to arrive, and its state;
* ``stock_elsewhere``, keyed ``STORE:SKU``, on every store's feed: what
  another store has available for a customer (on hand less reserved), as of
  a moment, for the Stock screen's look-up card.

Till -> hub (pushed facts):

* ``stock.adjusted``: a manager's adjustment with its reason code; the hub
  moves stock by the reason (``omnipos.domain.stock.AdjustReason.moves``);
* ``stock.received``: a delivery scanned in; what arrived goes into sellable
  stock, and each line's over or short is the discrepancy the hub keeps.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar
from uuid import UUID

from pydantic import Field, field_validator

from omnipos.domain.quantities import QuantityError, to_milli
from omnipos.domain.stock import AdjustReason
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, QtyStr, TillInput, Wire

__all__ = [
    "DELIVERY_KIND",
    "ELSEWHERE_KIND",
    "DeliveryData",
    "DeliveryKind",
    "DeliveryLineData",
    "DeliveryState",
    "ElsewhereData",
    "ReceivedLinePayload",
    "StockAdjustedPayload",
    "StockReceivedPayload",
]

#: Feed change kinds (hub -> till).
DELIVERY_KIND = "delivery"
ELSEWHERE_KIND = "stock_elsewhere"


class DeliveryKind(StrEnum):
    SUPPLIER = "supplier"  # a delivery from a vendor
    TRANSFER = "transfer"  # stock sent by another store or a warehouse


class DeliveryState(StrEnum):
    EXPECTED = "expected"
    RECEIVED = "received"
    CANCELLED = "cancelled"


class DeliveryLineData(Wire):
    sku: str = Field(min_length=1, max_length=64)
    name: str = Field(default="", max_length=200)
    expected: QtyStr


class DeliveryData(Wire):
    """``data`` of a ``delivery`` change: what the hub expects to arrive at ``store_code``."""

    delivery_id: UUID
    number: str = Field(max_length=40)
    store_code: str
    kind: DeliveryKind
    source: str = Field(default="", max_length=120)  # the supplier, or the sending store
    expected_at: AwareDatetime | None = None
    state: DeliveryState = DeliveryState.EXPECTED
    lines: list[DeliveryLineData] = Field(default_factory=list, max_length=5000)


class ElsewhereData(Wire):
    """``data`` of a ``stock_elsewhere`` change: another store's available quantity."""

    store: str
    sku: str = Field(min_length=1, max_length=64)
    available: QtyStr
    as_of: AwareDatetime


class StockAdjustedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.STOCK_ADJUSTED

    adjustment_id: UUID
    store_code: Code
    till_code: Code
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr  # more than 0; the reason says which way it moves
    reason: AdjustReason
    note: str = Field(default="", max_length=200)
    adjusted_at: AwareDatetime
    adjusted_by: str = Field(default="", max_length=160)
    approved_by: str = Field(default="", max_length=160)

    @field_validator("quantity")
    @classmethod
    def _positive(cls, value: str) -> str:
        try:
            if to_milli(value) <= 0:
                raise ValueError("must be more than 0")
        except QuantityError as exc:
            raise ValueError(str(exc)) from exc
        return value


class ReceivedLinePayload(TillInput):
    sku: str = Field(min_length=1, max_length=64)
    expected: QtyStr = "0"  # "0": not on the expected list (an extra item)
    received: QtyStr


class StockReceivedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.STOCK_RECEIVED

    delivery_id: UUID
    number: str = Field(min_length=1, max_length=40)
    store_code: Code
    till_code: Code
    received_at: AwareDatetime
    received_by: str = Field(default="", max_length=160)
    lines: list[ReceivedLinePayload] = Field(default_factory=list, max_length=5000)
    #: Barcodes scanned that matched no item (reported, never dropped).
    unknown: list[str] = Field(default_factory=list, max_length=1000)
