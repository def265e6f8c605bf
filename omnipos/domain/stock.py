"""Stock words shared by the till and the hub: the buckets a quantity can be in, and the
reasons stock is adjusted by hand."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from omnipos.domain.errors import Message, message

__all__ = ["AdjustReason", "StockBucket"]


class StockBucket(StrEnum):
    """Where stock stands; only sellable stock can be sold or promised to a customer."""

    SELLABLE = "sellable"
    RESERVED = "reserved"  # held for an order (a pickup, a ship-from-store)
    DAMAGED = "damaged"
    QUALITY_CONTROL = "quality_control"  # held for inspection
    RETURN_TO_VENDOR = "return_to_vendor"  # held until it ships back to the vendor


class AdjustReason(StrEnum):
    """Why a manager adjusts stock by hand (``stock.adjusted``); each moves stock one way."""

    DAMAGED = "damaged"  # off the shelf into the damaged bucket
    THEFT = "theft"
    FOUND = "found"
    RECEIVED = "received"  # goods that came without an expected delivery
    TRANSFER_IN = "transfer_in"
    TRANSFER_OUT = "transfer_out"
    SAMPLE = "sample"  # given away or used as a display

    @property
    def label(self) -> Message:
        return _REASON_WORDS[self]

    def moves(self, quantity: Decimal) -> tuple[tuple[StockBucket, Decimal], ...]:
        """The signed movement per bucket of adjusting ``quantity`` (more than 0) so."""
        if self is AdjustReason.DAMAGED:
            return ((StockBucket.SELLABLE, -quantity), (StockBucket.DAMAGED, quantity))
        if self in (AdjustReason.FOUND, AdjustReason.RECEIVED, AdjustReason.TRANSFER_IN):
            return ((StockBucket.SELLABLE, quantity),)
        return ((StockBucket.SELLABLE, -quantity),)


_REASON_WORDS = {
    AdjustReason.DAMAGED: message("Damaged"),
    AdjustReason.THEFT: message("Theft"),
    AdjustReason.FOUND: message("Found"),
    AdjustReason.RECEIVED: message("Received"),
    AdjustReason.TRANSFER_IN: message("Transfer in"),
    AdjustReason.TRANSFER_OUT: message("Transfer out"),
    AdjustReason.SAMPLE: message("Sample"),
}
