"""Rejected lines: each reason's stock effect, re-routing (ship-to-store), parking; ship-to-store
and ship-from-store through the till's facts; put-back; compensations applied once."""

from __future__ import annotations

from omnipos.hub.orders.changes import ship_by_hand
from omnipos.hub.stock import levels
from tests.hub.orders.conftest import enroll_at
from tests.hub.orders.test_pickup_flow import handed_over, intent, pickups
from tests.support.orders import event, order_body, set_stock


def _available(shop, sku: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    nodes = shop.client.get(f"/v1/stock/{sku}", headers=shop.headers).json()["nodes"]
    return {n["node"]: n["available"] for n in nodes}


def _reject(seq: int, rec: dict, version: int, reason: str, qty: str = "1") -> dict:  # type: ignore[type-arg]
    line = rec["lines"][0]
    return intent(seq, "pickup.rejected", rec, version,
                  lines=[{"line_no": line["line_no"], "sku": line["sku"], "quantity": qty,
                          "reason": reason}])


def test_not_found_zeroes_the_level_and_ships_it_in_from_a_warehouse(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "3", ("WH-LA", "TENT"): "4"})
    answer = shop.post(order_body("R-1", [("TENT", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    res = till.push([_reject(1, rec, 1, "not_found")]).json()["results"][0]
    assert res["status"] == "applied" and res["current_state"]["state"] == "routed"
    assert levels.show(hub, "TENT") == {"PDX": "0", "WH-LA": "4"}
    order = shop.get(answer["order_id"]).json()
    assert order["nodes"] == ["PDX", "WH-LA"]
    rec = pickups(till)[rec["pickup_id"]]
    line = rec["lines"][0]
    assert (line["quantity"], line["incoming"], line["rejected"], line["rejected_reason"]) == (
        "0", "1", "1", "not_found")
    assert rec["incoming"][0]["from_node"] == "WH-LA" and rec["version"] == 2
    assert _available(shop, "TENT") == {"PDX": "0", "WH-LA": "3"}
    # Ready is refused while the parcel is on its way.
    res = till.push([intent(2, "pickup.ready", rec, 2)]).json()["results"][0]
    assert res["status"] == "rejected" and "on its way" in res["error"]
    # The warehouse ships; the store scans the parcel in; ready; handed over.
    transfer_id = rec["incoming"][0]["transfer_id"]
    ship_by_hand(hub, transfer_id, carrier="UPS", tracking="1Z999")
    rec = pickups(till)[rec["pickup_id"]]
    assert rec["incoming"][0]["state"] == "shipped" and rec["incoming"][0]["tracking"] == "1Z999"
    assert levels.show(hub, "TENT") == {"PDX": "0", "WH-LA": "3"}
    received = event(3, "shipment.received", {
        "pickup_id": rec["pickup_id"], "version": rec["version"], "store_code": "PDX",
        "received_at": rec["changed_at"], "tracking": "1Z999"})
    assert till.push([received]).json()["results"][0]["status"] == "applied"
    assert levels.show(hub, "TENT") == {"PDX": "1", "WH-LA": "3"}
    rec = pickups(till)[rec["pickup_id"]]
    assert rec["lines"][0]["received"] == "1" and rec["incoming"][0]["received"] is True
    results = till.push([intent(4, "pickup.ready", rec, rec["version"]),
                         handed_over(5, rec, rec["version"] + 1)]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert levels.show(hub, "TENT") == {"PDX": "0", "WH-LA": "3"}
    order = shop.get(answer["order_id"]).json()
    assert order["state"] == "handed_over"
    assert {r["state"] for r in order["reservations"]} == {"released", "converted"}


def test_damaged_holds_stock_back_and_mismatch_lowers_on_hand(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "5", ("PDX", "MUG"): "5", ("LAX", "TENT"): "5",
                    ("LAX", "MUG"): "5"})
    shop.post(order_body("R-2", [("TENT", "2")], pickup="PDX"))
    shop.post(order_body("R-3", [("MUG", "2")], pickup="PDX"))
    till = enroll_at(client, hub, "PDX")
    tent, mug = sorted(pickups(till).values(), key=lambda r: r["order_number"])
    assert till.push([_reject(1, tent, 1, "damaged", "2"),
                      _reject(2, mug, 1, "mismatch", "2")]).json()["results"][0]["status"] == (
        "applied")
    # Damaged: on hand stays 5, 2 held back; mismatch: on hand 5 -> 3.
    assert levels.show(hub, "TENT")["PDX"] == "5" and levels.show(hub, "MUG")["PDX"] == "3"
    assert _available(shop, "TENT")["PDX"] == "3" and _available(shop, "MUG")["PDX"] == "3"
    # Both lines went to LAX as ship-to-store transfers.
    assert pickups(till)[tent["pickup_id"]]["incoming"][0]["from_node"] == "LAX"


def test_a_rejection_nothing_else_can_fill_parks_the_order(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "LAMP"): "1"})
    answer = shop.post(order_body("R-4", [("LAMP", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    res = till.push([_reject(1, rec, 1, "not_found")]).json()["results"][0]
    assert res["current_state"]["state"] == "rejected"
    order = shop.get(answer["order_id"]).json()
    assert order["state"] == "unrouted" and order["lines"][0]["unassigned"] == "1"


def test_ship_from_store_picked_and_shipped_by_the_till(shop, hub, client) -> None:
    set_stock(hub, {("LAX", "MUG"): "4"})
    address = {"line1": "9 Sunset Blvd", "city": "Los Angeles", "postcode": "90012",
               "country": "US", "lat": 34.06, "lon": -118.24}
    answer = shop.post(order_body("R-5", [("MUG", "2")], address=address)).json()
    assert answer["nodes"] == ["LAX"] and answer["pickup_code"] == ""
    till = enroll_at(client, hub, "LAX")
    rec = next(iter(pickups(till).values()))
    assert rec["kind"] == "ship" and rec["ship_to"]["city"] == "Los Angeles"
    sent = event(2, "shipment.sent", {"pickup_id": rec["pickup_id"], "version": 2,
                                      "store_code": "LAX", "shipped_at": rec["changed_at"],
                                      "carrier": "USPS", "tracking": "9400"})
    results = till.push([intent(1, "pickup.ready", rec, 1), sent]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert levels.show(hub, "MUG") == {"LAX": "2"}
    order = shop.get(answer["order_id"]).json()
    assert order["state"] == "shipped" and order["fulfilments"][0]["tracking"] == "9400"


def test_cancel_after_ready_leaves_a_put_back_task_done_by_the_till(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "1"})
    answer = shop.post(order_body("R-6", [("TENT", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    till.push([intent(1, "pickup.ready", rec, 1)])
    shop.cancel(answer["order_id"])
    rec = pickups(till)[rec["pickup_id"]]
    assert (rec["state"], rec["task"]) == ("cancelled", "put_back")
    done = event(2, "pickup.put_back", {"pickup_id": rec["pickup_id"], "version": rec["version"],
                                        "store_code": "PDX", "staff": "Sam"})
    assert till.push([done]).json()["results"][0]["status"] == "applied"
    assert pickups(till)[rec["pickup_id"]]["task"] is None
    assert _available(shop, "TENT") == {"PDX": "1"}
