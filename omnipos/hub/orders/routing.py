"""Routing at the hub: snapshots in, the pure decision, reservations out.

``route_and_reserve`` reads the nodes (with capacity left today) and the
available stock of the order's SKUs, asks ``domain.routing`` for a decision
and reserves every allocation. A reservation that loses a race (another order
took the stock since the snapshot) rolls back this attempt's reservations to
a savepoint and routes again from a fresh snapshot, so the loser goes to the
next node or is parked, never oversold.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.domain.routing import (
    Allocation,
    Decision,
    Need,
    Node,
    NodeKind,
    Point,
    route,
    route_pickup,
)
from omnipos.hub.orders.rules import load_rules
from omnipos.hub.stock import reservations
from omnipos.hub.store.models import Fulfilment, Store

log = logging.getLogger(__name__)

#: Routing again after a lost race; each try sees the stock the winners took.
MAX_TRIES = 5


def _point(lat: str | None, lon: str | None) -> Point | None:
    return None if lat is None or lon is None else Point(float(lat), float(lon))


def local_day(store: Store, now: datetime) -> str:
    return _day(store.timezone, now)


def _day(tz: str, now: datetime) -> str:
    return now.astimezone(ZoneInfo(tz)).date().isoformat()


_NODE_COLUMNS = tuple(Store.__table__.c[name] for name in (
    "code", "kind", "lat", "lon", "handling_cost_minor", "ship_rate_minor_per_km",
    "daily_capacity", "pickup", "timezone"))
_NODE_QUERY = select(*_NODE_COLUMNS).order_by(Store.__table__.c.code)

#: Nodes built from rows already seen, by (row, capacity left). Routing runs for every order
#: (DESIGN.md: 20 ms p99) and building 200 nodes from their rows was most of its time; the
#: rows still come from the database each time, so an edited store is a new key.
_BUILT: dict[tuple[Any, ...], Node] = {}
_BUILT_MAX = 20_000  # cleared when full: stores edited many times, or capacities used up


def _node(row: Sequence[Any], capacity_left: int | None) -> Node:
    key = (*row, capacity_left)
    node = _BUILT.get(key)
    if node is None:
        if len(_BUILT) >= _BUILT_MAX:
            _BUILT.clear()
        code, kind, lat, lon, handling, rate, _capacity, pickup, _tz = row
        node = _BUILT[key] = Node(code, NodeKind(kind), _point(lat, lon), handling, rate,
                                  capacity_left, pickup)
    return node


def load_nodes(session: Session, now: datetime) -> list[Node]:
    """Every store and warehouse, with the capacity it has left on its local today."""
    # Core columns, not ORM ones: the plain rows skip the ORM's execution path.
    rows = session.execute(_NODE_QUERY).all()
    used: dict[str, int] = {}
    limited = {r.code: _day(r.timezone, now) for r in rows if r.daily_capacity is not None}
    for day in set(limited.values()):
        counts = session.execute(
            select(Fulfilment.node_code, func.count()).where(
                Fulfilment.routed_on == day, Fulfilment.node_code.in_(
                    [c for c, d in limited.items() if d == day]))
            .group_by(Fulfilment.node_code)).all()
        used.update({code: int(n) for code, n in counts})
    return [_node(r, None if r.daily_capacity is None
                  else r.daily_capacity - used.get(r.code, 0)) for r in rows]


@dataclass(frozen=True)
class Routed:
    decision: Decision
    #: The fulfilment each node's allocations belong to (their reservations name it).
    fulfilments: Mapping[str, str] | None = None


def route_and_reserve(session: Session, needs: Sequence[Need], now: datetime, *,
                      pickup_store: str | None = None, destination: Point | None = None,
                      exclude: frozenset[str] = frozenset(),
                      known: Mapping[str, str] | None = None) -> Routed:
    """Route ``needs`` and reserve them; an unrouted decision reserves nothing.

    ``pickup_store``: a pickup there (its own stock first, the shortfall shipped
    to it); else a shipment to ``destination``. ``exclude``: nodes not to use
    (one that just rejected these lines). ``known``: fulfilment ids already
    chosen for some nodes; the others get new ones.
    """
    rules = load_rules(session)
    skus = [n.sku for n in needs]
    for attempt in range(1, MAX_TRIES + 1):
        nodes = [n for n in load_nodes(session, now) if n.code not in exclude]
        available = reservations.available(session, skus)
        store = next((n for n in nodes if n.code == pickup_store), None)
        if store is not None:
            decision = route_pickup(needs, store, nodes, available, rules)
        else:
            decision = route(needs, destination, nodes, available, rules)
        if not decision.routed:
            return Routed(decision)
        ids = {node: (known or {}).get(node) or str(uuid.uuid4()) for node in decision.nodes()}
        savepoint = session.begin_nested()
        if all(_reserve(session, a, ids[a.node]) for a in decision.allocations):
            savepoint.commit()
            return Routed(decision, ids)
        savepoint.rollback()
        log.info("routing lost a race for stock (try %d of %d); routing again", attempt,
                 MAX_TRIES)
    return Routed(Decision((), None, tuple(needs), ("stock kept changing while routing",)))


def _reserve(session: Session, a: Allocation, fulfilment_id: str) -> bool:
    return reservations.reserve(session, a.node, a.sku, a.quantity_milli,
                                fulfilment_id=fulfilment_id, line_no=a.line_no,
                                safety_milli=a.safety_milli) is not None
