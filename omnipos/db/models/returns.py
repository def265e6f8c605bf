"""Returns at the counter, the hub's return policies and RMAs, and parcels taken in.

A return (``returns``) is the till's record of goods taken back: its lines
with condition and disposition, and what went back to which tender. The
original is a sale (``sale_id``, ``receipt_no``; this till's or another's),
a web order (``order_id``) or nothing (no receipt). ``event_id`` names the
``return.completed`` outbox event, so the till knows which returns the hub
has counted already.

``return_policies`` and ``rmas`` are the hub's feed as this store receives
it. An intake (``intakes`` with one ``intake_items`` row per unit scanned)
is written at every scan and every choice, so a parcel half taken in
survives a crash or a closed window.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from omnipos.db.models.base import Base

__all__ = [
    "Intake",
    "IntakeItem",
    "IntakeState",
    "ReturnLine",
    "ReturnPolicyRecord",
    "ReturnRecord",
    "ReturnRefund",
    "RmaRecord",
]


class ReturnRecord(Base):
    __tablename__ = "returns"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID
    return_no: Mapped[str] = mapped_column(String(40), unique=True)  # STORE-TILL-R000001
    return_seq: Mapped[int] = mapped_column(Integer, unique=True)
    store_code: Mapped[str] = mapped_column(String(20))
    till_code: Mapped[str] = mapped_column(String(20))
    cashier: Mapped[str] = mapped_column(String(160), default="")
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime]
    shift_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: The original: a sale of any till (id and receipt number), or a web order.
    sale_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    order_id: Mapped[str] = mapped_column(String(64), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    refund_minor: Mapped[int] = mapped_column(Integer)
    fee_minor: Mapped[int] = mapped_column(Integer, default=0)
    #: A manager lifted the policy's refusals: {approved_by, reason, refusals}.
    override: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    exchange_sale_id: Mapped[str | None] = mapped_column(String(36), default=None)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)

    lines: Mapped[list[ReturnLine]] = relationship(
        back_populates="ret", order_by="ReturnLine.line_no", cascade="all, delete-orphan"
    )
    refunds: Mapped[list[ReturnRefund]] = relationship(
        back_populates="ret", order_by="ReturnRefund.idx", cascade="all, delete-orphan"
    )

    @property
    def no_receipt(self) -> bool:
        return self.sale_id is None and not self.order_id


class ReturnLine(Base):
    __tablename__ = "return_lines"
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sale_line_no: Mapped[int | None] = mapped_column(Integer, default=None)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    qty: Mapped[str] = mapped_column(String(20))  # decimal string, positive
    condition: Mapped[str] = mapped_column(String(20))  # domain.returns.Condition
    disposition: Mapped[str] = mapped_column(String(20))  # domain.returns.Disposition
    reason: Mapped[str] = mapped_column(String(200), default="")
    refund_minor: Mapped[int] = mapped_column(Integer)  # after the fee, tax included
    fee_minor: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(Integer, default=0)  # inside refund_minor
    ret: Mapped[ReturnRecord] = relationship(back_populates="lines")


class ReturnRefund(Base):
    """What went back to one tender (or store credit issued, or an exchange's value)."""

    __tablename__ = "return_refunds"
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # domain.tenders.TenderKind
    amount_minor: Mapped[int] = mapped_column(Integer)
    tender_idx: Mapped[int | None] = mapped_column(Integer, default=None)  # the original's
    reference: Mapped[str] = mapped_column(String(40), default="")  # the payment's approval
    refund_reference: Mapped[str] = mapped_column(String(40), default="")
    card_last4: Mapped[str] = mapped_column(String(4), default="")
    customer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    ret: Mapped[ReturnRecord] = relationship(back_populates="refunds")


class ReturnPolicyRecord(Base):
    """The hub's return policy for ``scope``: this store's code, or ``*`` for the chain."""

    __tablename__ = "return_policies"
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    policy: Mapped[dict[str, Any]] = mapped_column(JSON)  # ReturnPolicy.to_dict()
    updated_at: Mapped[datetime]


class RmaRecord(Base):
    """A return authorisation addressed to this store, as the hub last sent it."""

    __tablename__ = "rmas"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the hub's rma_id
    number: Mapped[str] = mapped_column(String(20), unique=True)
    state: Mapped[str] = mapped_column(String(12))  # domain.returns.RmaState
    receipt_no: Mapped[str] = mapped_column(String(40), default="", index=True)
    order_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    customer_name: Mapped[str] = mapped_column(String(120), default="")
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # RmaData as JSON
    updated_at: Mapped[datetime]


class IntakeState(StrEnum):
    """A parcel being taken in, then done (its ``mail_return.received`` queued)."""

    OPEN = "open"
    COMPLETED = "completed"


class Intake(Base):
    """One parcel taken in: with its RMA, matched to a sale or order, or set aside."""

    __tablename__ = "intakes"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID, the event's intake_id
    state: Mapped[str] = mapped_column(String(12), default=IntakeState.OPEN.value)
    rma_id: Mapped[str | None] = mapped_column(String(36), default=None)
    rma_number: Mapped[str] = mapped_column(String(20), default="")
    #: A parcel without an RMA: the sale or web order the associate matched it to.
    receipt_no: Mapped[str] = mapped_column(String(40), default="")
    order_id: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    started_at: Mapped[datetime]
    started_by: Mapped[str] = mapped_column(String(160), default="")
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
    completed_by: Mapped[str] = mapped_column(String(160), default="")
    event_id: Mapped[str | None] = mapped_column(String(36), default=None)

    items: Mapped[list[IntakeItem]] = relationship(
        back_populates="intake", order_by="IntakeItem.item_no", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_intakes_state", "state"),)


class IntakeItem(Base):
    """One unit found in the parcel (one scan), graded; or not received, at completion."""

    __tablename__ = "intake_items"
    intake_id: Mapped[str] = mapped_column(ForeignKey("intakes.id"), primary_key=True)
    item_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    rma_line_no: Mapped[int | None] = mapped_column(Integer, default=None)  # None: unexpected
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    qty: Mapped[str] = mapped_column(String(20), default="1")
    #: None with disposition not_received (expected, missing from the parcel).
    condition: Mapped[str | None] = mapped_column(String(20), default=None)
    disposition: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(200), default="")
    scanned_at: Mapped[datetime]
    intake: Mapped[Intake] = relationship(back_populates="items")
