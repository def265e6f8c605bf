"""A pickup order through a till: the feed record, intents with versions, refusals with the
state, the handover fact, stock lowered once and the reservation gone."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from omnipos.hub.orders.views import list_orders
from omnipos.hub.stock import levels
from tests.hub.orders.conftest import enroll_at
from tests.support.orders import event, order_body, set_stock


def pickups(till) -> dict[str, dict]:  # type: ignore[no-untyped-def,type-arg]
    """The till's view: the latest pickup_order record per id."""
    out = {}
    for c in till.pull().json()["changes"]:
        if c["kind"] == "pickup_order":
            out[c["key"]] = c["data"]
    return out


def intent(seq: int, kind: str, rec: dict, version: int, **extra) -> dict:  # type: ignore[type-arg]
    return event(seq, kind, {"pickup_id": rec["pickup_id"], "version": version,
                             "store_code": rec["store_code"], "staff": "Sam", **extra})


def handed_over(seq: int, rec: dict, version: int, **extra) -> dict:  # type: ignore[type-arg]
    return event(seq, "pickup.handed_over", {
        "pickup_id": rec["pickup_id"], "version": version, "store_code": rec["store_code"],
        "till_code": "T01", "handed_over_at": datetime.now(UTC).isoformat(), "staff": "Sam",
        "verification": "code", **extra})


def _statuses(till, events) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["status"] for r in till.push(events).json()["results"]]


def test_web_order_to_store_picked_ready_handed_over(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "2", ("PDX", "MUG"): "5"})
    answer = shop.post(order_body("E-1", [("TENT", "1"), ("MUG", "2")], pickup="PDX",
                                  paid=False)).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    assert rec["order_number"] == "E-1" and rec["state"] == "routed" and rec["version"] == 1
    assert rec["kind"] == "pickup" and rec["pickup_code"] == answer["pickup_code"]
    assert [(ln["sku"], ln["quantity"]) for ln in rec["lines"]] == [("TENT", "1"), ("MUG", "2")]
    assert rec["customer"]["name"] == "Ada Lovelace" and rec["due_minor"] == rec["total_minor"]
    # Offline, the till queues accept (v1), picking (v2), ready (v3): its own changes count.
    results = till.push([intent(1, "pickup.accepted", rec, 1),
                         intent(2, "pickup.picking", rec, 2),
                         intent(3, "pickup.ready", rec, 3)]).json()["results"]
    assert [r["status"] for r in results] == ["applied"] * 3
    assert results[-1]["current_state"]["state"] == "ready"
    assert results[-1]["current_state"]["version"] == 4
    rec = pickups(till)[rec["pickup_id"]]
    assert (rec["state"], rec["version"]) == ("ready", 4)
    payment = {"amount_minor": rec["total_minor"], "currency": "USD",
               "tenders": [{"kind": "card", "amount_minor": rec["total_minor"]}]}
    first = handed_over(4, rec, 4, payment=payment)
    assert _statuses(till, [first]) == ["applied"]
    order = shop.get(answer["order_id"]).json()
    assert order["state"] == "handed_over" and order["paid"] is True
    assert [r["state"] for r in order["reservations"]] == ["converted", "converted"]
    assert levels.show(hub, "TENT") == {"PDX": "1"} and levels.show(hub, "MUG") == {"PDX": "3"}
    assert "verified by pickup code" in order["history"][-1]["what"]
    stock = {c["data"]["sku"]: c["data"]["level"] for c in till.pull().json()["changes"]
             if c["kind"] == "stock"}
    assert stock == {"TENT": "1", "MUG": "3"}  # the new levels reach the till
    # A resend of the same event is a duplicate; a second handover fact is recorded and
    # flagged, and converts nothing twice: stock lowered once.
    assert _statuses(till, [first]) == ["duplicate"]
    again = till.push([handed_over(5, rec, 5)]).json()["results"][0]
    assert again["status"] == "applied"
    order = shop.get(answer["order_id"]).json()
    assert order["exception"] == "PDX: handed over twice"
    assert levels.show(hub, "TENT") == {"PDX": "1"} and levels.show(hub, "MUG") == {"PDX": "3"}


