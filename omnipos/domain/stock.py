"""Stock words shared by the till and the hub: the buckets a quantity can be in."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["StockBucket"]


class StockBucket(StrEnum):
    """Where stock stands; only sellable stock can be sold or promised to a customer."""

    SELLABLE = "sellable"
    RESERVED = "reserved"  # held for an order (a pickup, a ship-from-store)
    DAMAGED = "damaged"
    QUALITY_CONTROL = "quality_control"  # held for inspection
    RETURN_TO_VENDOR = "return_to_vendor"  # held until it ships back to the vendor
