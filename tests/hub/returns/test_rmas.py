"""RMAs: authorised for an in-store sale, pulled by the addressed store, taken in by mail."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from omnipos.domain.errors import NotFoundError, StateError, ValidationError
from omnipos.domain.returns import check_rma_number
from omnipos.domain.stock import StockBucket
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.customers import cases
from omnipos.hub.returns import payouts, policy, rmas
from omnipos.hub.returns.requests import RmaRequest
from omnipos.hub.stock import ledger, levels
from tests.support.hub import event, sale_event


def _rma(hub, sale, lines, store: str = "S2", **kw):  # type: ignore[no-untyped-def]
    req = RmaRequest.model_validate({
        "receipt_no": sale["payload"]["receipt_no"], "return_to_store": store,
        "lines": [{"sku": sku, "quantity": qty, "reason": "too small"} for sku, qty in lines],
        "customer": {"name": "Ada Lovelace", "email": "Ada@Example.org"}})
    return rmas.create_rma(hub, req, requested_by="admin", **kw)


def _intake(seq, rma, items, store: str = "S2", **extra):  # type: ignore[no-untyped-def]
    return event(seq, "mail_return.received", {
        "intake_id": str(uuid.uuid4()), "rma_number": rma["number"] if rma else "",
        "store_code": store, "till_code": "T01", "received_at": datetime.now(UTC).isoformat(),
        "received_by": "Bo", "items": items, **extra})


def _sold(till, lines=(("A", 500, "1"), ("B", 300, "1"))):  # type: ignore[no-untyped-def]
    sale = sale_event(1, lines=list(lines))
    sale["payload"]["tenders"] = [  # type: ignore[index]
        {"kind": "card", "amount_minor": sale["payload"]["total_minor"],  # type: ignore[index]
         "approval_code": "AP7", "card_last4": "4242"}]
    assert till.push([sale]).json()["results"][0]["status"] == "applied"
    return sale


def test_an_rma_for_an_in_store_sale_is_pulled_by_the_store_it_is_sent_to(enroll_till,
                                                                          hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    sale = _sold(a)
    rma = _rma(hub, sale, [("A", "1"), ("B", "1")])
    assert check_rma_number(rma["number"]) == rma["number"]
    assert rma["state"] == "authorised" and rma["store_code"] == "S2"
    assert rma["customer"]["email"] == "ada@example.org"
    assert [(ln["sku"], ln["quantity"], ln["paid_minor"], ln["sale_line_no"])
            for ln in rma["lines"]] == [("A", "1", 500, 1), ("B", "1", 300, 2)]
    on_b = [c for c in b.pull().json()["changes"] if c["kind"] == "rma"]
    assert [c["data"]["number"] for c in on_b] == [rma["number"]]
    assert not [c for c in a.pull().json()["changes"] if c["kind"] == "rma"]
    assert rmas.show_rma(hub, rma["number"].lower())["rma_id"] == rma["rma_id"]
    assert [r["number"] for r in rmas.list_rmas(hub, store_code="S2")] == [rma["number"]]


def test_more_than_was_sold_less_authorised_is_refused(till, hub) -> None:
    sale = _sold(till, [("A", 500, "2")])
    _rma(hub, sale, [("A", "1")])
    with pytest.raises(ValidationError, match="1 of A can still be returned"):
        _rma(hub, sale, [("A", "2")])
    with pytest.raises(ValidationError, match="return_to_store"):
        _rma(hub, sale, [("A", "1")], store="NOPE")
    with pytest.raises(NotFoundError, match="no sale with receipt number"):
        rmas.create_rma(hub, RmaRequest.model_validate({
            "receipt_no": "X-1", "return_to_store": "S1", "lines": [{"sku": "A", "quantity": "1"}]
        }), requested_by="admin")


def test_the_window_refuses_unless_overridden(till, hub) -> None:
    upsert_lines(hub, [CatalogLine("A", "A", (), 500, "STD", category="Sale")], "USD")
    policy.set_policy(hub, {"categories": {"Sale": {"window_days": 7}}})
    sale = _sold(till, [("A", 500, "1")])
    later = datetime.now(UTC) + timedelta(days=8)
    with pytest.raises(StateError, match="return window has passed"):
        _rma(hub, sale, [("A", "1")], now=later)
    assert _rma(hub, sale, [("A", "1")], now=later, override=True)["state"] == "authorised"


def test_mail_return_damaged_and_missing_refunds_the_good_item_only(enroll_till, hub) -> None:
    a, b = enroll_till("S1"), enroll_till("S2")
    sale = _sold(a, [("A", 500, "1"), ("B", 300, "1"), ("C", 200, "1")])
    rma = _rma(hub, sale, [("A", "1"), ("B", "1"), ("C", "1")])
    parcel = _intake(1, rma, [
        {"rma_line_no": 1, "sku": "A", "qty": "1", "condition": "new", "disposition": "restock"},
        {"sku": "B", "qty": "1", "condition": "damaged", "disposition": "damaged",
         "note": "crushed box"},
    ])
    assert b.push([parcel]).json()["results"][0]["status"] == "applied"
    shown = rmas.show_rma(hub, rma["number"])
    assert shown["state"] == "received" and shown["received_store"] == "S2"
    assert shown["refund_minor"] == 500
    outcomes = {ln["sku"]: ln["outcomes"] for ln in shown["lines"]}
    assert [o["disposition"] for o in outcomes["A"]] == ["restock"]
    assert [(o["condition"], o["refund_minor"]) for o in outcomes["B"]] == [("damaged", 0)]
    assert [(o["condition"], o["disposition"]) for o in outcomes["C"]] == \
        [(None, "not_received")]
    # The refund decision waits for a payment connector, back to the card that paid.
    [pay] = shown["payouts"]
    assert (pay["kind"], pay["amount_minor"], pay["state"], pay["reference"]) == \
        ("card", 500, "pending", "AP7")
    with hub.read() as s:
        assert ledger.bucket_milli(s, "S2", "A", StockBucket.SELLABLE) == 1000
        assert ledger.bucket_milli(s, "S2", "B", StockBucket.DAMAGED) == 1000
        assert ledger.bucket_milli(s, "S2", "C", StockBucket.SELLABLE) == 0
    assert levels.show(hub, "B") == {"S1": "-1"}
    [missing] = cases.list_cases(hub, kind=cases.CaseKind.MISSING_ITEMS)
    assert missing["detail"]["missing"] == [{"rma_line_no": 3, "sku": "C", "quantity": "1"}]
    received = [c["data"] for c in b.pull().json()["changes"] if c["kind"] == "rma"]
    assert received[-1]["state"] == "received"
    pending = payouts.list_payouts(hub, state=payouts.PayoutState.PENDING)
    payouts.settle(hub, pending[0]["id"], "PSP-123")
    assert payouts.list_payouts(hub, state=payouts.PayoutState.PENDING) == []


def test_a_second_parcel_for_a_received_rma_is_held_not_refunded(till, hub) -> None:
    sale = _sold(till, [("A", 500, "1")])
    rma = _rma(hub, sale, [("A", "1")], store="S1")
    item = {"sku": "A", "qty": "1", "condition": "new", "disposition": "restock"}
    till.push([_intake(2, rma, [item], store="S1"), _intake(3, rma, [item], store="S1")])
    assert rmas.show_rma(hub, rma["number"])["refund_minor"] == 500
    assert len(payouts.list_payouts(hub)) == 1
    [case] = cases.list_cases(hub, kind=cases.CaseKind.RMA_NOT_OPEN)
    assert case["subject"] == rma["number"]
    with hub.read() as s:
        assert ledger.bucket_milli(s, "S1", "A", StockBucket.SELLABLE) == 0  # -1 sold, +1 back
        assert ledger.bucket_milli(s, "S1", "A", StockBucket.QUALITY_CONTROL) == 1000


def test_a_parcel_without_an_rma_is_matched_to_its_sale_or_set_aside(till, hub) -> None:
    sale = _sold(till, [("A", 500, "1")])
    item = {"sku": "A", "qty": "1", "condition": "opened", "disposition": "restock"}
    matched = _intake(2, None, [item], store="S1",
                      receipt_no=sale["payload"]["receipt_no"])  # type: ignore[index]
    loose = _intake(3, None, [dict(item, sku="Z")], store="S1", note="no paperwork")
    assert [r["status"] for r in till.push([matched, loose]).json()["results"]] == \
        ["applied", "applied"]
    [made] = rmas.list_rmas(hub)
    assert made["state"] == "received" and made["requested_by"] == "store:S1"
    assert made["refund_minor"] == 500
    [aside] = cases.list_cases(hub, kind=cases.CaseKind.UNMATCHED_PARCEL)
    assert "no paperwork" in aside["message"]
    with hub.read() as s:
        assert ledger.bucket_milli(s, "S1", "Z", StockBucket.QUALITY_CONTROL) == 1000


def test_the_restocking_fee_applies_to_opened_items_where_the_policy_says(till, hub) -> None:
    upsert_lines(hub, [CatalogLine("A", "A", (), 1000, "STD", category="Tech")], "USD")
    policy.set_policy(hub, {"categories": {"Tech": {"opened": "fee",
                                                    "restocking_fee_rate": "0.15"}}})
    sale = _sold(till, [("A", 1000, "1")])
    rma = _rma(hub, sale, [("A", "1")], store="S1")
    till.push([_intake(2, rma, [{"sku": "A", "qty": "1", "condition": "opened",
                                 "disposition": "restock"}], store="S1")])
    shown = rmas.show_rma(hub, rma["number"])
    assert shown["refund_minor"] == 850
    assert shown["lines"][0]["outcomes"][0]["fee_minor"] == 150
