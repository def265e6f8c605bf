"""What a channel posts to ``/v1/orders`` and what it gets back (the channel API's models).

Money is integer minor units, quantities decimal strings, times ISO 8601 with
an offset; unknown fields are ignored, like every OmniPOS wire message.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import Field, field_validator, model_validator

from omnipos.domain.quantities import QuantityError, to_milli
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor, QtyStr, TillInput, Wire

__all__ = ["Address", "CustomerIn", "OrderAnswer", "OrderDetail", "OrderLineIn", "OrderRequest",
           "PickupFulfilment", "ShipFulfilment"]

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{1,63}$")


class CustomerIn(TillInput):
    name: str = Field(min_length=1, max_length=120)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=40)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not _EMAIL.match(value):
            raise ValueError("is not an email address")
        return value


class OrderLineIn(TillInput):
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr
    unit_price_minor: Minor = Field(ge=0)

    @field_validator("quantity")
    @classmethod
    def _positive(cls, value: str) -> str:
        try:
            if to_milli(value) <= 0:
                raise ValueError("must be more than 0")
        except QuantityError as exc:
            raise ValueError(str(exc)) from exc
        return value


class Address(TillInput):
    line1: str = Field(min_length=1, max_length=200)
    city: str = Field(min_length=1, max_length=100)
    postcode: str = Field(min_length=1, max_length=20)
    country: str = Field(pattern=r"^[A-Za-z]{2}$")
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)


class PickupFulfilment(TillInput):
    type: Literal["pickup"]
    store: Code


class ShipFulfilment(TillInput):
    type: Literal["ship"]
    address: Address


class OrderRequest(TillInput):
    channel_order_id: str = Field(min_length=1, max_length=64)
    placed_at: AwareDatetime
    customer: CustomerIn
    currency: Currency
    lines: list[OrderLineIn] = Field(min_length=1, max_length=500)
    paid: bool = True  # false: the customer pays (the rest) at pickup
    #: Paid before pickup while ``paid`` is false (a deposit at a till): the store takes the
    #: balance. Absent from orders that took none (their body hash stays as it was).
    deposit_minor: Minor | None = Field(default=None, gt=0)
    fulfilment: Annotated[PickupFulfilment | ShipFulfilment, Field(discriminator="type")]
    promised_by: AwareDatetime | None = None

    @model_validator(mode="after")
    def _deposit(self) -> OrderRequest:
        if self.deposit_minor is not None and self.paid:
            raise ValueError("deposit_minor is for an order not paid in full (paid: false)")
        if self.deposit_minor is not None and not isinstance(self.fulfilment, PickupFulfilment):
            raise ValueError("deposit_minor: a shipped order is paid in full")
        return self


class OrderAnswer(Wire):
    order_id: str
    state: str
    version: int
    nodes: list[str]
    pickup_code: str


class OrderDetail(OrderAnswer):
    """``GET /v1/orders/{order_id}``: everything about the order (see ``views.order_view``)."""

    channel_order_id: str
    placed_at: str
    customer: dict[str, Any]
    currency: str
    paid: bool
    paid_minor: int = 0  # the total when paid, else the deposit taken (0: none)
    deposit_minor: int = 0
    fulfilment: dict[str, Any]
    promised_by: str | None = None
    subtotal_minor: int
    tax_minor: int
    total_minor: int
    lines: list[dict[str, Any]]
    fulfilments: list[dict[str, Any]]
    reservations: list[dict[str, Any]]
    history: list[dict[str, Any]]
    exception: str | None = None