def test_a_stale_intent_is_refused_with_the_current_state(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "2"})
    answer = shop.post(order_body("E-2", [("TENT", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    # The customer cancels while the till picks offline.
    assert shop.cancel(answer["order_id"]).json()["state"] == "cancelled"
    results = till.push([intent(1, "pickup.picking", rec, 1),
                         intent(2, "pickup.ready", rec, 2)]).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    state = results[0]["current_state"]
    assert state["state"] == "cancelled" and state["version"] == 2
    assert state["message"].startswith("cancelled at ")
    assert "changed meanwhile" in results[0]["error"]
    assert "cancelled: it cannot be ready" in results[1]["error"]


def test_handed_over_offline_after_a_cancel_is_recorded_and_flagged(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "2"})
    answer = shop.post(order_body("E-3", [("TENT", "1")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(iter(pickups(till).values()))
    shop.cancel(answer["order_id"])
    id_check = {"name": "Bo Lovelace", "id_type": "driving licence", "id_last4": "1234",
                "relation": "family"}
    assert _statuses(till, [handed_over(1, rec, 1, verification="id_check",
                                        id_check=id_check)]) == ["applied"]
    order = shop.get(answer["order_id"]).json()
    assert order["exception"] == "PDX: handed over after the order was cancelled"
    assert order["fulfilments"][0]["state"] == "handed_over"
    assert [r["state"] for r in order["reservations"]] == ["released"]  # released once, only
    assert levels.show(hub, "TENT") == {"PDX": "1"}  # the goods left: stock lowered once
    assert "ID check (driving licence ending 1234" in order["history"][-1]["what"]
    assert [o["channel_order_id"] for o in list_orders(hub, exceptions=True)] == ["E-3"]


def test_an_intent_for_another_stores_order_is_unknown_to_this_till(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "2"})
    shop.post(order_body("E-4", [("TENT", "1")], pickup="PDX"))
    rec = next(iter(pickups(enroll_at(client, hub, "PDX")).values()))
    other = enroll_at(client, hub, "LAX")
    assert pickups(other) == {}
    res = other.push([intent(1, "pickup.accepted", {**rec, "store_code": "LAX"}, 1)]
                     ).json()["results"][0]
    assert res["status"] == "rejected" and res["current_state"]["state"] == "unknown"
    fact = handed_over(2, {**rec, "store_code": "LAX"}, 1)
    assert other.push([fact]).json()["results"][0]["status"] == "invalid"
    assert str(uuid.UUID(rec["pickup_id"])) == rec["pickup_id"]


def test_a_deposit_taken_before_leaves_the_store_the_balance(shop, hub, client) -> None:
    set_stock(hub, {("PDX", "TENT"): "2"})
    body = {**order_body("E-9", [("TENT", "1")], pickup="PDX", paid=False),
            "deposit_minor": 5000}
    answer = shop.post(body)
    assert answer.status_code == 201, answer.text
    order = shop.get(answer.json()["order_id"]).json()
    assert (order["paid"], order["paid_minor"], order["deposit_minor"]) == (False, 5000, 5000)
    rec = next(iter(pickups(enroll_at(client, hub, "PDX")).values()))
    assert (rec["total_minor"], rec["deposit_minor"]) == (order["total_minor"], 5000)
    assert rec["due_minor"] == order["total_minor"] - 5000
    assert next(o for o in list_orders(hub) if o["channel_order_id"] == "E-9")[
        "paid_minor"] == 5000
    paid_too = shop.post({**order_body("E-10", [("TENT", "1")], pickup="PDX"),
                          "deposit_minor": 5000})
    assert paid_too.status_code == 422 and "paid in full" in paid_too.text
    shipped = shop.post({**order_body("E-11", [("TENT", "1")], postcode="97201", paid=False),
                         "deposit_minor": 5000})
    assert shipped.status_code == 422 and "shipped order" in shipped.text


def test_an_order_without_a_deposit_hashes_as_before(shop) -> None:
    import hashlib
    import json

    from omnipos.hub.orders.intake import body_hash
    from omnipos.hub.orders.requests import OrderRequest

    req = OrderRequest.model_validate(order_body("E-12", [("TENT", "1")], pickup="PDX"))
    before = req.model_dump(mode="json")
    before.pop("deposit_minor")  # the field did not exist when earlier orders were hashed
    canonical = json.dumps(before, sort_keys=True, separators=(",", ":"))
    assert body_hash(req) == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
