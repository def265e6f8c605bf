"""Order routing (distributed order management): which node fills which line.

Rules run in order (the HotWax model). Each rule filters the nodes (kind,
maximum distance, capacity left today, safety stock), sorts them (lowest
cost = handling + distance x rate, nearest, most stock) and says whether an
order may be split across nodes. The first rule that fills the whole order
decides; when none does, the order is parked for a person. Everything here is
a pure function of snapshots the caller reads (nodes, available stock), so the
hub can re-run it when a reservation loses a race.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from omnipos.domain.errors import ValidationError, message
from omnipos.domain.quantities import QuantityError, from_milli, to_milli

__all__ = [
    "DEFAULT_RULES",
    "Allocation",
    "Decision",
    "Need",
    "Node",
    "NodeKind",
    "Point",
    "Rule",
    "SortBy",
    "distance_km",
    "route",
    "route_pickup",
]

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


class NodeKind(StrEnum):
    STORE = "store"
    WAREHOUSE = "warehouse"


class SortBy(StrEnum):
    COST = "cost"  # handling + distance x shipping rate
    NEAREST = "nearest"
    MOST_STOCK = "most_stock"


@dataclass(frozen=True, slots=True)
class Point:
    lat: float
    lon: float


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine) in kilometres."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


@dataclass(frozen=True, slots=True)
class Node:
    """A store or warehouse as routing sees it."""

    code: str
    kind: NodeKind
    point: Point | None
    handling_cost_minor: int = 0
    ship_rate_minor_per_km: int = 0
    capacity_left: int | None = None  # fulfilments it can still take today; None: no limit
    pickup: bool = True


@dataclass(frozen=True, slots=True)
class Need:
    line_no: int
    sku: str
    quantity_milli: int


@dataclass(frozen=True, slots=True)
class Allocation:
    node: str
    line_no: int
    sku: str
    quantity_milli: int
    # The safety stock the rule kept at the node: reserving must still leave it there.
    safety_milli: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    kinds: frozenset[NodeKind] = frozenset()  # empty: any kind
    max_distance_km: float | None = None
    require_capacity: bool = True  # only nodes with capacity left today
    safety_stock_milli: int = 0  # kept back at each node for walk-in customers
    sort: SortBy = SortBy.COST
    split: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Rule:
        """A rule from its JSON form (see ``to_dict``); clear errors for bad fields."""
        known = {"name", "kinds", "max_distance_km", "require_capacity", "safety_stock",
                 "sort", "split"}
        name = str(data.get("name") or "").strip()
        if not name:
            raise ValidationError(message("a routing rule needs a name"))
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValidationError(message("rule {name!r}: unknown field(s) {fields}"), name=name,
                                  fields=", ".join(unknown))
        try:
            kinds = frozenset(NodeKind(k) for k in data.get("kinds") or ())
            sort = SortBy(data.get("sort", SortBy.COST.value))
        except ValueError as exc:
            raise ValidationError(message("rule {name!r}: {reason} (kinds: store, warehouse; "
                                          "sort: cost, nearest, most_stock)"),
                                  name=name, reason=exc) from exc
        distance = data.get("max_distance_km")
        try:
            safety = to_milli(str(data.get("safety_stock", "0")))
            far = None if distance is None else float(distance)
        except (QuantityError, ValueError, TypeError) as exc:
            raise ValidationError(message("rule {name!r}: {reason}"), name=name,
                                  reason=exc) from exc
        if safety < 0 or (far is not None and not far > 0):
            raise ValidationError(message("rule {name!r}: safety stock and distance must be "
                                          "positive"), name=name)
        for flag in ("split", "require_capacity"):
            if not isinstance(data.get(flag, False), bool):
                raise ValidationError(message("rule {name!r}: {flag} must be true or false"),
                                      name=name, flag=flag)
        return cls(name, kinds, far, bool(data.get("require_capacity", True)), safety, sort,
                   bool(data.get("split", False)))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kinds": sorted(k.value for k in self.kinds),
                "max_distance_km": self.max_distance_km,
                "require_capacity": self.require_capacity,
                "safety_stock": from_milli(self.safety_stock_milli), "sort": self.sort.value,
                "split": self.split}


#: Used when an administrator has set none: one node if any can, else split.
DEFAULT_RULES = (
    Rule("one node, lowest cost"),
    Rule("split, lowest cost", split=True),
)


@dataclass(frozen=True)
class Decision:
    allocations: tuple[Allocation, ...]
    rule: str | None  # the rule that filled the order; None: parked
    unfilled: tuple[Need, ...] = ()
    #: Why each rule tried did not fill the order, for the person who routes it by hand.
    reasons: tuple[str, ...] = field(default=())

    @property
    def routed(self) -> bool:
        return not self.unfilled

    def nodes(self) -> list[str]:
        return list(dict.fromkeys(a.node for a in self.allocations))


def _cost(node: Node, distance: float | None) -> int:
    """Handling + distance x rate in minor units: whole metres times the rate, rounded half up
    to the minor unit in integers (money never passes through a float)."""
    if distance is None:
        return node.handling_cost_minor
    metres = int(distance * 1000 + 0.5)
    return node.handling_cost_minor + (node.ship_rate_minor_per_km * metres + 500) // 1000


def _distance_to(dest: Point | None) -> Callable[[Node], float | None]:
    """A node's distance to ``dest``, worked out the first time a rule asks, once per order."""
    known: dict[str, float | None] = {}

    def far(node: Node) -> float | None:
        if node.code not in known:
            known[node.code] = distance_km(node.point, dest) if node.point and dest else None
        return known[node.code]

    return far


