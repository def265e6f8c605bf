"""The returns wire: the feed records, the two return facts, the order look-up's answer.

Hub -> till (pulled):

* ``return_policy``, keyed by store code: the policy in force at that store
  (``omnipos.domain.returns.ReturnPolicy.to_dict``), which the till applies
  offline exactly as the hub does;
* ``rma``, keyed by ``rma_id``, on the feed of the store the parcel is
  addressed to: the return authorisation with its expected lines, and, once
  taken in, each line's outcome and the refund.

Till -> hub (pushed facts, never refused for business reasons):

* ``return.completed``: a return at the counter (with or without the
  original receipt, possibly one half of an exchange), with each line's
  condition and disposition and the refund per tender. The hub counts each
  line against what was sold less what earlier returns, at any store, took
  back; beyond that it records an exception for customer service and holds
  the goods in quality control instead of restocking them a second time.
* ``mail_return.received``: a parcel taken in, with each item's outcome. The
  hub computes the refund by the shared policy, records it apart from its
  payout, marks the RMA received and moves stock by disposition.

``GET /v1/orders/lookup`` answers ``OrderLookup``: a sale of any store of the
chain, or a web order, with what was already returned and refunded.
"""

from __future__ import annotations

from typing import ClassVar, Literal, Self
from uuid import UUID

from pydantic import Field, model_validator

from omnipos.domain.returns import Condition, Disposition, Refusal, RmaState
from omnipos.domain.tenders import TenderKind
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor, QtyStr, TillInput, Wire

__all__ = [
    "POLICY_KIND",
    "RMA_KIND",
    "IntakeItemPayload",
    "LookupLine",
    "LookupReturn",
    "LookupTender",
    "MailReturnReceivedPayload",
    "ManagerOverridePayload",
    "OrderLookup",
    "RefundPayload",
    "ReturnCompletedPayload",
    "ReturnLinePayload",
    "ReturnPolicyData",
    "RmaCustomer",
    "RmaData",
    "RmaLineData",
    "RmaOutcome",
]

#: Feed change kinds (hub -> till).
POLICY_KIND = "return_policy"
RMA_KIND = "rma"

# --- feed records -------------------------------------------------------------------


class ReturnPolicyData(Wire):
    """``data`` of a ``return_policy`` change: the policy in force at ``store_code``."""

    store_code: str
    policy: dict[str, object]  # ReturnPolicy.to_dict()


class RmaCustomer(Wire):
    customer_id: UUID | None = None
    name: str = ""
    email: str = ""
    phone: str = ""


class RmaOutcome(Wire):
    """What became of some of a line's units when the parcel was taken in."""

    quantity: QtyStr
    condition: Condition | None = None  # None: not received (missing)
    disposition: Disposition
    refund_minor: Minor = 0
    fee_minor: Minor = 0
    note: str = ""


class RmaLineData(Wire):
    line_no: int
    sku: str
    name: str = ""
    quantity: QtyStr
    reason: str = ""
    #: The line of the original sale or order it returns.
    sale_line_no: int | None = None
    #: What the customer paid for ``quantity`` (the most the line can refund).
    paid_minor: Minor = 0
    outcomes: list[RmaOutcome] = Field(default_factory=list)


class RmaData(Wire):
    """``data`` of an ``rma`` change: the authorisation as it stands now."""

    rma_id: UUID
    number: str  # printed on the label as a Code 128 barcode
    state: RmaState
    store_code: str  # the store the parcel is addressed to
    currency: str
    #: What it returns: a sale of any store (by receipt), or a web order.
    sale_id: UUID | None = None
    receipt_no: str = ""
    order_id: str = ""
    #: A web order's number at its channel: what the customer's email and packing slip say.
    order_number: str = ""
    origin_store: str = ""
    customer: RmaCustomer = Field(default_factory=RmaCustomer)
    lines: list[RmaLineData]
    created_at: AwareDatetime
    received_at: AwareDatetime | None = None
    received_store: str = ""
    refund_minor: Minor = 0


# --- return.completed ----------------------------------------------------------------


class ReturnLinePayload(TillInput):
    line_no: int = Field(ge=1)
    #: The original sale's (or web order's) line; None for a return without a receipt.
    sale_line_no: int | None = Field(default=None, ge=1)
    sku: str = Field(min_length=1, max_length=64)
    name: str = Field(default="", max_length=200)
    qty: QtyStr  # positive: what came back
    condition: Condition = Condition.NEW
    disposition: Disposition = Disposition.RESTOCK
    reason: str = Field(default="", max_length=200)
    refund_minor: Minor = Field(ge=0)  # after the fee
    fee_minor: Minor = Field(default=0, ge=0)
    tax_minor: Minor = Field(default=0, ge=0)  # the tax inside refund_minor


class RefundPayload(TillInput):
    """What went back to one tender (or store credit issued, or the exchange's value)."""

    kind: TenderKind
    amount_minor: Minor = Field(gt=0)
    #: The original tender (its ``idx`` in the look-up), if it went back to one.
    tender_idx: int | None = Field(default=None, ge=1)
    #: The original payment's terminal reference, and the refund's own.
    reference: str = Field(default="", max_length=40)
    refund_reference: str = Field(default="", max_length=40)
    card_last4: str = Field(default="", max_length=4)
    customer_id: UUID | None = None  # store credit: whose account

    @model_validator(mode="after")
    def _credit_has_customer(self) -> Self:
        if self.kind is TenderKind.STORE_CREDIT and self.customer_id is None:
            raise ValueError("store credit names the customer (customer_id)")
        return self


