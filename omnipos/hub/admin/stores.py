"""Stores, as an administrator manages them; each change goes on the feed to every till."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select

from omnipos.domain.errors import ValidationError
from omnipos.domain.money import minor_digits
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Store

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
    }


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
) -> dict[str, Any]:
    """Create a store or update its settings; announces it on the feed."""
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
    for label, value in (("lat", lat), ("lon", lon)):
        if value is not None:
            try:
                Decimal(value)
            except InvalidOperation as exc:
                raise ValidationError(f"{label} {value!r} is not a decimal") from exc
    with db.transaction() as s:
        store = s.get(Store, code)
        if store is None:
            store = Store(code=code, created_at=datetime.now(UTC))
            s.add(store)
        store.name, store.currency, store.prices = name, currency, prices
        store.rounding, store.cash_step_minor = rounding, cash_step_minor
        store.tax_rates, store.timezone, store.lat, store.lon = rates, timezone, lat, lon
        s.flush()
        data = store_data(store)
        append_changes(s, [PendingChange("store", code, None, data)])
    return data


def list_stores(db: HubDB) -> list[dict[str, Any]]:
    with db.read() as s:
        return [store_data(st) for st in s.scalars(select(Store).order_by(Store.code))]
