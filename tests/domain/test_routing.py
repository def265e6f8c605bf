"""Routing as a pure function: the seed's Los Angeles / Memphis case, filters, sorts, pickups."""

from __future__ import annotations

import pytest

from omnipos.domain.errors import ValidationError
from omnipos.domain.routing import (
    DEFAULT_RULES,
    Need,
    Node,
    NodeKind,
    Point,
    Rule,
    SortBy,
    distance_km,
    route,
    route_pickup,
)

LA = Node("WH-LA", NodeKind.WAREHOUSE, Point(34.0522, -118.2437), 500, 2)
MEM = Node("WH-MEM", NodeKind.WAREHOUSE, Point(35.1495, -90.0490), 500, 2)
PORTLAND = Point(45.5152, -122.6784)


def units(n: int) -> int:
    return n * 1000


def test_great_circle_distances_match_known_figures() -> None:
    # Los Angeles - New York is about 3,940 km; a point to itself is 0.
    assert distance_km(Point(34.0522, -118.2437), Point(40.7128, -74.0060)) == pytest.approx(
        3936, rel=0.01)
    assert distance_km(PORTLAND, PORTLAND) == 0


def test_seed_an_oregon_order_goes_to_los_angeles() -> None:
    stock = {("WH-LA", "TENT"): units(5), ("WH-MEM", "TENT"): units(5)}
    decision = route([Need(1, "TENT", units(2))], PORTLAND, [MEM, LA], stock)
    assert decision.nodes() == ["WH-LA"]
    assert decision.rule == DEFAULT_RULES[0].name


def test_seed_los_angeles_out_of_stock_goes_to_memphis() -> None:
    stock = {("WH-LA", "TENT"): 0, ("WH-MEM", "TENT"): units(5)}
    decision = route([Need(1, "TENT", units(2))], PORTLAND, [MEM, LA], stock)
    assert decision.nodes() == ["WH-MEM"]


def test_seed_split_allowed_and_los_angeles_holding_half_uses_both() -> None:
    stock = {("WH-LA", "TENT"): units(2), ("WH-MEM", "TENT"): units(5)}
    decision = route([Need(1, "TENT", units(4))], PORTLAND, [MEM, LA], stock,
                     [Rule("split", split=True)])
    assert [(a.node, a.quantity_milli) for a in decision.allocations] == [
        ("WH-LA", units(2)), ("WH-MEM", units(2))]


def test_without_split_half_stock_everywhere_is_parked_with_reasons() -> None:
    stock = {("WH-LA", "TENT"): units(2), ("WH-MEM", "TENT"): units(2)}
    decision = route([Need(1, "TENT", units(4))], PORTLAND, [MEM, LA], stock,
                     [Rule("whole order")])
    assert not decision.routed and decision.rule is None
    assert decision.reasons == ("whole order: no one node holds enough stock",)


def test_nodes_without_the_stock_still_count_as_passing_the_filters() -> None:
    # Only nodes holding the order's SKUs are sorted; the others still tell the reasons apart.
    empty = Node("WH-EMPTY", NodeKind.WAREHOUSE, Point(45.6, -122.7), 0, 0)
    stock = {("WH-LA", "TENT"): units(5), ("S-1", "TENT"): units(5)}
    need = [Need(1, "TENT", units(1))]
    warehouses = Rule("warehouses", kinds=frozenset({NodeKind.WAREHOUSE}))
    assert route(need, PORTLAND, [empty], stock, [warehouses]).reasons == (
        "warehouses: no one node holds enough stock",)
    stores = Rule("stores", kinds=frozenset({NodeKind.STORE}))
    assert route(need, PORTLAND, [empty], stock, [stores]).reasons == (
        "stores: no node passes the filters",)
    # The empty warehouse is the cheapest and nearest: the stocked one still gets the order.
    decision = route(need, PORTLAND, [empty, LA], stock, [warehouses, Rule("any", split=True)])
    assert decision.nodes() == ["WH-LA"] and decision.rule == "warehouses"


def test_a_line_asking_for_nothing_fills_at_the_first_node_even_without_stock() -> None:
    empty = Node("WH-EMPTY", NodeKind.WAREHOUSE, PORTLAND, 0, 0)
    decision = route([Need(1, "TENT", 0)], PORTLAND, [LA, empty], {("WH-LA", "TENT"): 0})
    assert decision.routed and decision.nodes() == ["WH-EMPTY"]


