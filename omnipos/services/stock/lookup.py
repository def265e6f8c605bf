"""The stock look-up card: what this store has of an item, what is promised to pickups, what
it may sell, when it was last counted, and what the other stores have (as of when, how far).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db import catalog
from omnipos.db.models.counts import CountArea, CountLine
from omnipos.db.models.pickups import PickupOrder
from omnipos.db.settings import get_setting
from omnipos.db.stock import elsewhere, hub_level, till_level
from omnipos.domain.cart import ProductInfo
from omnipos.domain.errors import NotFoundError, message
from omnipos.domain.pickup import CLOSED, PickupState
from omnipos.domain.routing import Point, distance_km
from omnipos.domain.stock import StockBucket

__all__ = ["OtherStore", "StockCard", "card_of"]

_OPEN = tuple(s.value for s in PickupState if s not in CLOSED)


@dataclass(frozen=True, slots=True)
class OtherStore:
    code: str
    name: str
    available: Decimal
    as_of: datetime
    distance_km: float | None  # None: a store without coordinates


@dataclass(frozen=True, slots=True)
class StockCard:
    product: ProductInfo
    on_hand: Decimal  # sellable, as this till knows it
    held: dict[StockBucket, Decimal]  # damaged, quality control... (not for sale)
    reserved: Decimal  # promised to pickup orders here, not handed over yet
    as_of: datetime | None  # the hub's moment for its level (None: never heard from the hub)
    counted_at: datetime | None  # the last count of it (here or at the hub)
    elsewhere: tuple[OtherStore, ...]  # nearest first

    @property
    def available(self) -> Decimal:
        return self.on_hand - self.reserved


def _reserved(s: Session, sku: str) -> Decimal:
    total = Decimal(0)
    for record in s.scalars(select(PickupOrder.record).where(PickupOrder.state.in_(_OPEN))):
        for line in record.get("lines", []):
            if line.get("sku") == sku:
                total += Decimal(line.get("quantity", "0")) - Decimal(line.get("rejected", "0"))
    return total


def _point(lat: str | None, lon: str | None) -> Point | None:
    try:
        return Point(float(lat), float(lon)) if lat and lon else None
    except ValueError:
        return None


def _last_counted(s: Session, sku: str) -> datetime | None:
    """When this till last counted it in a count it submitted."""
    return s.scalar(select(CountLine.counted_at).join(
        CountArea, (CountArea.session_id == CountLine.session_id)
        & (CountArea.area == CountLine.area)).where(
        CountLine.sku == sku, CountArea.state == "submitted",
        CountLine.counted_at.is_not(None)).order_by(CountLine.counted_at.desc()).limit(1))


def card_of(s: Session, code: str) -> StockCard:
    """The card of the item a SKU or barcode names."""
    product = catalog.find_by_sku(s, code.strip())
    if product is None and code.strip().isdigit():
        product = catalog.find_by_gtin(s, code.strip().zfill(14))
    if product is None:
        raise NotFoundError(message("no item for {code}"), code=code.strip())
    sku = product.sku
    hub = hub_level(s, sku)
    held = {b: till_level(s, sku, b) for b in StockBucket
            if b not in (StockBucket.SELLABLE, StockBucket.RESERVED)}
    counted = [t for t in (hub.counted_at if hub else None, _last_counted(s, sku)) if t]
    here = _point(get_setting(s, "store.lat"), get_setting(s, "store.lon"))
    others = []
    for e in elsewhere(s, sku):
        there = _point(e.lat, e.lon)
        km = distance_km(here, there) if here and there else None
        others.append(OtherStore(e.store, e.name, e.available, e.as_of, km))
    others.sort(key=lambda o: (o.distance_km is None, o.distance_km or 0, o.code))
    return StockCard(product, till_level(s, sku), {b: q for b, q in held.items() if q},
                     _reserved(s, sku), hub.as_of if hub else None,
                     max(counted) if counted else None, tuple(others))
