"""The end of a sale: the customer on the receipt, an email receipt queued for the hub, and
the store's default receipt choice."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.settings import set_settings
from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.receipt import ReceiptChoice
from omnipos.services.customers import CustomerService
from omnipos.services.profile import RECEIPT_CHOICE_SETTING
from omnipos.services.selling import CheckoutService
from omnipos.sync.events import PAYLOADS, EventType, ReceiptEmailRequestedPayload
from omnipos.sync.outbox import outbox_depth


def _sell(svc: CheckoutService, customer_id: str | None = None, *, card: bool = False):
    cart = svc.new_cart()
    svc.scan(cart, "SOAP")
    svc.scan(cart, "MILK")
    if customer_id:
        svc.set_customer(cart, customer_id)
    payment = svc.start_payment(cart)
    if card:
        payment.add_card(payment.remaining_minor, "A1B2C3", "4242")
    else:
        payment.add_cash(payment.remaining_minor)
    return svc.complete_sale(cart, payment)


def _requests(db: Database) -> list[ReceiptEmailRequestedPayload]:
    with db.read() as s:
        rows = s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == EventType.RECEIPT_EMAIL_REQUESTED.value)).all()
        wire = [json.loads(json.dumps(r.payload)) for r in rows]
    model = PAYLOADS[EventType.RECEIPT_EMAIL_REQUESTED]
    return [model.model_validate(w) for w in wire]  # type: ignore[misc]


def test_the_receipt_names_the_sales_customer_and_the_sale_knows_their_email(
        store_db: Database) -> None:
    ada = CustomerService(store_db).create("Ada Lovelace", email="Ada@Example.com")
    svc = CheckoutService(store_db)
    done = _sell(svc, ada.customer_id)
    assert done.receipt.customer == "Ada Lovelace"
    assert done.customer_email == "ada@example.com"
    assert svc.receipt(done.sale_id).customer == "Ada Lovelace"  # reprints too
    nobody = _sell(svc)
    assert nobody.receipt.customer == "" and nobody.customer_email == ""


def test_an_email_receipt_is_queued_with_the_sale_and_the_address_only(
        store_db: Database) -> None:
    with store_db.transaction() as s:
        set_settings(s, {"receipt.header": ["1 Example Street"], "receipt.footer": ["Thanks!"]})
    svc = CheckoutService(store_db)
    done = _sell(svc, card=True)
    depth = outbox_depth(store_db)
    assert svc.email_receipt(done.sale_id, "  Grace@Example.COM ") == "grace@example.com"
    assert outbox_depth(store_db) == depth + 1  # waits for the hub with the sale
    [sent] = _requests(store_db)
    assert (str(sent.sale_id), sent.receipt_no, sent.email) == (
        done.sale_id, done.receipt_no, "grace@example.com")
    assert (sent.store_code, sent.till_code) == ("S001", "T01")
    assert sent.header == ["1 Example Street"] and sent.footer == ["Thanks!"]
    text = json.dumps(sent.model_dump(mode="json"))
    assert "4242" not in text and "A1B2C3" not in text  # nothing of the card


def test_a_bad_address_or_an_unknown_sale_queues_nothing(store_db: Database) -> None:
    svc = CheckoutService(store_db)
    done = _sell(svc)
    with pytest.raises(ValidationError, match="not an email address"):
        svc.email_receipt(done.sale_id, "grace at example")
    with pytest.raises(ValidationError, match="email address"):
        svc.email_receipt(done.sale_id, "   ")
    with pytest.raises(NotFoundError):
        svc.email_receipt("00000000-0000-0000-0000-000000000000", "grace@example.com")
    assert _requests(store_db) == []


def test_the_store_says_what_enter_picks_at_the_end_of_a_sale(store_db: Database) -> None:
    assert CheckoutService(store_db).store.receipt_choice is ReceiptChoice.PRINT
    for stored, expected in (("email", ReceiptChoice.EMAIL), ("none", ReceiptChoice.NONE),
                             ("a newer till's", ReceiptChoice.PRINT)):
        with store_db.transaction() as s:
            set_settings(s, {RECEIPT_CHOICE_SETTING: stored})
        assert CheckoutService(store_db).store.receipt_choice is expected