def test_safety_stock_is_kept_back_at_each_node() -> None:
    stock = {("WH-LA", "TENT"): units(3), ("WH-MEM", "TENT"): units(9)}
    decision = route([Need(1, "TENT", units(2))], PORTLAND, [MEM, LA], stock,
                     [Rule("keep 2", safety_stock_milli=units(2))])
    assert decision.nodes() == ["WH-MEM"]


def test_filters_kind_distance_capacity() -> None:
    store = Node("S-PDX", NodeKind.STORE, Point(45.52, -122.68), 100, 1)
    full = Node("WH-LA", NodeKind.WAREHOUSE, LA.point, 500, 2, capacity_left=0)
    stock = {(n, "TENT"): units(5) for n in ("S-PDX", "WH-LA", "WH-MEM")}
    need = [Need(1, "TENT", units(1))]
    assert route(need, PORTLAND, [store, full, MEM], stock,
                 [Rule("warehouses", kinds=frozenset({NodeKind.WAREHOUSE}))]).nodes() == ["WH-MEM"]
    assert not route(need, PORTLAND, [full, MEM], stock,
                     [Rule("near", max_distance_km=2000)]).routed
    assert route(need, PORTLAND, [full, MEM], stock,
                 [Rule("near, any capacity", max_distance_km=2000,
                       require_capacity=False)]).nodes() == ["WH-LA"]


def test_sorts_cost_nearest_and_most_stock() -> None:
    cheap_far = Node("FAR", NodeKind.WAREHOUSE, MEM.point, 0, 0)
    near_dear = Node("NEAR", NodeKind.WAREHOUSE, LA.point, 10_000, 0)
    stock = {("FAR", "A"): units(9), ("NEAR", "A"): units(3)}
    need = [Need(1, "A", units(1))]
    nodes = [near_dear, cheap_far]
    assert route(need, PORTLAND, nodes, stock, [Rule("c")]).nodes() == ["FAR"]
    assert route(need, PORTLAND, nodes, stock, [Rule("n", sort=SortBy.NEAREST)]).nodes() == ["NEAR"]
    assert route(need, PORTLAND, nodes, stock,
                 [Rule("m", sort=SortBy.MOST_STOCK)]).nodes() == ["FAR"]


def test_one_sku_on_two_lines_counts_both_lines() -> None:
    stock = {("WH-LA", "A"): units(3), ("WH-MEM", "A"): units(4)}
    decision = route([Need(1, "A", units(2)), Need(2, "A", units(2))], PORTLAND, [LA, MEM], stock,
                     [Rule("whole")])
    assert decision.nodes() == ["WH-MEM"]


def test_pickup_at_a_store_that_holds_it_stays_there() -> None:
    store = Node("S1", NodeKind.STORE, Point(45.5, -122.6))
    stock = {("S1", "A"): units(2), ("WH-LA", "A"): units(9)}
    decision = route_pickup([Need(1, "A", units(2))], store, [store, LA], stock)
    assert decision.nodes() == ["S1"]


def test_pickup_the_store_cannot_fill_ships_the_shortfall_to_it() -> None:
    store = Node("S1", NodeKind.STORE, Point(45.5, -122.6))
    stock = {("S1", "A"): units(1), ("WH-LA", "A"): units(9), ("WH-MEM", "A"): units(9)}
    decision = route_pickup([Need(1, "A", units(3))], store, [store, LA, MEM], stock)
    assert [(a.node, a.quantity_milli) for a in decision.allocations] == [
        ("S1", units(1)), ("WH-LA", units(2))]


def test_rules_read_from_json_with_clear_errors() -> None:
    rule = Rule.from_dict({"name": "w", "kinds": ["warehouse"], "max_distance_km": 800,
                           "safety_stock": "2", "sort": "nearest", "split": True})
    assert rule == Rule("w", frozenset({NodeKind.WAREHOUSE}), 800.0, True, 2000, SortBy.NEAREST,
                        True)
    assert Rule.from_dict(rule.to_dict()) == rule
    for bad in ({"name": "x", "sort": "cheapest"}, {"name": "x", "kinds": ["shop"]},
                {"sort": "cost"}, {"name": "x", "colour": "red"},
                {"name": "x", "safety_stock": "-1"}, {"name": "x", "split": "yes"}):
        with pytest.raises(ValidationError):
            Rule.from_dict(bad)
