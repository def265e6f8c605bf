"""Stores and warehouses, as an administrator manages them; each change goes on the feed.

Every store is also a node orders are routed to (``kind`` store or warehouse,
coordinates, handling cost, shipping rate per km, daily capacity, whether
customers may collect there) with its no-show policy for pickups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from omnipos.domain.errors import ValidationError
from omnipos.domain.money import minor_digits
from omnipos.domain.opening_hours import DEFAULT_HOURS, OpeningHours
from omnipos.domain.pickup import NoShowPolicy
from omnipos.domain.routing import NodeKind
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Store
from omnipos.sync.wire import STORE_DIRECTORY_KIND, STORE_KIND

_STORE_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")


def parse_tax(spec: str) -> tuple[str, str]:
    """``"STD=0.0825"`` -> ``("STD", "0.0825")``; the rate is a decimal fraction 0..1."""
    cls, sep, rate = spec.partition("=")
    cls = cls.strip()
    if not sep or not cls or len(cls) > 40:
        raise ValidationError(f"tax {spec!r}: write CLASS=RATE, e.g. STD=0.0825")
    try:
        value = Decimal(rate.strip())
    except InvalidOperation as exc:
        raise ValidationError(f"tax {spec!r}: rate {rate!r} is not a decimal") from exc
    if not value.is_finite() or value < 0 or value >= 1:
        raise ValidationError(f"tax {spec!r}: rate must be a fraction from 0 to below 1")
    return cls, rate.strip()


def directory_data(store: Store) -> dict[str, Any]:
    """What every till learns of a store: what a look-up needs to send a customer there."""
    return {
        "code": store.code,
        "name": store.name,
        "address": store.address,
        "lat": store.lat,
        "lon": store.lon,
        "opening_hours": store.opening_hours,
        "timezone": store.timezone,
    }


def feed_changes(store: Store) -> list[PendingChange]:
    """A store's changes on the feed: its full record (taxes, prices, policy) to its own
    tills only, and its directory record to every till."""
    return [
        PendingChange(STORE_KIND, store.code, store.code, store_data(store)),
        PendingChange(STORE_DIRECTORY_KIND, store.code, None, directory_data(store)),
    ]


def store_data(store: Store) -> dict[str, Any]:
    return {
        "code": store.code,
        "name": store.name,
        "currency": store.currency,
        "prices": store.prices,
        "rounding": store.rounding,
        "cash_step_minor": store.cash_step_minor,
        "tax_rates": dict(store.tax_rates),
        "timezone": store.timezone,
        "lat": store.lat,
        "lon": store.lon,
        "address": store.address,
        "kind": store.kind,
        "handling_cost_minor": store.handling_cost_minor,
        "ship_rate_minor_per_km": store.ship_rate_minor_per_km,
        "daily_capacity": store.daily_capacity,
        "pickup": store.pickup,
        "opening_hours": store.opening_hours,
        "no_show": {"first_reminder_hours": store.first_reminder_hours,
                    "second_reminder_hours": store.second_reminder_hours,
                    "cancel_after_days": store.cancel_after_days},
    }


@dataclass(frozen=True)
class NodeOptions:
    """A store's routing and no-show settings; None keeps what the store has (or the default)."""

    kind: str | None = None
    handling_cost_minor: int | None = None
    ship_rate_minor_per_km: int | None = None
    daily_capacity: int | None = None  # 0 on the command line: no limit
    pickup: bool | None = None
    opening_hours: str | None = None
    first_reminder_hours: int | None = None
    second_reminder_hours: int | None = None
    cancel_after_days: int | None = None

    def apply(self, store: Store) -> None:
        if self.kind is not None:
            try:
                store.kind = NodeKind(self.kind).value
            except ValueError as exc:
                raise ValidationError("kind must be 'store' or 'warehouse'") from exc
        for label, value in (("handling cost", self.handling_cost_minor),
                             ("shipping rate", self.ship_rate_minor_per_km),
                             ("daily capacity", self.daily_capacity)):
            if value is not None and value < 0:
                raise ValidationError(f"{label} must not be negative")
        if self.handling_cost_minor is not None:
            store.handling_cost_minor = self.handling_cost_minor
        if self.ship_rate_minor_per_km is not None:
            store.ship_rate_minor_per_km = self.ship_rate_minor_per_km
        if self.daily_capacity is not None:
            store.daily_capacity = self.daily_capacity or None
        if self.pickup is not None:
            store.pickup = self.pickup
        if self.opening_hours is not None:
            OpeningHours.parse(self.opening_hours)
            store.opening_hours = self.opening_hours.strip()

        def given(value: int | None, current: int) -> int:
            return current if value is None else value

        policy = NoShowPolicy(
            given(self.first_reminder_hours, store.first_reminder_hours),
            given(self.second_reminder_hours, store.second_reminder_hours),
            given(self.cancel_after_days, store.cancel_after_days),
        )
        store.first_reminder_hours = policy.first_reminder_hours
        store.second_reminder_hours = policy.second_reminder_hours
        store.cancel_after_days = policy.cancel_after_days
        if self.kind == NodeKind.WAREHOUSE.value and self.pickup is None:
            store.pickup = False  # customers do not collect at a warehouse unless told so


