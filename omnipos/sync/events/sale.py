"""``sale.completed`` and ``sale.voided``: a sale as the till stored it, and its post-void."""

from __future__ import annotations

from typing import ClassVar, Self
from uuid import UUID

from pydantic import Field, model_validator

from omnipos.domain.tenders import TenderKind
from omnipos.sync.events.base import EventPayload, StockLinePayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor, QtyStr, RateStr, TillInput

__all__ = [
    "SaleCompletedPayload",
    "SaleLinePayload",
    "SaleTaxPayload",
    "SaleTenderPayload",
    "SaleVoidedPayload",
]


class SaleLinePayload(TillInput):
    line_no: int = Field(ge=1)
    sku: str = Field(min_length=1, max_length=64)
    gtin: str = Field(default="", max_length=14)
    name: str = Field(default="", max_length=200)
    qty: QtyStr
    unit_price_minor: Minor
    discount_minor: Minor = 0
    total_minor: Minor
    tax_class: str = Field(default="", max_length=40)
    tax_minor: Minor = 0


class SaleTaxPayload(TillInput):
    tax_class: str = Field(max_length=40)
    rate: RateStr
    base_minor: Minor
    tax_minor: Minor


class SaleTenderPayload(TillInput):
    kind: str = Field(min_length=1, max_length=12)  # omnipos.domain.tenders.TenderKind
    amount_minor: Minor
    tendered_minor: Minor = 0
    change_minor: Minor = 0
    approval_code: str = Field(default="", max_length=40)
    card_last4: str = Field(default="", max_length=4)  # never more of the card
    #: ``store_credit``: whose credit paid (the hub takes it off their account).
    customer_id: UUID | None = None

    @model_validator(mode="after")
    def _credit_has_customer(self) -> Self:
        if self.kind == TenderKind.STORE_CREDIT and self.customer_id is None:
            raise ValueError("a store credit tender names the customer (customer_id)")
        return self


class SaleCompletedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.SALE_COMPLETED

    sale_id: UUID
    receipt_no: str = Field(min_length=1, max_length=40)
    store_code: Code
    till_code: Code
    currency: Currency
    created_at: AwareDatetime
    cashier: str = Field(default="", max_length=160)
    shift_id: UUID | None = None
    #: The directory's customer the sale was for (found or added at the till), if any.
    customer_id: UUID | None = None
    subtotal_minor: Minor
    discount_minor: Minor = 0
    tax_minor: Minor
    total_minor: Minor
    rounding_minor: Minor = 0
    change_minor: Minor = 0
    lines: list[SaleLinePayload] = Field(min_length=1, max_length=10000)
    taxes: list[SaleTaxPayload] = Field(default_factory=list, max_length=100)
    tenders: list[SaleTenderPayload] = Field(default_factory=list, max_length=100)
    stock: list[StockLinePayload] = Field(default_factory=list, max_length=10000)


class SaleVoidedPayload(EventPayload):
    """A completed sale cancelled after the fact; ``stock`` puts its goods back."""

    event_type: ClassVar[EventType] = EventType.SALE_VOIDED

    sale_id: UUID
    receipt_no: str = Field(min_length=1, max_length=40)
    store_code: Code
    till_code: Code
    voided_at: AwareDatetime
    voided_by: str = Field(default="", max_length=160)
    approved_by: str = Field(default="", max_length=160)
    reason: str = Field(default="", max_length=200)
    stock: list[StockLinePayload] = Field(default_factory=list, max_length=10000)
