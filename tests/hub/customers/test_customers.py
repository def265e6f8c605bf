"""The customer directory and store credit at the hub."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from omnipos.domain.errors import ValidationError
from omnipos.hub.customers import cases, credit, directory
from tests.support.hub import event, return_event, sale_event


def _created(seq: int, cid: str, store: str = "S1", **contact: str) -> dict[str, object]:
    return event(seq, "customer.created", {
        "customer_id": cid, "store_code": store, "created_at": datetime.now(UTC).isoformat(),
        "name": contact.get("name", "Zoë Ng"), "phone": contact.get("phone", "5550102030"),
        "email": contact.get("email", "")})


def test_find_by_phone_as_typed_email_in_any_case_and_name_words(hub) -> None:
    zoe = directory.add_customer(hub, "Zoë  Ng", phone="(555) 010-2030")
    directory.add_customer(hub, "Sam Okafor", email="Sam@Example.org")
    assert zoe["phone"] == "5550102030" and zoe["name"] == "Zoë Ng"
    assert [c["name"] for c in directory.find_customers(hub, phone="555-010-2030")] == ["Zoë Ng"]
    assert [c["name"] for c in directory.find_customers(hub, phone="0102030")] == ["Zoë Ng"]
    assert [c["name"] for c in directory.find_customers(hub, email="SAM@example.ORG")] == \
        ["Sam Okafor"]
    assert [c["name"] for c in directory.find_customers(hub, name="ng")] == ["Zoë Ng"]
    assert [c["name"] for c in directory.find_customers(hub, name="zoe")] == ["Zoë Ng"]
    assert directory.find_customers(hub, name="oka")[0]["email"] == "sam@example.org"
    with pytest.raises(ValidationError, match="already has this phone number"):
        directory.add_customer(hub, "Other", phone="5550102030")
    with pytest.raises(ValidationError, match="phone number or email"):
        directory.add_customer(hub, "Nobody")


def test_a_customer_added_at_a_till_reaches_every_stores_feed(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    cid = str(uuid.uuid4())
    ev = _created(1, cid)
    assert a.push([ev]).json()["results"][0]["status"] == "applied"
    assert a.push([ev]).json()["results"][0]["status"] == "duplicate"
    on_b = [c["data"] for c in b.pull().json()["changes"] if c["kind"] == "customer"]
    assert on_b == [{"customer_id": cid, "name": "Zoë Ng", "phone": "5550102030", "email": "",
                     "credit": {}, "credit_as_of": on_b[0]["credit_as_of"],
                     "no_receipt_returns": []}]
    bad = _created(2, str(uuid.uuid4()), phone="", email="")
    res = a.push([bad]).json()["results"][0]
    assert res["status"] == "invalid" and "phone number or email" in res["error"]


def test_no_receipt_return_issues_store_credit_spent_at_another_store(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    cid = str(uuid.uuid4())
    a.push([_created(1, cid)])
    ret = return_event(2, None, [{"sku": "A", "qty": "1", "refund_minor": 700}],
                       customer_id=cid, refunds=[{"kind": "store_credit", "amount_minor": 700,
                                                  "customer_id": cid}])
    assert a.push([ret]).json()["results"][0]["status"] == "applied"
    with hub.read() as s:
        assert credit.balances(s, cid) == {"USD": 700}
    feed = [c["data"] for c in b.pull().json()["changes"] if c["kind"] == "customer"]
    assert feed[-1]["credit"] == {"USD": 700}
    assert [r["amount_minor"] for r in feed[-1]["no_receipt_returns"]] == [700]
    sale = sale_event(1, store="S2", lines=[("B", 500, "1")])
    sale["payload"]["tenders"] = [{"kind": "store_credit", "amount_minor": 500,  # type: ignore[index]
                                   "customer_id": cid}]
    assert b.push([sale]).json()["results"][0]["status"] == "applied"
    shown = directory.get_customer(hub, cid)
    assert shown["credit"] == {"USD": 200}
    assert [e["delta_minor"] for e in shown["credit_entries"]] == [700, -500]
    assert cases.list_cases(hub) == []


def test_two_offline_tills_overspending_the_same_credit_is_a_case(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    cust = directory.add_customer(hub, "Ada", email="ada@example.org")
    cid = cust["customer_id"]
    with hub.transaction() as s:
        credit.adjust(s, cid, 4000, "USD", "goodwill")
    sales = []
    for till, store in ((a, "S1"), (b, "S2")):
        sale = sale_event(1, store=store, lines=[("A", 3000, "1")])
        sale["payload"]["tenders"] = [{"kind": "store_credit", "amount_minor": 3000,  # type: ignore[index]
                                       "customer_id": cid}]
        sales.append(sale)
        assert till.push([sale]).json()["results"][0]["status"] == "applied"  # never refused
    with hub.read() as s:
        assert credit.balance(s, cid, "USD") == -2000
    [case] = cases.list_cases(hub, open_only=True)
    assert case["kind"] == "credit_overspent" and case["store"] == "S2"
    assert case["detail"]["balance_minor"] == -2000
    cases.resolve_case(hub, case["id"], "customer paid the difference")
    assert cases.list_cases(hub, open_only=True) == []


def test_a_voided_sale_gives_the_credit_back(till, hub) -> None:
    cid = directory.add_customer(hub, "Ada", email="ada@example.org")["customer_id"]
    with hub.transaction() as s:
        credit.adjust(s, cid, 1000, "USD", "goodwill")
    sale = sale_event(1, lines=[("A", 600, "1")])
    sale["payload"]["tenders"] = [{"kind": "store_credit", "amount_minor": 600,  # type: ignore[index]
                                   "customer_id": cid}]
    void = event(2, "sale.voided", {
        "sale_id": sale["payload"]["sale_id"], "receipt_no": sale["payload"]["receipt_no"],  # type: ignore[index]
        "store_code": "S1", "till_code": "T01", "voided_at": datetime.now(UTC).isoformat(),
        "stock": [{"sku": "A", "delta": "1"}]})
    assert [r["status"] for r in till.push([sale, void]).json()["results"]] == \
        ["applied", "applied"]
    with hub.read() as s:
        assert credit.balance(s, cid, "USD") == 1000


def test_no_receipt_returns_past_the_customers_limit_open_a_case(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    cid = str(uuid.uuid4())
    a.push([_created(1, cid)])
    for n, (till, seq) in enumerate(((a, 2), (b, 1), (a, 3), (b, 2))):
        ev = return_event(seq, None, [{"sku": "A", "qty": "1", "refund_minor": 1000}],
                          store="S1" if till is a else "S2", customer_id=cid,
                          refunds=[{"kind": "store_credit", "amount_minor": 1000,
                                    "customer_id": cid}], return_no=f"R{n}")
        assert till.push([ev]).json()["results"][0]["status"] == "applied"
    [case] = cases.list_cases(hub, kind=cases.CaseKind.NO_RECEIPT_OVER_LIMIT)
    assert case["detail"]["count"] == 4  # the default allows 3 in 30 days