class ManagerOverridePayload(TillInput):
    """A manager lifted the policy's refusals (the till journalled it too)."""

    approved_by: str = Field(min_length=1, max_length=160)
    reason: str = Field(default="", max_length=200)
    refusals: list[Refusal] = Field(default_factory=list)


class ReturnCompletedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.RETURN_COMPLETED

    return_id: UUID
    return_no: str = Field(min_length=1, max_length=40)  # the return receipt's number
    store_code: Code
    till_code: Code
    currency: Currency
    created_at: AwareDatetime
    cashier: str = Field(default="", max_length=160)
    shift_id: UUID | None = None
    #: The original: a sale (sale_id and its receipt_no) or a web order (order_id);
    #: neither for a return without a receipt.
    sale_id: UUID | None = None
    receipt_no: str = Field(default="", max_length=40)
    order_id: str = Field(default="", max_length=64)
    customer_id: UUID | None = None
    lines: list[ReturnLinePayload] = Field(min_length=1, max_length=1000)
    refunds: list[RefundPayload] = Field(default_factory=list, max_length=100)
    refund_minor: Minor = Field(ge=0)
    fee_minor: Minor = Field(default=0, ge=0)
    override: ManagerOverridePayload | None = None
    #: The sale made in the same transaction (an exchange), if any.
    exchange_sale_id: UUID | None = None

    @property
    def no_receipt(self) -> bool:
        return self.sale_id is None and not self.order_id

    @model_validator(mode="after")
    def _adds_up(self) -> Self:
        if sum(r.amount_minor for r in self.refunds) != self.refund_minor:
            raise ValueError("refunds do not add up to refund_minor")
        if self.no_receipt:
            if self.customer_id is None:
                raise ValueError("a return without a receipt names the customer")
            if any(r.kind is not TenderKind.STORE_CREDIT for r in self.refunds):
                raise ValueError("a return without a receipt refunds store credit only")
            if any(ln.sale_line_no is not None for ln in self.lines):
                raise ValueError("a return without a receipt has no sale lines")
        return self


# --- mail_return.received ------------------------------------------------------------


class IntakeItemPayload(TillInput):
    """Some units found (or not found) in the parcel, with what became of them."""

    #: The RMA line it answers; None for an item the RMA did not expect.
    rma_line_no: int | None = Field(default=None, ge=1)
    sku: str = Field(min_length=1, max_length=64)
    qty: QtyStr
    #: None only with disposition ``not_received`` (expected, not in the parcel).
    condition: Condition | None = Condition.NEW
    disposition: Disposition = Disposition.RESTOCK
    note: str = Field(default="", max_length=200)

    @model_validator(mode="after")
    def _graded(self) -> Self:
        if self.condition is None and self.disposition.received:
            raise ValueError("an item in the parcel has a condition")
        return self


class MailReturnReceivedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.MAIL_RETURN_RECEIVED

    intake_id: UUID
    #: The RMA the parcel came with (either field); neither for a parcel without one.
    rma_id: UUID | None = None
    rma_number: str = Field(default="", max_length=20)
    #: A parcel without an RMA, matched to a sale or web order by the associate.
    receipt_no: str = Field(default="", max_length=40)
    order_id: str = Field(default="", max_length=64)
    store_code: Code
    till_code: Code
    received_at: AwareDatetime
    received_by: str = Field(default="", max_length=160)
    items: list[IntakeItemPayload] = Field(default_factory=list, max_length=1000)
    note: str = Field(default="", max_length=500)  # e.g. why a parcel was set aside


# --- GET /v1/orders/lookup -----------------------------------------------------------


class LookupLine(Wire):
    line_no: int
    sku: str
    name: str = ""
    category: str = ""  # the hub's catalog category (the policy's window)
    #: What the customer got: the quantity sold, or what a web order delivered (0 before it
    #: was handed over or shipped).
    qty: QtyStr
    unit_price_minor: Minor
    discount_minor: Minor = 0
    total_minor: Minor
    tax_class: str = ""
    tax_minor: Minor = 0
    #: What the customer paid for the line: its total, tax included (the most it refunds).
    paid_minor: Minor = 0
    #: Taken back by earlier returns at any store, and what they refunded for it.
    returned_qty: QtyStr = "0"
    refunded_minor: Minor = 0
    #: What may still come back: qty - returned_qty.
    returnable_qty: QtyStr


class LookupTender(Wire):
    idx: int
    kind: TenderKind
    amount_minor: Minor
    refunded_minor: Minor = 0
    reference: str = ""  # the terminal's approval code
    card_last4: str = ""
    customer_id: UUID | None = None


class LookupReturn(Wire):
    return_id: UUID
    return_no: str
    store_code: str
    created_at: AwareDatetime
    refund_minor: Minor


class OrderLookup(Wire):
    """A sale or web order, as a till needs it to take a return."""

    kind: Literal["sale", "web_order"]
    sale_id: UUID | None = None
    receipt_no: str = ""
    order_id: str = ""
    store_code: str  # where it was sold (or, for a web order, the pickup store if any)
    till_code: str = ""
    channel: str = ""
    #: A web order's state (``omnipos.domain.pickup.OrderState``); "" for a sale.
    state: str = ""
    currency: str
    created_at: AwareDatetime
    customer_id: UUID | None = None
    customer_name: str = ""
    subtotal_minor: Minor
    tax_minor: Minor
    total_minor: Minor
    lines: list[LookupLine]
    tenders: list[LookupTender]
    returns: list[LookupReturn] = Field(default_factory=list)
