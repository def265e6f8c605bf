"""Available to promise per node: on hand - reserved - safety stock (``GET /v1/stock/{sku}``)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from omnipos.domain.quantities import from_milli
from omnipos.domain.routing import NodeKind
from omnipos.hub.orders.rules import load_rules, safety_at
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import StockLevel, Store


def available_to_promise(db: HubDB, sku: str) -> dict[str, Any]:
    """Every node with a level for ``sku``: what a web shop may promise from it."""
    with db.read() as s:
        rules = load_rules(s)
        rows = s.execute(select(Store.code, Store.name, Store.kind, Store.pickup,
                                StockLevel.level_milli, StockLevel.reserved_milli)
                         .join(StockLevel, StockLevel.store_code == Store.code)
                         .where(StockLevel.sku == sku).order_by(Store.code)).all()
    nodes = []
    for code, name, kind, pickup, level, reserved in rows:
        atp = max(0, int(level) - int(reserved) - safety_at(rules, NodeKind(kind)))
        nodes.append({"node": code, "name": name, "kind": kind, "pickup": bool(pickup),
                      "on_hand": from_milli(int(level)), "reserved": from_milli(int(reserved)),
                      "available": from_milli(atp)})
    return {"sku": sku, "nodes": nodes}