def _candidates(rule: Rule, nodes: Sequence[Node], far: Callable[[Node], float | None],
                available: Mapping[tuple[str, str], int], needs: Sequence[Need],
                holders: Set[str] | None) -> tuple[bool, list[Node]]:
    """Whether any node passes the rule's filters, and those of them in ``holders`` (None:
    all) sorted by the rule."""
    passed = False
    chosen: list[tuple[tuple[Any, ...], Node]] = []
    for node in nodes:
        if rule.kinds and node.kind not in rule.kinds:
            continue
        if rule.require_capacity and node.capacity_left is not None and node.capacity_left <= 0:
            continue
        if rule.max_distance_km is not None:
            distance = far(node)
            if distance is None or distance > rule.max_distance_km:
                continue
        passed = True
        if holders is not None and node.code not in holders:
            continue
        if rule.sort is SortBy.COST:
            distance = far(node)
            key: tuple[Any, ...] = (_cost(node, distance), distance is None, distance or 0.0)
        elif rule.sort is SortBy.NEAREST:
            distance = far(node)
            key = (distance is None, distance or 0.0, node.handling_cost_minor)
        else:
            held = [max(0, available.get((node.code, n.sku), 0) - rule.safety_stock_milli)
                    for n in needs]
            key = (-sum(min(h, n.quantity_milli) for h, n in zip(held, needs, strict=True)),
                   -sum(held))
        chosen.append(((*key, node.code), node))
    chosen.sort(key=lambda item: item[0])
    return passed, [node for _, node in chosen]


def _holders(needs: Sequence[Need], available: Mapping[tuple[str, str], int]) -> set[str] | None:
    """The nodes with a stock figure for a SKU of the order: no other node can fill any of it,
    so only these are sorted (a few dozen of 200 nodes for an order of a few SKUs). None when
    a line asks for nothing, which any node could fill."""
    if any(n.quantity_milli <= 0 for n in needs):
        return None
    wanted = {n.sku for n in needs}
    return {node for node, sku in available if sku in wanted}


