"""What a channel (or an administrator) posts to ``/v1/returns`` to authorise a mail return.

``{order_id | receipt_no, lines: [{sku, quantity, reason}], customer,
return_to_store}``: the original is a web order or a sale of any store, by
its receipt number; the answer (``RmaData``) carries the RMA number the
return label prints as a Code 128 barcode.
"""

from __future__ import annotations

from typing import Self

from pydantic import Field, field_validator, model_validator

from omnipos.domain.quantities import QuantityError, to_milli
from omnipos.sync.wire import Code, QtyStr, TillInput

__all__ = ["RmaCustomerIn", "RmaLineIn", "RmaRequest"]


class RmaLineIn(TillInput):
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr
    reason: str = Field(default="", max_length=200)

    @field_validator("quantity")
    @classmethod
    def _positive(cls, value: str) -> str:
        try:
            if to_milli(value) <= 0:
                raise ValueError("must be more than 0")
        except QuantityError as exc:
            raise ValueError(str(exc)) from exc
        return value


class RmaCustomerIn(TillInput):
    name: str = Field(default="", max_length=120)
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=40)


class RmaRequest(TillInput):
    order_id: str = Field(default="", max_length=64)
    receipt_no: str = Field(default="", max_length=40)
    lines: list[RmaLineIn] = Field(min_length=1, max_length=500)
    customer: RmaCustomerIn = Field(default_factory=RmaCustomerIn)
    return_to_store: Code

    @model_validator(mode="after")
    def _one_original(self) -> Self:
        if bool(self.order_id.strip()) == bool(self.receipt_no.strip()):
            raise ValueError("give either order_id or receipt_no")
        return self
