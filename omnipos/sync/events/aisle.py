"""The endless aisle's wire: an order a till takes for an item this store does not have.

Till -> hub (pushed fact): ``order.requested``. The customer has paid at the
till (an ordinary sale of the till, its receipt named here), paid a deposit
(``paid_minor``, the balance taken when collecting) or pays when collecting;
the hub takes the order in through the same code path as a channel's
``POST /v1/orders`` (the till's store is the channel, the till's order number
the channel's order id, so a replay is the same order) and routes it: to the
store that collects it, or to whichever node ships it.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal
from uuid import UUID

from pydantic import Field

from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor, QtyStr, TillInput

__all__ = ["AisleAddress", "AisleCustomer", "AisleLine", "AislePickup", "AisleShip",
           "DepositRefundedPayload", "OrderRequestedPayload"]


class AisleCustomer(TillInput):
    name: str = Field(min_length=1, max_length=120)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=40)


class AisleLine(TillInput):
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr
    unit_price_minor: Minor = Field(ge=0)


class AisleAddress(TillInput):
    line1: str = Field(min_length=1, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    postcode: str = Field(min_length=1, max_length=20)
    country: str = Field(pattern=r"^[A-Za-z]{2}$")


class AislePickup(TillInput):
    type: Literal["pickup"] = "pickup"
    store: Code


class AisleShip(TillInput):
    type: Literal["ship"] = "ship"
    address: AisleAddress


class OrderRequestedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.ORDER_REQUESTED

    order_id: UUID  # the till's own id of the order
    number: str = Field(min_length=1, max_length=40)  # the channel's order id at the hub
    store_code: Code
    till_code: Code
    placed_at: AwareDatetime
    customer: AisleCustomer
    currency: Currency
    lines: list[AisleLine] = Field(min_length=1, max_length=100)
    paid: bool  # paid in full at the till; False: the customer pays (the rest) when collecting
    #: What the customer paid at the till: the total, a deposit, or 0 (a till before deposits
    #: sends only ``paid``).
    paid_minor: Minor = Field(default=0, ge=0)
    receipt_no: str = Field(default="", max_length=40)  # the till's sale that paid it
    fulfilment: Annotated[AislePickup | AisleShip, Field(discriminator="type")]
    staff: str = Field(default="", max_length=160)


class DepositRefundedPayload(EventPayload):
    """The collecting store paid a cancelled order's deposit back (a fact): the hub's order
    keeps no deposit, so no other till pays it back again."""

    event_type: ClassVar[EventType] = EventType.ORDER_DEPOSIT_REFUNDED

    pickup_id: UUID
    order_number: str = Field(min_length=1, max_length=64)
    store_code: Code
    till_code: Code
    amount_minor: Minor = Field(gt=0)
    currency: Currency
    refunded_at: AwareDatetime
    staff: str = Field(default="", max_length=160)
