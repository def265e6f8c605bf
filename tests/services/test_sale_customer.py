"""A sale names its customer: attached at the till, kept with the open sale, in the payload."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent, Sale
from omnipos.domain.errors import NotFoundError
from omnipos.services.customers import CustomerService
from omnipos.services.selling import CheckoutService
from omnipos.sync.events import SaleCompletedPayload


def test_the_sale_names_the_customer_it_was_for(store_db: Database) -> None:
    ada = CustomerService(store_db).create("Ada Lovelace", "+44 20 7946 0000")
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    svc.scan(cart, "SOAP")
    with pytest.raises(NotFoundError):
        svc.set_customer(cart, str(uuid.uuid4()))
    attached = svc.set_customer(cart, ada.customer_id)
    assert attached is not None and attached.name == "Ada Lovelace"
    assert cart.view().customer == attached
    payment = svc.start_payment(cart)
    payment.add_cash(payment.remaining_minor)
    done = svc.complete_sale(cart, payment)
    with store_db.read() as s:
        assert s.get(Sale, done.sale_id).customer_id == ada.customer_id
        row = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "sale.completed")).one()
        sent = SaleCompletedPayload.model_validate(row.payload)
    assert str(sent.customer_id) == ada.customer_id


def test_a_sale_for_nobody_names_no_customer(store_db: Database) -> None:
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    svc.scan(cart, "SOAP")
    bob = CustomerService(store_db).create("Bob", email="bob@example.com")
    svc.set_customer(cart, bob.customer_id)
    assert svc.set_customer(cart, None) is None
    payment = svc.start_payment(cart)
    payment.add_cash(payment.remaining_minor)
    svc.complete_sale(cart, payment)
    with store_db.read() as s:
        row = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "sale.completed")).one()
        assert row.payload["customer_id"] is None


def test_the_customer_stays_with_a_parked_and_an_open_sale(store_db: Database) -> None:
    ada = CustomerService(store_db).create("Ada Lovelace", email="ada@example.com")
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    svc.scan(cart, "SOAP")
    svc.set_customer(cart, ada.customer_id)
    svc.keep(cart)
    restarted = CheckoutService(store_db).open_sale()
    assert restarted is not None and restarted.cart.customer == cart.customer
    parked = svc.park(cart, label="for Ada")
    assert svc.resume(parked).customer == cart.customer
