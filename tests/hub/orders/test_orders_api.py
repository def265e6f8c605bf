"""The channel API: posting orders (idempotent), reading and cancelling them, stock to promise."""

from __future__ import annotations

from omnipos.hub.orders.intake import route_by_hand
from omnipos.hub.stock import levels
from tests.support.orders import order_body, set_stock


def test_a_pickup_order_is_routed_to_the_store_and_reserved_there(shop, hub) -> None:
    set_stock(hub, {("PDX", "TENT"): "3", ("PDX", "MUG"): "10"})
    r = shop.post(order_body("W-1", [("TENT", "1"), ("MUG", "2")], pickup="PDX"))
    assert r.status_code == 201, r.text
    answer = r.json()
    assert answer["state"] == "routed" and answer["nodes"] == ["PDX"]
    assert len(answer["pickup_code"]) == 8
    order = shop.get(answer["order_id"]).json()
    # 199.00 + 2 x 9.00 = 217.00, 8 % sales tax = 17.36, priced with PDX's rules.
    assert (order["subtotal_minor"], order["tax_minor"], order["total_minor"]) == (
        21700, 1736, 23436)
    assert [(r["sku"], r["quantity"], r["state"]) for r in order["reservations"]] == [
        ("TENT", "1", "open"), ("MUG", "2", "open")]
    assert order["lines"][0]["nodes"][0]["node"] == "PDX"
    assert order["history"][0]["what"] == "placed"
    stock = shop.client.get("/v1/stock/TENT", headers=shop.headers).json()
    pdx = next(n for n in stock["nodes"] if n["node"] == "PDX")
    assert (pdx["on_hand"], pdx["reserved"], pdx["available"]) == ("3", "1", "2")
    assert levels.show(hub, "TENT") == {"PDX": "3"}  # reserving moves no stock


def test_the_same_body_again_is_the_same_order_another_body_is_409(shop, hub) -> None:
    set_stock(hub, {("PDX", "TENT"): "3"})
    body = order_body("W-2", [("TENT", "1")], pickup="PDX")
    first = shop.post(body)
    again = shop.post(body)
    assert first.status_code == 201 and again.status_code == 200
    assert again.json()["order_id"] == first.json()["order_id"]
    other = shop.post({**body, "lines": [{"sku": "TENT", "quantity": "2",
                                          "unit_price_minor": 19900}]})
    assert other.status_code == 409 and first.json()["order_id"] in other.json()["detail"]
    stock = shop.client.get("/v1/stock/TENT", headers=shop.headers).json()
    assert next(n for n in stock["nodes"] if n["node"] == "PDX")["reserved"] == "1"


def test_bad_orders_are_refused_with_the_field(shop) -> None:
    unknown = shop.post(order_body("W-3", [("NOPE", "1")], pickup="PDX"))
    assert unknown.status_code == 422 and unknown.json()["detail"][0]["field"] == "body.lines.0.sku"
    warehouse = shop.post(order_body("W-4", [("TENT", "1")], pickup="WH-LA"))
    assert warehouse.status_code == 422 and "does not take pickups" in warehouse.text
    zero = shop.post(order_body("W-5", [("TENT", "0")], pickup="PDX"))
    assert zero.status_code == 422
    assert shop.client.post("/v1/orders", json={}).status_code == 401
    assert shop.get("00000000-0000-0000-0000-000000000000").status_code == 404


def test_cancel_releases_the_reservation_once(shop, hub) -> None:
    set_stock(hub, {("PDX", "TENT"): "1"})
    order_id = shop.post(order_body("W-6", [("TENT", "1")], pickup="PDX")).json()["order_id"]
    assert shop.cancel(order_id, "changed my mind").json()["state"] == "cancelled"
    again = shop.cancel(order_id)
    assert again.status_code == 200 and again.json()["state"] == "cancelled"
    order = shop.get(order_id).json()
    assert [r["state"] for r in order["reservations"]] == ["released"]
    stock = shop.client.get("/v1/stock/TENT", headers=shop.headers).json()
    assert next(n for n in stock["nodes"] if n["node"] == "PDX")["available"] == "1"


def test_an_order_nothing_can_fill_is_parked_and_routed_by_hand(shop, hub) -> None:
    answer = shop.post(order_body("W-7", [("LAMP", "2")], pickup="PDX")).json()
    assert answer["state"] == "unrouted" and answer["nodes"] == []
    order = shop.get(answer["order_id"]).json()
    assert order["lines"][0]["unassigned"] == "2"
    assert "parked" in order["history"][-1]["what"]
    set_stock(hub, {("WH-LA", "LAMP"): "5"})
    routed = route_by_hand(hub, answer["order_id"])
    assert routed["state"] == "routed" and routed["nodes"] == ["PDX", "WH-LA"]
