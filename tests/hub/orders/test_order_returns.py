"""Web orders returned: the look-up by order number, RMAs from the channel API, the refund
recorded at the hub for the channel's payment connector."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from omnipos.domain.stock import StockBucket
from omnipos.hub.admin import channels
from omnipos.hub.returns import payouts
from omnipos.hub.stock import ledger
from tests.hub.orders.conftest import Channel, enroll_at
from tests.support.hub import event, return_event
from tests.support.orders import order_body, set_stock


def _delivered(shop, hub, client, number: str = "E-1"):  # type: ignore[no-untyped-def]
    set_stock(hub, {("PDX", "TENT"): "2", ("PDX", "MUG"): "5"})
    answer = shop.post(order_body(number, [("TENT", "1"), ("MUG", "2")], pickup="PDX")).json()
    till = enroll_at(client, hub, "PDX")
    rec = next(c["data"] for c in till.pull().json()["changes"] if c["kind"] == "pickup_order")
    steps = [("pickup.accepted", 1), ("pickup.picking", 2), ("pickup.ready", 3)]
    events = [event(seq, kind, {"pickup_id": rec["pickup_id"], "version": seq,
                                "store_code": "PDX", "staff": "Sam"}) for kind, seq in steps]
    events.append(event(4, "pickup.handed_over", {
        "pickup_id": rec["pickup_id"], "version": 4, "store_code": "PDX", "till_code": "T01",
        "handed_over_at": datetime.now(UTC).isoformat(), "staff": "Sam",
        "verification": "code"}))
    assert [r["status"] for r in till.push(events).json()["results"]] == ["applied"] * 4
    return answer


def _rma_body(order: str, lines, store: str = "LAX") -> dict:  # type: ignore[no-untyped-def,type-arg]
    return {"order_id": order, "return_to_store": store,
            "lines": [{"sku": sku, "quantity": qty, "reason": "not as pictured"}
                      for sku, qty in lines]}


def test_a_web_order_returned_by_mail_to_another_store(shop, hub, client) -> None:
    answer = _delivered(shop, hub, client)
    lax = enroll_at(client, hub, "LAX")
    looked = lax.client.get("/v1/orders/lookup", headers=lax.headers,
                            params={"order": "E-1"}).json()
    assert (looked["kind"], looked["order_id"], looked["state"], looked["store_code"]) == \
        ("web_order", answer["order_id"], "handed_over", "PDX")
    assert [(ln["sku"], ln["qty"], ln["returnable_qty"]) for ln in looked["lines"]] == \
        [("TENT", "1", "1"), ("MUG", "2", "2")]
    assert [(t["kind"], t["amount_minor"]) for t in looked["tenders"]] == \
        [("channel", looked["total_minor"])]
    r = shop.client.post("/v1/returns", headers=shop.headers,
                         json=_rma_body("E-1", [("TENT", "1"), ("MUG", "2")]))
    assert r.status_code == 201, r.text
    rma = r.json()
    assert rma["requested_by"] == "channel:web" and rma["customer"]["email"] == "ada@example.com"
    assert [c["data"]["number"] for c in lax.pull().json()["changes"] if c["kind"] == "rma"] \
        == [rma["number"]]
    parcel = event(1, "mail_return.received", {
        "intake_id": str(uuid.uuid4()), "rma_number": rma["number"], "store_code": "LAX",
        "till_code": "T01", "received_at": datetime.now(UTC).isoformat(), "items": [
            {"sku": "TENT", "qty": "1", "condition": "damaged", "disposition": "damaged"},
            {"sku": "MUG", "qty": "1", "condition": "new", "disposition": "restock"},
        ]})
    assert lax.push([parcel]).json()["results"][0]["status"] == "applied"
    shown = shop.client.get(f"/v1/returns/{rma['number']}", headers=shop.headers).json()
    mug = next(ln for ln in shown["lines"] if ln["sku"] == "MUG")
    assert shown["state"] == "received" and shown["refund_minor"] == mug["paid_minor"] // 2
    assert [(p["kind"], p["state"]) for p in shown["payouts"]] == [("channel", "pending")]
    assert {o["disposition"] for o in mug["outcomes"]} == {"restock", "not_received"}
    with hub.read() as s:
        assert ledger.bucket_milli(s, "LAX", "MUG", StockBucket.SELLABLE) == 1000
        assert ledger.bucket_milli(s, "LAX", "TENT", StockBucket.DAMAGED) == 1000
    # Only the restocked mug can be promised at LAX; the damaged tent cannot.
    atp = {n["node"]: n["available"]
           for n in shop.client.get("/v1/stock/MUG", headers=shop.headers).json()["nodes"]}
    assert atp["LAX"] == "1"
    tents = shop.client.get("/v1/stock/TENT", headers=shop.headers).json()["nodes"]
    assert "LAX" not in {n["node"] for n in tents}
    again = lax.client.get("/v1/orders/lookup", headers=lax.headers,
                           params={"order": answer["order_id"]}).json()
    # The damaged tent came back too (refunding nothing): it cannot come back again.
    assert [ln["returnable_qty"] for ln in again["lines"]] == ["0", "1"]


def test_an_order_not_delivered_yet_cannot_be_returned(shop, hub) -> None:
    set_stock(hub, {("PDX", "TENT"): "1"})
    shop.post(order_body("E-2", [("TENT", "1")], pickup="PDX"))
    r = shop.client.post("/v1/returns", headers=shop.headers,
                         json=_rma_body("E-2", [("TENT", "1")]))
    assert r.status_code == 409 and "nothing was delivered" in r.json()["detail"]


def test_a_channel_sees_only_its_own_orders_and_rmas(shop, hub, client) -> None:
    _delivered(shop, hub, client)
    _data, token = channels.add_channel(hub, "marketplace")
    other = Channel(client, token)
    r = other.client.post("/v1/returns", headers=other.headers,
                          json=_rma_body("E-1", [("MUG", "1")]))
    assert r.status_code == 404
    rma = shop.client.post("/v1/returns", headers=shop.headers,
                           json=_rma_body("E-1", [("MUG", "1")])).json()
    assert other.client.get(f"/v1/returns/{rma['number']}",
                            headers=other.headers).status_code == 404
    assert shop.client.post("/v1/returns", json=_rma_body("E-1", [("MUG", "1")])).status_code \
        == 401
    bad = shop.client.post("/v1/returns", headers=shop.headers,
                           json={"order_id": "E-1", "lines": [], "return_to_store": "LAX"})
    assert bad.status_code == 422
    over = shop.client.post("/v1/returns", headers=shop.headers,
                            json=_rma_body("E-1", [("MUG", "2")]))
    assert over.status_code == 422 and "can still be returned" in over.text


def test_a_web_order_returned_at_a_counter_is_refunded_by_the_hub(shop, hub, client) -> None:
    answer = _delivered(shop, hub, client)
    lax = enroll_at(client, hub, "LAX")
    looked = lax.client.get("/v1/orders/lookup", headers=lax.headers,
                            params={"order": "E-1"}).json()
    mug = looked["lines"][1]
    assert mug["paid_minor"] == mug["total_minor"] + mug["tax_minor"]  # sales tax on top
    ret = return_event(1, None, [{"sale_line_no": 2, "sku": "MUG", "qty": "1",
                                  "refund_minor": mug["paid_minor"] // 2}], store="LAX",
                       refunds=[{"kind": "channel", "amount_minor": mug["paid_minor"] // 2,
                                 "tender_idx": 1, "reference": "E-1"}])
    ret["payload"].update(order_id=answer["order_id"], sale_id=None)  # type: ignore[attr-defined]
    assert lax.push([ret]).json()["results"][0]["status"] == "applied"
    [pay] = payouts.list_payouts(hub)
    assert (pay["kind"], pay["state"]) == ("channel", "pending")
    with hub.read() as s:
        assert ledger.bucket_milli(s, "LAX", "MUG", StockBucket.SELLABLE) == 1000
    after = lax.client.get("/v1/orders/lookup", headers=lax.headers,
                           params={"order": "E-1"}).json()
    assert after["lines"][1]["returnable_qty"] == "1"
    assert after["tenders"][0]["refunded_minor"] == mug["paid_minor"] // 2
