"""``GET /v1/orders/lookup``: any store's sale for a till's token; a clear 404 otherwise."""

from __future__ import annotations

from omnipos.hub.catalog import CatalogLine, upsert_lines
from tests.support.hub import sale_event


def test_a_till_finds_another_stores_sale_with_lines_and_tenders(enroll_till, hub) -> None:
    upsert_lines(hub, [CatalogLine("A", "Anorak", (), 500, "STD", category="Coats")], "USD")
    a, b = enroll_till("S1"), enroll_till("S2")
    sale = sale_event(1, lines=[("A", 500, "2")])
    sale["payload"]["tenders"] = [  # type: ignore[index]
        {"kind": "card", "amount_minor": 1000, "approval_code": "X1", "card_last4": "1234"}]
    a.push([sale])
    r = b.client.get("/v1/orders/lookup", headers=b.headers,
                     params={"receipt": " " + sale["payload"]["receipt_no"] + " "})  # type: ignore[index]
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["kind"], body["store_code"], body["till_code"]) == ("sale", "S1", "T01")
    assert body["lines"] == [{
        "line_no": 1, "sku": "A", "name": "A", "category": "Coats", "qty": "2",
        "unit_price_minor": 500, "discount_minor": 0, "total_minor": 1000, "tax_class": "STD",
        "tax_minor": 0, "paid_minor": 1000, "returned_qty": "0", "refunded_minor": 0,
        "returnable_qty": "2"}]
    assert body["tenders"] == [{"idx": 1, "kind": "card", "amount_minor": 1000,
                                "refunded_minor": 0, "reference": "X1", "card_last4": "1234",
                                "customer_id": None}]


def test_an_unknown_receipt_is_a_404_that_says_so(till) -> None:
    r = till.client.get("/v1/orders/lookup", headers=till.headers, params={"receipt": "S9-T9-1"})
    assert r.status_code == 404
    assert r.json() == {"detail": "no sale with receipt number 'S9-T9-1' at the hub",
                        "receipt": "S9-T9-1"}
    r = till.client.get("/v1/orders/lookup", headers=till.headers, params={"order": "W-77"})
    assert r.status_code == 404 and "W-77" in r.json()["detail"]


def test_exactly_one_of_receipt_and_order_and_a_till_token(till) -> None:
    for params in ({}, {"receipt": "A", "order": "B"}, {"receipt": "  "}):
        r = till.client.get("/v1/orders/lookup", headers=till.headers, params=params)
        assert r.status_code == 422, params
    assert till.client.get("/v1/orders/lookup", params={"receipt": "A"}).status_code == 401