def _fill(rule: Rule, nodes: list[Node], available: Mapping[tuple[str, str], int],
          needs: Sequence[Need]) -> tuple[list[Allocation], list[Need]]:
    def free(node: str, sku: str, used: Mapping[tuple[str, str], int]) -> int:
        return available.get((node, sku), 0) - rule.safety_stock_milli - used.get((node, sku), 0)

    if not rule.split:
        for node in nodes:
            used: dict[tuple[str, str], int] = {}
            fits = True
            for n in needs:  # one SKU may appear on two lines: count what earlier lines took
                if free(node.code, n.sku, used) < n.quantity_milli:
                    fits = False
                    break
                used[(node.code, n.sku)] = used.get((node.code, n.sku), 0) + n.quantity_milli
            if fits:
                return [Allocation(node.code, n.line_no, n.sku, n.quantity_milli,
                                   rule.safety_stock_milli) for n in needs], []
        return [], list(needs)
    allocations: list[Allocation] = []
    taken: dict[tuple[str, str], int] = {}
    left = {n.line_no: n.quantity_milli for n in needs}
    for node in nodes:
        for n in needs:
            want = left[n.line_no]
            have = free(node.code, n.sku, taken)
            if want <= 0 or have <= 0:
                continue
            take = min(want, have)
            allocations.append(Allocation(node.code, n.line_no, n.sku, take,
                                          rule.safety_stock_milli))
            taken[(node.code, n.sku)] = taken.get((node.code, n.sku), 0) + take
            left[n.line_no] -= take
        if not any(left.values()):
            return allocations, []
    return [], list(needs)


def route(needs: Sequence[Need], destination: Point | None, nodes: Sequence[Node],
          available: Mapping[tuple[str, str], int], rules: Sequence[Rule] = DEFAULT_RULES,
          ) -> Decision:
    """Fill ``needs`` under the first rule that can; ``available``: (node, sku) -> milli.

    ``available`` is on hand less reserved; each rule takes its own safety stock off.
    """
    reasons: list[str] = []
    far = _distance_to(destination)  # shared by every rule
    holders = _holders(needs, available)
    for rule in rules:
        passed, nodes_ok = _candidates(rule, nodes, far, available, needs, holders)
        if not passed:
            reasons.append(f"{rule.name}: no node passes the filters")
            continue
        allocations, unfilled = _fill(rule, nodes_ok, available, needs)
        if not unfilled:
            return Decision(tuple(allocations), rule.name, (), tuple(reasons))
        reasons.append(f"{rule.name}: " + ("the nodes together hold too little stock"
                                           if rule.split else "no one node holds enough stock"))
    return Decision((), None, tuple(needs), tuple(reasons))


def route_pickup(needs: Sequence[Need], store: Node, nodes: Sequence[Node],
                 available: Mapping[tuple[str, str], int],
                 rules: Sequence[Rule] = DEFAULT_RULES) -> Decision:
    """A pickup at ``store``: what the store holds stays there, the rest ships to it.

    The store keeps the safety stock of the first rule that admits it. The
    shortfall is routed by the rules to the store's coordinates, never from
    the store itself: those allocations are transfers (ship-to-store).
    """
    safety = next((r.safety_stock_milli for r in rules
                   if not r.kinds or NodeKind.STORE in r.kinds), 0)
    local: list[Allocation] = []
    short: list[Need] = []
    used: dict[str, int] = {}
    for n in needs:
        have = max(0, available.get((store.code, n.sku), 0) - safety - used.get(n.sku, 0))
        take = min(have, n.quantity_milli)
        if take:
            local.append(Allocation(store.code, n.line_no, n.sku, take, safety))
            used[n.sku] = used.get(n.sku, 0) + take
        if take < n.quantity_milli:
            short.append(Need(n.line_no, n.sku, n.quantity_milli - take))
    if not short:
        return Decision(tuple(local), "the pickup store itself")
    others = [node for node in nodes if node.code != store.code]
    rest = route(short, store.point, others, available, rules)
    if not rest.routed:
        return Decision((), None, tuple(needs), rest.reasons)
    return Decision((*local, *rest.allocations), rest.rule, (), rest.reasons)
