"""Test helpers for orders at the hub: a small store network, stock, order bodies, events.

The network is the seed's: warehouses in Los Angeles and Memphis, a store in
Portland (Oregon) that takes pickups, another in Los Angeles; prices in USD
with sales tax.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from omnipos.domain.quantities import to_milli
from omnipos.hub.admin import channels, stores
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.feed import append_changes
from omnipos.hub.stock import ledger
from omnipos.hub.store.db import HubDB

__all__ = ["NETWORK", "event", "order_body", "seed_network", "set_stock"]

#: code -> (name, kind, lat, lon, handling cost, ship rate per km)
NETWORK: dict[str, tuple[str, str, str, str, int, int]] = {
    "PDX": ("Portland Pearl", "store", "45.5266", "-122.6815", 300, 2),
    "LAX": ("LA Downtown", "store", "34.0407", "-118.2468", 300, 2),
    "WH-LA": ("Los Angeles warehouse", "warehouse", "34.0522", "-118.2437", 500, 2),
    "WH-MEM": ("Memphis warehouse", "warehouse", "35.1495", "-90.0490", 500, 2),
}
PRODUCTS = [("TENT", "Trail tent 2p", 19900), ("LAMP", "Camp lamp", 2500),
            ("MUG", "Enamel mug", 900)]


def seed_network(db: HubDB, *, capacity: Mapping[str, int] | None = None) -> str:
    """The network, its catalog, no stock; returns a channel token for "web"."""
    for code, (name, kind, lat, lon, handling, rate) in NETWORK.items():
        stores.add_store(db, code, name=name, currency="USD", prices="exclusive",
                         taxes=["STD=0.08"], lat=lat, lon=lon,
                         timezone="America/Los_Angeles" if code != "WH-MEM" else
                         "America/Chicago",
                         node=stores.NodeOptions(kind=kind, handling_cost_minor=handling,
                                                 ship_rate_minor_per_km=rate,
                                                 daily_capacity=(capacity or {}).get(code)))
    upsert_lines(db, (CatalogLine(sku, name, (), price, "STD") for sku, name, price in PRODUCTS),
                 "USD")
    _data, token = channels.add_channel(db, "web")
    return token


def set_stock(db: HubDB, levels: Mapping[tuple[str, str], str]) -> None:
    """Absolute on-hand levels, recorded as the deltas that reach them."""
    with db.transaction() as s:
        deltas = []
        for (node, sku), qty in sorted(levels.items()):
            diff = to_milli(qty) - ledger.level_milli(s, node, sku)
            if diff:
                deltas.append(ledger.Delta(f"test-stock-{uuid.uuid4()}", 1, node, sku, diff,
                                           "import"))
        append_changes(s, ledger.record(s, deltas))


def order_body(number: str, lines: list[tuple[str, str]], *, pickup: str | None = None,
               postcode: str | None = None, paid: bool = True,
               address: Mapping[str, Any] | None = None,
               email: str = "ada@example.com") -> dict[str, Any]:
    """A ``POST /v1/orders`` body: a pickup at ``pickup`` or a shipment to ``postcode`` (US)."""
    fulfilment: dict[str, Any]
    if pickup is not None:
        fulfilment = {"type": "pickup", "store": pickup}
    else:
        fulfilment = {"type": "ship", "address": dict(address or {
            "line1": "1 Main St", "city": "Portland", "postcode": postcode or "97201",
            "country": "US"})}
    prices = {sku: price for sku, _n, price in PRODUCTS}
    return {
        "channel_order_id": number, "placed_at": datetime.now(UTC).isoformat(),
        "customer": {"name": "Ada Lovelace", "email": email, "phone": "+1 503 555 0100"},
        "currency": "USD", "paid": paid, "fulfilment": fulfilment,
        "lines": [{"sku": sku, "quantity": qty, "unit_price_minor": prices.get(sku, 100)}
                  for sku, qty in lines],
    }


def event(seq: int, type_: str, payload: dict[str, Any]) -> dict[str, Any]:
    """A pushed event as a till writes it."""
    return {"event_id": str(uuid.uuid4()), "type": type_, "schema_version": 1,
            "device_seq": seq, "occurred_at": datetime.now(UTC).isoformat(), "payload": payload}
