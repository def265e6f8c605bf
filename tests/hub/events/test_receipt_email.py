"""``receipt.email_requested``: the hub mails the receipt of the sale it recorded, once."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select

from omnipos.hub.notify import receipt
from omnipos.hub.notify.outbox import list_messages
from omnipos.hub.store.models import OutboxMessage
from omnipos.sync.events import ReceiptEmailRequestedPayload, SaleCompletedPayload
from tests.support.hub import event, sale_event


def _request(seq: int, sale: dict[str, object], email: str = "ada@example.com",
             **changes: object) -> dict[str, object]:
    sold = sale["payload"]
    payload = {"sale_id": sold["sale_id"], "receipt_no": sold["receipt_no"],  # type: ignore[index]
               "store_code": "S1", "till_code": "T01", "email": email,
               "requested_at": datetime.now(UTC).isoformat(), "requested_by": "Casey",
               "header": ["1 Example Street"], "footer": ["Thank you!"], **changes}
    return event(seq, "receipt.email_requested", payload)


def _card_sale(seq: int) -> dict[str, object]:
    sale = sale_event(seq, lines=[("SOAP", 399, "2"), ("MILK", 129, "1")])
    sale["payload"]["tenders"] = [{"kind": "card", "amount_minor": 927,  # type: ignore[index]
                                   "approval_code": "A1B2C3", "card_last4": "4242"}]
    return sale


def _bodies(hub) -> list[OutboxMessage]:  # type: ignore[no-untyped-def]
    with hub.read() as s:
        return list(s.scalars(select(OutboxMessage).where(OutboxMessage.kind == receipt.KIND)))


def test_one_request_is_one_mail_with_the_lines_and_the_total(till, hub) -> None:
    sale = _card_sale(1)
    ask = _request(2, sale)
    results = till.push([sale, ask]).json()["results"]
    assert [r["status"] for r in results] == ["applied", "applied"]
    again = till.push([sale, ask]).json()["results"]  # the answer was lost: sent again
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    [mail] = _bodies(hub)
    assert mail.recipient == "ada@example.com" and mail.status == "pending"
    assert mail.subject == "Your receipt S1-T01-000001 from Main St"
    lines = [ln.strip() for ln in mail.body.splitlines()]
    for expected in ("Main St", "1 Example Street", "Cashier: test", "SOAP",
                     "2 x 3.99                          7.98",
                     "MILK                                1.29",
                     "TOTAL                           9.27 USD",
                     "Card                                9.27", "Thank you!"):
        assert expected in lines, expected
    assert "4242" not in mail.body and "A1B2C3" not in mail.body  # nothing of the card


def test_a_second_request_for_the_same_sale_is_a_second_mail(till, hub) -> None:
    sale = sale_event(1)
    till.push([sale, _request(2, sale), _request(3, sale, "grace@example.com")])
    assert sorted(m.recipient for m in _bodies(hub)) == ["ada@example.com", "grace@example.com"]


def test_a_request_for_a_sale_the_hub_does_not_have_is_quarantined(till, hub) -> None:
    missing = sale_event(1)  # never pushed
    res = till.push([_request(1, missing)]).json()["results"][0]
    assert res["status"] == "invalid" and "not at the hub" in res["error"]
    assert _bodies(hub) == [] and list_messages(hub, status="pending") == []


def test_another_stores_sale_or_till_is_refused(till, hub, enroll_till) -> None:
    other = enroll_till("S2", "harbour")
    theirs = sale_event(1, store="S2")
    assert other.push([theirs]).json()["results"][0]["status"] == "applied"
    res = till.push([_request(1, theirs)]).json()["results"][0]
    assert res["status"] == "invalid" and "store" in res["error"]
    mine = sale_event(2)
    till.push([mine])
    res = till.push([_request(3, mine, till_code="T09")]).json()["results"][0]
    assert res["status"] == "invalid" and "till" in res["error"]
    assert _bodies(hub) == []


def test_the_text_says_the_customer_the_tax_included_and_the_local_time() -> None:
    sale = SaleCompletedPayload.model_validate({
        **sale_event(1, lines=[("SOAP", 399, "1")])["payload"],  # type: ignore[dict-item]
        "created_at": "2026-12-01T17:30:00+00:00",
        "taxes": [{"tax_class": "STD", "rate": "0.2", "base_minor": 333, "tax_minor": 66}],
        "tax_minor": 66, "change_minor": 101,
        "tenders": [{"kind": "cash", "amount_minor": 399, "tendered_minor": 500,
                     "change_minor": 101}]})
    ask = ReceiptEmailRequestedPayload(sale_id=uuid.uuid4(), receipt_no="S1-T01-000001",
                                       store_code="S1", till_code="T01", email="a@b.example",
                                       requested_at=datetime.now(UTC))
    text = receipt.receipt_text(sale, ask, store_name="Main St", timezone="Europe/Berlin",
                                customer="Ada Lovelace", prices_include_tax=True)
    lines = text.splitlines()
    assert lines[3].startswith("2026-12-01 18:30") and "Customer: Ada Lovelace" in lines
    assert "Tax (included)" in lines and not any(ln.startswith("Tax  ") for ln in lines)
    assert f"{'  STD 20% on 3.33':<35} 0.66" in lines
    assert f"{'Cash':<35} 5.00" in lines and f"{'Change':<35} 1.01" in lines
    assert all(len(ln) <= receipt.WIDTH for ln in lines)
