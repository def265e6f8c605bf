"""What every stock use case shares: the database, the clock and the store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from omnipos.db import catalog
from omnipos.db.engine import Database
from omnipos.domain.barcodes import EmbeddedLayout, parse_scan
from omnipos.domain.cart import ProductInfo
from omnipos.domain.errors import ValidationError
from omnipos.services.profile import StoreProfile, load_store_profile

__all__ = ["Clock", "StockContext", "scanned_item", "utc_now"]

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StockContext:
    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as session:
            self.store: StoreProfile = load_store_profile(session)


def scanned_item(s: Session, code: str, layout: EmbeddedLayout | None
                 ) -> tuple[ProductInfo | None, Decimal]:
    """What a scanned or typed code names, and how many one scan counts (a weighed item's
    label carries its weight); (None, 1) for a code no item has. Counting and receiving
    keep such a code (never refuse it) for a person to match."""
    try:
        scan = parse_scan(code, layout)
    except ValidationError:
        return catalog.find_by_sku(s, code), Decimal(1)
    product = catalog.find_by_gtin(s, scan.lookup_gtin) if scan.lookup_gtin else None
    product = product or catalog.find_by_sku(s, scan.code)
    weight = scan.embedded_weight
    return product, Decimal(str(weight)) if weight is not None else Decimal(1)
