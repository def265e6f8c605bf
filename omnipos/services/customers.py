"""Customers at the till: find one by phone, email or name, add one, what credit they can spend.

The till keeps the chain's directory as the hub's feed delivers it, so a
customer is found offline too. A customer added here is stored at once and
reaches the hub as ``customer.created`` (one transaction for both); the hub's
record of them then comes back on the feed. Store credit is spent against the
last balance the hub sent, less what this till spent since that the hub has
not counted yet, and offline only up to the store's offline limit
(``store.credit_offline_limit_minor``, default 50.00). Credit a return here issued
counts as soon as it is issued, before the hub has it.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from omnipos.db import customers as repo
from omnipos.db.engine import Database
from omnipos.db.models import Customer
from omnipos.db.settings import get_setting
from omnipos.domain.customers import Contact, normalize_email, normalize_phone
from omnipos.domain.errors import ValidationError, message
from omnipos.domain.tenders import TenderKind, store_credit_spendable
from omnipos.sync.outbox import enqueue, unacknowledged_payloads
from omnipos.sync.state import ONLINE, get_state

__all__ = ["CREDIT_OFFLINE_LIMIT", "CustomerService", "CustomerView", "known_balance",
           "pending_credit"]

log = logging.getLogger(__name__)

#: The store setting holding the offline store-credit limit per customer (minor units).
CREDIT_OFFLINE_LIMIT = "store.credit_offline_limit_minor"
DEFAULT_OFFLINE_LIMIT_MINOR = 5_000
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-/]{4,}$")


@dataclass(frozen=True, slots=True)
class CustomerView:
    """A customer as the Sell and Returns screens show one."""

    customer_id: str
    name: str
    phone: str
    email: str
    credit_minor: int  # in the store's currency, as the hub last said
    credit_as_of: datetime | None
    from_hub: bool  # False: added here, the hub has not sent its record back yet


class CustomerService:
    def __init__(self, db: Database, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.db = db
        self._clock = clock

    def _view(self, row: Customer, currency: str) -> CustomerView:
        return CustomerView(row.id, row.name, row.phone, row.email,
                            int((row.credit or {}).get(currency, 0)), row.credit_as_of,
                            row.source == "hub")

    def find(self, text: str, limit: int = 20) -> list[CustomerView]:
        """Customers by what was typed: an email, a phone number (or its last digits), or
        the start of words of the name."""
        query = (text or "").strip()
        if not query:
            raise ValidationError(message("type a phone number, an email or part of a name"))
        if "@" in query:
            criteria = {"email": normalize_email(query)}
        elif _PHONE_LIKE.match(query):
            criteria = {"phone": normalize_phone(query)}
        else:
            criteria = {"name": query}
        with self.db.read() as s:
            currency = str(get_setting(s, "store.currency", ""))
            return [self._view(r, currency) for r in repo.find_customers(s, limit=limit,
                                                                         **criteria)]

    def get(self, customer_id: str) -> CustomerView | None:
        with self.db.read() as s:
            row = s.get(Customer, customer_id)
            return None if row is None else self._view(row, str(get_setting(s, "store.currency",
                                                                            "")))

    def create(self, name: str, phone: str = "", email: str = "", *,
               staff: str = "") -> CustomerView:
        """Add a customer here (and tell the hub); a phone or email already known is refused
        so the cashier picks that customer instead."""
        contact = Contact.parse(name, phone, email)
        now = self._clock()
        with self.db.transaction() as s:
            tests = []
            if contact.phone:
                tests.append(Customer.phone == contact.phone)
            if contact.email:
                tests.append(Customer.email == contact.email)
            clash = s.scalars(select(Customer).where(or_(*tests)).limit(1)).first()
            if clash is not None:
                raise ValidationError(message("{name} already has this phone number or email"),
                                      name=clash.name)
            store = str(get_setting(s, "store.code", ""))
            cid = str(uuid.uuid4())
            row = repo.add_customer(s, cid, contact, now)
            # The payload models (pydantic) load once the window shows (TillServices.warm_up).
            from omnipos.sync.events import CustomerCreatedPayload

            enqueue(s, CustomerCreatedPayload(
                customer_id=UUID(cid), name=contact.name, phone=contact.phone,
                email=contact.email, store_code=store, created_at=now, created_by=staff,
            ), now)
            view = self._view(row, str(get_setting(s, "store.currency", "")))
        log.info("customer %s added at the till", cid)
        return view

    def spendable_credit(self, customer_id: str, *, online: bool | None = None) -> int:
        """What the customer may spend of their store credit at this till now (``online``
        None: as the last sync pass found the hub)."""
        with self.db.read() as s:
            row = s.get(Customer, customer_id)
            if row is None:
                return 0
            currency = str(get_setting(s, "store.currency", ""))
            limit = int(get_setting(s, CREDIT_OFFLINE_LIMIT, DEFAULT_OFFLINE_LIMIT_MINOR))
            spent, issued = pending_credit(s, customer_id)
            balance = int((row.credit or {}).get(currency, 0)) + issued
            if online is None:
                online = bool(get_state(s, ONLINE, False))
        return store_credit_spendable(balance, spent, online=online, offline_limit_minor=limit)


def pending_credit(session: Session, customer_id: str) -> tuple[int, int]:
    """(spent, issued): the customer's store credit this till spent in sales and issued in
    returns that the hub has not counted yet."""
    # The payload models (pydantic) load once the window shows (TillServices.warm_up).
    from omnipos.sync.events import EventType

    spent = sum(
        int(t.get("amount_minor", 0))
        for payload in unacknowledged_payloads(session, EventType.SALE_COMPLETED)
        for t in payload.get("tenders", [])
        if t.get("kind") == TenderKind.STORE_CREDIT and str(t.get("customer_id")) == customer_id
    )
    issued = sum(
        int(r.get("amount_minor", 0))
        for payload in unacknowledged_payloads(session, EventType.RETURN_COMPLETED)
        for r in payload.get("refunds", [])
        if r.get("kind") == TenderKind.STORE_CREDIT and str(r.get("customer_id")) == customer_id
    )
    return spent, issued


def known_balance(session: Session, customer_id: str, currency: str) -> int:
    """The customer's store credit as this till knows it: the hub's last balance, with what
    this till spent and issued since."""
    row = session.get(Customer, customer_id)
    if row is None:
        return 0
    spent, issued = pending_credit(session, customer_id)
    return int((row.credit or {}).get(currency, 0)) + issued - spent
