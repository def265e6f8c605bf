"""The chain's customer directory: find by phone, email or name; add; on every store's feed.

A customer added at a till arrives as ``customer.created`` with the id the
till gave it, and is kept as sent even when another customer has the same
phone or email (the till may have been offline; a person merges duplicates).
An administrator adding one by hand is told about such a clash instead.
Every change goes on the feed as a ``customer`` record (``CustomerData``):
name, phone, email, the store-credit balances and recent no-receipt returns.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omnipos.domain.customers import Contact, name_key, normalize_email, normalize_phone
from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.hub.customers import credit
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Customer, ReturnRecord
from omnipos.sync.events.customers import CUSTOMER_KIND

__all__ = ["add_customer", "customer_changes", "customer_data", "find_customers",
           "get_customer", "publish", "record_customer"]

#: How far back the feed lists a customer's no-receipt returns (the limits' window).
NO_RECEIPT_DAYS = 30
MAX_FOUND = 50


def customer_data(session: Session, customer: Customer) -> dict[str, Any]:
    """The ``customer`` feed record of ``customer`` (``CustomerData``, as JSON)."""
    now = datetime.now(UTC)
    since = now - timedelta(days=NO_RECEIPT_DAYS)
    recent = session.execute(
        select(ReturnRecord.created_at, ReturnRecord.refund_minor)
        .where(ReturnRecord.customer_id == customer.id, ReturnRecord.no_receipt.is_(True),
               ReturnRecord.created_at >= since)
        .order_by(ReturnRecord.created_at)
    ).all()
    return {
        "customer_id": customer.id,
        "name": customer.name,
        "phone": customer.phone,
        "email": customer.email,
        "credit": credit.balances(session, customer.id),
        "credit_as_of": now.isoformat(),
        "no_receipt_returns": [{"at": r.created_at.isoformat(), "amount_minor": r.refund_minor}
                               for r in recent],
    }


def customer_changes(session: Session, customer_ids: Iterable[str]) -> list[PendingChange]:
    """Feed changes for the known customers among ``customer_ids``."""
    changes = []
    for cid in sorted(set(customer_ids)):
        row = session.get(Customer, cid)
        if row is not None:
            changes.append(PendingChange(CUSTOMER_KIND, cid, None, customer_data(session, row)))
    return changes


def publish(session: Session, customer_ids: Iterable[str]) -> None:
    """Put the customers' records on the feed (the transaction's last write)."""
    session.flush()
    append_changes(session, customer_changes(session, customer_ids))


def record_customer(session: Session, customer_id: str, contact: Contact, *,
                    store_code: str | None, created_at: datetime) -> bool:
    """Add the customer under the given id; False (and no change) when the id is known."""
    if session.get(Customer, customer_id) is not None:
        return False
    session.add(Customer(
        id=customer_id, name=contact.name, name_key=name_key(contact.name), phone=contact.phone,
        email=contact.email, created_store=store_code, created_at=created_at,
        updated_at=datetime.now(UTC),
    ))
    session.flush()
    return True


def _clash(session: Session, contact: Contact) -> Customer | None:
    tests = []
    if contact.phone:
        tests.append(Customer.phone == contact.phone)
    if contact.email:
        tests.append(Customer.email == contact.email)
    return session.scalars(select(Customer).where(or_(*tests)).limit(1)).first()


def add_customer(db: HubDB, name: str, *, phone: str = "", email: str = "",
                 store_code: str | None = None) -> dict[str, Any]:
    """A new customer (administrator or channel); a phone or email in use is refused."""
    contact = Contact.parse(name, phone, email)
    with db.transaction() as s:
        other = _clash(s, contact)
        if other is not None:
            raise ValidationError(
                f"customer {other.id} ({other.name}) already has this phone number or email"
            )
        cid = str(uuid.uuid4())
        record_customer(s, cid, contact, store_code=store_code, created_at=datetime.now(UTC))
        row = s.get(Customer, cid)
        assert row is not None
        data = customer_data(s, row)
        publish(s, [cid])
    return data


def get_customer(db: HubDB, customer_id: str) -> dict[str, Any]:
    """The customer's record with every store-credit entry."""
    with db.read() as s:
        row = s.get(Customer, customer_id)
        if row is None:
            raise NotFoundError(f"no customer {customer_id!r}")
        data = customer_data(s, row)
        data["credit_entries"] = credit.entries(s, customer_id)
        return data


def find_customers(db: HubDB, *, phone: str = "", email: str = "", name: str = "",
                   limit: int = MAX_FOUND) -> list[dict[str, Any]]:
    """Customers matching every criterion given: the phone as typed (or its last digits),
    the email in any case, or words the name starts with."""
    stmt = select(Customer)
    if phone:
        digits = normalize_phone(phone)
        stmt = stmt.where(or_(Customer.phone == digits,
                              Customer.phone.endswith(digits.lstrip("+"), autoescape=True)))
    if email:
        stmt = stmt.where(Customer.email == normalize_email(email))
    if name:
        key = name_key(name)
        if not key:
            raise ValidationError("give part of the customer's name")
        stmt = stmt.where(or_(Customer.name_key.startswith(key, autoescape=True),
                              Customer.name_key.contains(" " + key, autoescape=True)))
    if not (phone or email or name):
        raise ValidationError("find a customer by --phone, --email or --name")
    with db.read() as s:
        rows = s.scalars(stmt.order_by(Customer.name_key, Customer.id).limit(limit)).all()
        return [customer_data(s, r) for r in rows]
