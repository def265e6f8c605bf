"""Customers on the till: the hub's directory as the feed delivers it (kind ``customer``),
and customers added here until the hub's record of them comes back."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omnipos.db.models import Customer
from omnipos.domain.customers import Contact, name_key

__all__ = ["add_customer", "apply_customer_change", "find_customers"]


def apply_customer_change(session: Session, data: Mapping[str, Any], now: datetime) -> None:
    """Apply one ``customer`` change (``CustomerData`` as JSON, already validated)."""
    cid = str(data["customer_id"])
    row = session.get(Customer, cid)
    if row is None:
        row = Customer(id=cid, created_at=now)
        session.add(row)
    row.name = str(data["name"])
    row.name_key = name_key(row.name)
    row.phone, row.email = str(data.get("phone") or ""), str(data.get("email") or "")
    row.credit = dict(data.get("credit") or {})
    as_of = data.get("credit_as_of")
    row.credit_as_of = datetime.fromisoformat(as_of) if isinstance(as_of, str) else as_of
    row.no_receipt_returns = list(data.get("no_receipt_returns") or [])
    row.source, row.updated_at = "hub", now
    session.flush()


def add_customer(session: Session, customer_id: str, contact: Contact, now: datetime) -> Customer:
    """A customer added at this till (the hub learns of it from ``customer.created``)."""
    row = Customer(id=customer_id, name=contact.name, name_key=name_key(contact.name),
                   phone=contact.phone, email=contact.email, credit={}, credit_as_of=None,
                   no_receipt_returns=[], source="till", created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    return row


def find_customers(session: Session, *, phone: str = "", email: str = "", name: str = "",
                   limit: int = 20) -> list[Customer]:
    """Customers matching every criterion given (phone exactly or by its last digits, email,
    words the name starts with), by name."""
    stmt = select(Customer)
    if phone:
        stmt = stmt.where(or_(Customer.phone == phone,
                              Customer.phone.endswith(phone.lstrip("+"), autoescape=True)))
    if email:
        stmt = stmt.where(Customer.email == email)
    if name:
        key = name_key(name)
        stmt = stmt.where(or_(Customer.name_key.startswith(key, autoescape=True),
                              Customer.name_key.contains(" " + key, autoescape=True)))
    return list(session.scalars(stmt.order_by(Customer.name_key, Customer.id).limit(limit)))
