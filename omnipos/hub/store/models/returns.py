"""Returns: return authorisations (RMAs), returns taken in, refund payouts, the policy.

A return's record and its lines are the refund *decision* (what each line
refunds, by the shared policy); ``refund_payouts`` are its payment, one per
tender, which a till paid at the counter or a payment connector settles later.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class Rma(HubBase):
    """A return authorisation: a parcel the hub expects at ``store_code``."""

    __tablename__ = "rmas"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(12), unique=True)  # domain.returns.rma_number
    state: Mapped[str] = mapped_column(String(12))  # domain.returns.RmaState
    requested_by: Mapped[str] = mapped_column(String(80), default="")  # channel:NAME | admin
    sale_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    order_id: Mapped[str] = mapped_column(String(64), default="")
    origin_store: Mapped[str] = mapped_column(String(20), default="")
    store_code: Mapped[str] = mapped_column(String(20), index=True)  # return to this store
    currency: Mapped[str] = mapped_column(String(3))
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    customer_email: Mapped[str] = mapped_column(String(254), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    received_at: Mapped[datetime | None] = mapped_column(default=None)
    received_store: Mapped[str] = mapped_column(String(20), default="")
    return_id: Mapped[str | None] = mapped_column(String(36), default=None)  # the intake


class RmaLine(HubBase):
    __tablename__ = "rma_lines"
    rma_id: Mapped[str] = mapped_column(ForeignKey("rmas.id", ondelete="CASCADE"),
                                        primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(200), default="")
    sale_line_no: Mapped[int] = mapped_column(Integer)  # the original sale's or order's line
    paid_minor: Mapped[int] = mapped_column(BigInteger, default=0)  # what that quantity paid


class ReturnRecord(HubBase):
    """A return taken in: at a counter (``return.completed``) or by mail (an intake)."""

    __tablename__ = "returns"
    return_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # hub.returns.records.ReturnKind
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    return_no: Mapped[str] = mapped_column(String(40), default="")
    sale_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    order_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    rma_id: Mapped[str | None] = mapped_column(String(36), default=None)
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    currency: Mapped[str] = mapped_column(String(3))
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    overridden: Mapped[bool] = mapped_column(default=False)  # a manager lifted the policy
    no_receipt: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)


class ReturnLineRecord(HubBase):
    """Units of one SKU that came back, counted against the line they were sold on.

    ``accepted_milli`` is what this return took back of the original line;
    anything beyond what was sold less earlier returns is the rest of
    ``quantity_milli``, held in quality control and raised as an exception.
    """

    __tablename__ = "return_lines"
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.return_id", ondelete="CASCADE"),
                                           primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: The original: a sale id, or ``order:<id>`` for a web order; "" without a receipt.
    original: Mapped[str] = mapped_column(String(72), default="")
    original_line_no: Mapped[int | None] = mapped_column(Integer, default=None)
    rma_line_no: Mapped[int | None] = mapped_column(Integer, default=None)
    sku: Mapped[str] = mapped_column(String(64))
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    accepted_milli: Mapped[int] = mapped_column(BigInteger)
    condition: Mapped[str | None] = mapped_column(String(12), default=None)  # None: missing
    disposition: Mapped[str] = mapped_column(String(20))  # domain.returns.Disposition
    bucket: Mapped[str | None] = mapped_column(String(20), default=None)  # where it went
    refund_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (Index("ix_return_lines_original", "original", "original_line_no"),)


class RefundPayout(HubBase):
    """One tender's share of a refund: paid at the till, or pending for a connector."""

    __tablename__ = "refund_payouts"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.return_id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[str] = mapped_column(String(12))  # domain.tenders.TenderKind
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    tender_idx: Mapped[int | None] = mapped_column(Integer, default=None)
    reference: Mapped[str] = mapped_column(String(40), default="")  # the original payment's
    refund_reference: Mapped[str] = mapped_column(String(64), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    state: Mapped[str] = mapped_column(String(10))  # hub.returns.payouts.PayoutState
    created_at: Mapped[datetime]
    paid_at: Mapped[datetime | None] = mapped_column(default=None)
    __table_args__ = (Index("ix_refund_payouts_state", "state"),)


class ReturnPolicyRecord(HubBase):
    """The return policy of one store, or of the chain (scope ``*``) where a store has none."""

    __tablename__ = "return_policies"
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON)  # domain.returns.ReturnPolicy.to_dict
    updated_at: Mapped[datetime]
