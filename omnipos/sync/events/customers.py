"""The customer wire: the ``customer`` feed record and ``customer.created`` from a till.

The hub keeps the chain's customer directory. Every store's tills pull it as
``customer`` changes keyed by ``customer_id``, so a customer is found at any
till, offline too, and can spend store credit at any store. The record holds
only what serving the customer needs: name, phone, email, and the store
credit balance as the hub last computed it. A customer added at a till gets
its id there and reaches the hub as ``customer.created``; the hub's record
then comes back on the feed like any other.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from pydantic import Field

from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Minor, Wire

__all__ = ["CUSTOMER_KIND", "CustomerCreatedPayload", "CustomerData", "NoReceiptReturn"]

#: The feed change kind of a customer record (every store's feed).
CUSTOMER_KIND = "customer"


class NoReceiptReturn(Wire):
    """One of the customer's recent returns without a receipt (for the per-customer limits)."""

    at: AwareDatetime
    amount_minor: Minor


class CustomerData(Wire):
    """``data`` of a ``customer`` change: the record in force now."""

    customer_id: UUID
    name: str = Field(max_length=120)
    phone: str = Field(default="", max_length=40)  # normalised: digits, maybe a leading +
    email: str = Field(default="", max_length=254)  # lower case
    #: Store credit balance per currency (minor units), as of ``credit_as_of``.
    credit: dict[str, Minor] = Field(default_factory=dict)
    credit_as_of: AwareDatetime | None = None
    #: No-receipt returns inside the policy's window, newest last.
    no_receipt_returns: list[NoReceiptReturn] = Field(default_factory=list, max_length=100)


class CustomerCreatedPayload(EventPayload):
    """A customer added at a till (the Sell screen, a return without a receipt)."""

    event_type: ClassVar[EventType] = EventType.CUSTOMER_CREATED

    customer_id: UUID
    name: str = Field(min_length=1, max_length=120)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=254)
    store_code: Code
    created_at: AwareDatetime
    created_by: str = Field(default="", max_length=160)