def add_store(
    db: HubDB,
    code: str,
    *,
    name: str,
    currency: str,
    prices: str,
    taxes: list[str],
    rounding: str = "line",
    cash_step_minor: int = 0,
    lat: str | None = None,
    lon: str | None = None,
    timezone: str = "UTC",
    node: NodeOptions | None = None,
    address: str | None = None,
) -> dict[str, Any]:
    """Create a store or update its settings (``address`` None keeps the one it has);
    announces it on the feed."""
    if not _STORE_CODE.match(code):
        raise ValidationError(f"store code {code!r}: 1-20 letters, digits, '_' or '-'")
    currency = currency.upper()
    minor_digits(currency)
    if prices not in ("exclusive", "inclusive"):
        raise ValidationError("prices must be 'exclusive' or 'inclusive'")
    if rounding not in ("line", "document"):
        raise ValidationError("rounding must be 'line' or 'document'")
    rates = dict(parse_tax(t) for t in taxes)
    if not rates:
        raise ValidationError("give at least one --tax CLASS=RATE")
    for label, value, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if value is not None:
            try:
                number = Decimal(value)
            except InvalidOperation as exc:
                raise ValidationError(f"{label} {value!r} is not a decimal") from exc
            if not number.is_finite() or abs(number) > limit:
                raise ValidationError(f"{label} {value!r} must lie within -{limit}..{limit}")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(f"time zone {timezone!r} is not known (e.g. America/New_York)"
                              ) from exc
    with db.transaction() as s:
        store = s.get(Store, code)
        if store is None:
            policy = NoShowPolicy()
            store = Store(code=code, created_at=datetime.now(UTC), kind=NodeKind.STORE.value,
                          handling_cost_minor=0, ship_rate_minor_per_km=0, pickup=True,
                          opening_hours=DEFAULT_HOURS,
                          first_reminder_hours=policy.first_reminder_hours,
                          second_reminder_hours=policy.second_reminder_hours,
                          cancel_after_days=policy.cancel_after_days)
            s.add(store)
        (node or NodeOptions()).apply(store)
        store.name, store.currency, store.prices = name, currency, prices
        store.rounding, store.cash_step_minor = rounding, cash_step_minor
        store.tax_rates, store.timezone, store.lat, store.lon = rates, timezone, lat, lon
        if address is not None:
            store.address = " ".join(address.split())[:200]
        elif store.address is None:
            store.address = ""
        s.flush()
        data = store_data(store)
        append_changes(s, feed_changes(store))
    return data


def list_stores(db: HubDB) -> list[dict[str, Any]]:
    with db.read() as s:
        return [store_data(st) for st in s.scalars(select(Store).order_by(Store.code))]
