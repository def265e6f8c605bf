"""``return.completed`` at the hub: counted against what was sold, at any store, once."""

from __future__ import annotations

from sqlalchemy import select

from omnipos.domain.stock import StockBucket
from omnipos.hub.customers import cases
from omnipos.hub.returns import payouts
from omnipos.hub.stock import ledger, levels
from omnipos.hub.store.models import ReturnLineRecord
from tests.support.hub import return_event, sale_event


def _bucket(hub, store: str, sku: str, bucket: StockBucket) -> int:  # type: ignore[no-untyped-def]
    with hub.read() as s:
        return ledger.bucket_milli(s, store, sku, bucket)


def test_sold_at_one_store_returned_at_another_restocks_there(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    sale = sale_event(1, lines=[("A", 500, "2"), ("B", 300, "1")])
    assert a.push([sale]).json()["results"][0]["status"] == "applied"
    ret = return_event(1, sale, [{"sale_line_no": 1, "sku": "A", "qty": "1",
                                  "refund_minor": 500}], store="S2")
    assert b.push([ret]).json()["results"][0]["status"] == "applied"
    assert levels.show(hub, "A") == {"S1": "-2", "S2": "1"}
    looked = b.client.get("/v1/orders/lookup", headers=b.headers,
                          params={"receipt": sale["payload"]["receipt_no"]}).json()
    line = looked["lines"][0]
    assert (line["returned_qty"], line["returnable_qty"], line["refunded_minor"]) == ("1", "1", 500)
    assert looked["tenders"][0]["refunded_minor"] == 500
    assert [r["store_code"] for r in looked["returns"]] == ["S2"]
    assert cases.list_cases(hub) == []
    [paid] = payouts.list_payouts(hub)
    assert (paid["kind"], paid["amount_minor"], paid["state"]) == ("cash", 500, "paid")


def test_a_second_return_of_the_same_line_is_held_and_becomes_a_case(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    sale = sale_event(1, lines=[("A", 500, "1")])
    a.push([sale])
    line = [{"sale_line_no": 1, "sku": "A", "qty": "1", "refund_minor": 500}]
    # Both stores were offline: each took the same unit back.
    assert a.push([return_event(2, sale, line, store="S1")]).json()["results"][0]["status"] \
        == "applied"
    assert b.push([return_event(1, sale, line, store="S2")]).json()["results"][0]["status"] \
        == "applied"
    assert levels.show(hub, "A") == {"S1": "0"}  # S2 did not restock it
    assert _bucket(hub, "S2", "A", StockBucket.QUALITY_CONTROL) == 1000
    [case] = cases.list_cases(hub, open_only=True)
    assert case["kind"] == "over_returned" and case["store"] == "S2"
    assert case["detail"]["lines"][0]["quantity"] == "1"
    assert case["detail"]["refund_minor"] == 500
    with hub.read() as s:
        accepted = [r.accepted_milli for r in s.scalars(
            select(ReturnLineRecord).order_by(ReturnLineRecord.return_id))]
    assert sorted(accepted) == [0, 1000]


def test_partial_returns_count_up_to_what_was_sold(till, hub) -> None:
    sale = sale_event(1, lines=[("A", 250, "4")])
    till.push([sale])
    for seq, qty in ((2, "1"), (3, "2")):
        ev = return_event(seq, sale, [{"sale_line_no": 1, "sku": "A", "qty": qty,
                                       "refund_minor": 250 * int(qty)}])
        assert till.push([ev]).json()["results"][0]["status"] == "applied"
    looked = till.client.get("/v1/orders/lookup", headers=till.headers,
                             params={"receipt": sale["payload"]["receipt_no"]}).json()
    assert looked["lines"][0]["returnable_qty"] == "1"
    assert levels.show(hub, "A") == {"S1": "-1"}
    assert cases.list_cases(hub) == []


def test_damaged_and_quality_control_units_are_not_sellable(till, hub) -> None:
    sale = sale_event(1, lines=[("A", 100, "3")])
    till.push([sale])
    ev = return_event(2, sale, [
        {"sale_line_no": 1, "sku": "A", "qty": "1", "refund_minor": 100,
         "condition": "damaged", "disposition": "damaged"},
        {"sale_line_no": 1, "sku": "A", "qty": "1", "refund_minor": 100,
         "condition": "opened", "disposition": "quality_control"},
        {"sale_line_no": 1, "sku": "A", "qty": "1", "refund_minor": 100,
         "condition": "defective", "disposition": "dispose"},
    ])
    assert till.push([ev]).json()["results"][0]["status"] == "applied"
    assert levels.show(hub, "A") == {"S1": "-3"}
    assert _bucket(hub, "S1", "A", StockBucket.DAMAGED) == 1000
    assert _bucket(hub, "S1", "A", StockBucket.QUALITY_CONTROL) == 1000
    assert levels.show_buckets(hub, "A") == {
        "S1": {"sellable": "-3", "damaged": "1", "quality_control": "1"}}
    stock = {c["key"]: c["data"] for c in till.pull().json()["changes"] if c["kind"] == "stock"}
    assert stock["S1:A:damaged"]["bucket"] == "damaged" and stock["S1:A"]["level"] == "-3"


def test_refund_split_across_two_tenders_is_recorded_per_tender(till, hub) -> None:
    sale = sale_event(1, lines=[("A", 1000, "1")])
    sale["payload"]["tenders"] = [  # type: ignore[index]
        {"kind": "card", "amount_minor": 600, "approval_code": "AP1", "card_last4": "4242"},
        {"kind": "cash", "amount_minor": 400, "tendered_minor": 400}]
    till.push([sale])
    ev = return_event(2, sale, [{"sale_line_no": 1, "sku": "A", "qty": "1",
                                 "refund_minor": 1000}], refunds=[
        {"kind": "card", "amount_minor": 600, "tender_idx": 1, "reference": "AP1",
         "refund_reference": "RF9", "card_last4": "4242"},
        {"kind": "cash", "amount_minor": 400, "tender_idx": 2}])
    assert till.push([ev]).json()["results"][0]["status"] == "applied"
    rows = {p["kind"]: p for p in payouts.list_payouts(hub)}
    assert rows["card"]["refund_reference"] == "RF9" and rows["card"]["reference"] == "AP1"
    assert rows["cash"]["amount_minor"] == 400
    looked = till.client.get("/v1/orders/lookup", headers=till.headers,
                             params={"receipt": sale["payload"]["receipt_no"]}).json()
    assert [t["refunded_minor"] for t in looked["tenders"]] == [600, 400]


def test_a_return_recorded_twice_under_two_events_is_invalid(till, hub) -> None:
    sale = sale_event(1)
    till.push([sale])
    ev = return_event(2, sale, [{"sale_line_no": 1, "sku": "A", "qty": "1",
                                 "refund_minor": 199}])
    again = dict(ev, event_id="00000000-0000-4000-8000-000000000001", device_seq=3)
    results = till.push([ev, again]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "invalid"]
    assert "already recorded" in results[1]["error"]
