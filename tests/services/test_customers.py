"""Customers at the till: find, add (with its ``customer.created`` event), credit to spend."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from omnipos.db.customers import apply_customer_change
from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.settings import set_setting
from omnipos.domain.errors import ValidationError
from omnipos.services.customers import CREDIT_OFFLINE_LIMIT, CustomerService
from omnipos.services.selling import CheckoutService
from omnipos.sync.events import CustomerCreatedPayload


def _from_hub(db: Database, name: str, *, phone: str = "", email: str = "",
              credit: int = 0) -> str:
    cid = str(uuid.uuid4())
    with db.transaction() as s:
        apply_customer_change(s, {"customer_id": cid, "name": name, "phone": phone,
                                  "email": email, "credit": {"USD": credit},
                                  "credit_as_of": datetime.now(UTC).isoformat()},
                              datetime.now(UTC))
    return cid


def test_find_by_phone_email_or_name_as_typed(store_db: Database) -> None:
    _from_hub(store_db, "Zoë Ng", phone="5550102030", credit=1250)
    _from_hub(store_db, "Sam Okafor", email="sam@example.org")
    svc = CustomerService(store_db)
    [zoe] = svc.find("(555) 010-2030")
    assert (zoe.name, zoe.credit_minor, zoe.from_hub) == ("Zoë Ng", 1250, True)
    assert [c.name for c in svc.find("0102030")] == ["Zoë Ng"]
    assert [c.name for c in svc.find("SAM@EXAMPLE.ORG")] == ["Sam Okafor"]
    assert [c.name for c in svc.find("oka")] == ["Sam Okafor"]
    assert [c.name for c in svc.find("zoe")] == ["Zoë Ng"]
    assert svc.find("nobody") == []
    with pytest.raises(ValidationError):
        svc.find("  ")


def test_a_customer_added_here_is_stored_with_its_event_in_one_go(store_db: Database) -> None:
    svc = CustomerService(store_db)
    ada = svc.create("Ada  Lovelace", email="Ada@Example.org", staff="ann")
    assert (ada.name, ada.email, ada.from_hub, ada.credit_minor) == \
        ("Ada Lovelace", "ada@example.org", False, 0)
    with store_db.read() as s:
        [row] = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "customer.created"))
        sent = CustomerCreatedPayload.model_validate(row.payload)
    assert (str(sent.customer_id), sent.store_code, sent.created_by) == \
        (ada.customer_id, "S001", "ann")
    assert svc.get(ada.customer_id) == ada
    with pytest.raises(ValidationError, match="Ada Lovelace already has this phone"):
        svc.create("A. Lovelace", email="ada@example.org")
    with pytest.raises(ValidationError, match="phone number or email"):
        svc.create("No Contact")


def test_credit_spendable_offline_counts_what_this_till_spent_since(store_db: Database) -> None:
    cid = _from_hub(store_db, "Zoë Ng", phone="5550102030", credit=12000)
    customers = CustomerService(store_db)
    assert customers.spendable_credit(cid, online=True) == 12000
    assert customers.spendable_credit(cid, online=False) == 5000  # the default limit
    checkout = CheckoutService(store_db)
    cart = checkout.new_cart()
    checkout.add_sku(cart, "SOAP", 5)
    payment = checkout.start_payment(cart)
    payment.add_store_credit(1500, cid, customers.spendable_credit(cid, online=False))
    payment.add_cash(payment.remaining_minor)
    checkout.complete_sale(cart, payment)
    with store_db.read() as s:
        [sent] = s.scalars(select(OutboxEvent.payload)
                           .where(OutboxEvent.type == "sale.completed"))
    credit_tender = sent["tenders"][0]
    assert (credit_tender["kind"], credit_tender["amount_minor"], credit_tender["customer_id"]) \
        == ("store_credit", 1500, cid)
    assert customers.spendable_credit(cid, online=False) == 3500
    assert customers.spendable_credit(cid, online=True) == 10500
    with store_db.transaction() as s:
        set_setting(s, CREDIT_OFFLINE_LIMIT, 10_000)
    assert customers.spendable_credit(cid, online=False) == 8500
    assert customers.spendable_credit(str(uuid.uuid4()), online=True) == 0
