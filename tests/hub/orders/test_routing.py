"""Routing at the hub: the seed's case end to end (postcodes from a GeoNames file), rules from a
file, ship-to-store, capacity, and a parked order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from omnipos.domain.errors import ValidationError
from omnipos.hub import geo
from omnipos.hub.orders import rules
from tests.support.orders import order_body, set_stock

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "geonames_us_sample.txt"


@pytest.fixture
def postcodes(hub):  # type: ignore[no-untyped-def]
    report = geo.import_geonames(hub, SAMPLE)
    assert report.imported == 12 and report.errors == []
    return hub


def _nodes(shop, number: str, lines, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    r = shop.post(order_body(number, lines, **kw))
    assert r.status_code == 201, r.text
    return r.json()["nodes"]


def test_seed_oregon_goes_to_los_angeles_then_memphis_when_la_is_out(shop, postcodes) -> None:
    set_stock(postcodes, {("WH-LA", "TENT"): "1", ("WH-MEM", "TENT"): "9"})
    assert _nodes(shop, "S-1", [("TENT", "1")], postcode="97201") == ["WH-LA"]
    # Los Angeles has nothing left: Memphis.
    assert _nodes(shop, "S-2", [("TENT", "1")], postcode="97301") == ["WH-MEM"]


def test_seed_split_allowed_and_la_holding_half_uses_both(shop, postcodes, tmp_path) -> None:
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [
        {"name": "warehouses, split", "kinds": ["warehouse"], "split": True}]}))
    assert rules.set_rules(postcodes, path)[0]["split"] is True
    set_stock(postcodes, {("WH-LA", "TENT"): "2", ("WH-MEM", "TENT"): "9",
                          ("LAX", "TENT"): "9"})
    r = shop.post(order_body("S-3", [("TENT", "4")], postcode="97401"))
    order = shop.get(r.json()["order_id"]).json()
    assert sorted((f["node"], f["lines"][0]["quantity"]) for f in order["fulfilments"]) == [
        ("WH-LA", "2"), ("WH-MEM", "2")]


def test_a_postcode_not_in_the_table_parks_the_order_with_the_reason(shop, postcodes,
                                                                     tmp_path) -> None:
    set_stock(postcodes, {("WH-LA", "TENT"): "5"})
    path = tmp_path / "rules.json"
    path.write_text(json.dumps({"rules": [{"name": "near", "max_distance_km": 2000}]}))
    rules.set_rules(postcodes, path)
    r = shop.post(order_body("S-4", [("TENT", "1")], postcode="99999"))
    assert r.json()["state"] == "unrouted"
    what = shop.get(r.json()["order_id"]).json()["history"][-1]["what"]
    assert "near: no node passes the filters" in what and "99999" in what


def test_a_pickup_the_store_cannot_fill_ships_to_it_and_waits(shop, hub) -> None:
    set_stock(hub, {("PDX", "TENT"): "1", ("WH-LA", "TENT"): "5", ("WH-MEM", "TENT"): "5"})
    r = shop.post(order_body("S-5", [("TENT", "3")], pickup="PDX"))
    assert r.json()["nodes"] == ["PDX", "WH-LA"]
    order = shop.get(r.json()["order_id"]).json()
    pickup, transfer = order["fulfilments"][0], order["fulfilments"][1]
    assert (pickup["kind"], pickup["lines"][0]["quantity"], pickup["lines"][0]["incoming"]) == (
        "pickup", "1", "2")
    assert (transfer["kind"], transfer["node"], transfer["feeds"]) == (
        "transfer", "WH-LA", pickup["pickup_id"])
    assert sorted((r["node"], r["quantity"]) for r in order["reservations"]) == [
        ("PDX", "1"), ("WH-LA", "2")]


def test_daily_capacity_sends_orders_elsewhere_once_full(shop, hub) -> None:
    from omnipos.hub.admin import stores

    stores.add_store(hub, "WH-LA", name="LA", currency="USD", prices="exclusive",
                     taxes=["STD=0.08"], lat="34.05", lon="-118.24",
                     node=stores.NodeOptions(daily_capacity=1))
    set_stock(hub, {("WH-LA", "MUG"): "9", ("WH-MEM", "MUG"): "9"})
    address = {"line1": "1 A St", "city": "Portland", "postcode": "97201", "country": "US",
               "lat": 45.5, "lon": -122.6}
    assert _nodes(shop, "C-1", [("MUG", "1")], address=address) == ["WH-LA"]
    assert _nodes(shop, "C-2", [("MUG", "1")], address=address) == ["WH-MEM"]


def test_rules_files_are_checked_whole(hub, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"rules": [{"name": "ok"}, {"name": "bad", "sort": "cheap"}]}))
    with pytest.raises(ValidationError, match="bad"):
        rules.set_rules(hub, bad)
    assert [r["name"] for r in rules.show_rules(hub)] == ["one node, lowest cost",
                                                         "split, lowest cost"]
    bad.write_text("not json")
    with pytest.raises(ValidationError, match="not a JSON file"):
        rules.set_rules(hub, bad)


def test_geonames_import_keeps_good_lines_and_lists_bad_ones(hub, tmp_path) -> None:
    path = tmp_path / "XX.txt"
    path.write_text("US\t97201\tPortland\tOregon\tOR\t\t\t\t\t45.5\t-122.6\t4\n"
                    "US\t97202\tPortland\n"
                    "US\t97203\tPortland\tOregon\tOR\t\t\t\t\t95.0\t-122.6\t4\n")
    report = geo.import_geonames(hub, path)
    assert report.imported == 1 and len(report.errors) == 2
    assert report.errors[0].startswith("line 2:") and "off the globe" in report.errors[1]
    with hub.read() as s:
        assert geo.locate(s, "us", "97201-1234") is not None
        assert geo.locate(s, "US", "97203") is None
