"""The customer directory, each customer's store credit (a ledger), and cases for customer
service."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class Customer(HubBase):
    """A customer of the chain: only what serving them needs."""

    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID, the same at the tills
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)  # domain.customers.name_key
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)  # normalised
    email: Mapped[str] = mapped_column(String(254), default="", index=True)  # lower case
    created_store: Mapped[str | None] = mapped_column(String(20), default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class CreditEntry(HubBase):
    """Store credit: signed entries per customer and currency; a balance is their sum.

    ``entry_key`` names what made the entry (a return's refund, a sale's tender),
    so an entry can never be written twice. There is no foreign key on the
    customer: a till may spend credit of a customer whose record has not reached
    the hub yet, and a fact is never refused.
    """

    __tablename__ = "store_credit_entries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_key: Mapped[str] = mapped_column(String(100), unique=True)
    customer_id: Mapped[str] = mapped_column(String(36))
    currency: Mapped[str] = mapped_column(String(3))
    delta_minor: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(20))  # hub.customers.credit.CreditReason
    store_code: Mapped[str | None] = mapped_column(String(20), default=None)
    reference: Mapped[str] = mapped_column(String(64), default="")  # receipt, return or RMA no.
    occurred_at: Mapped[datetime]
    recorded_at: Mapped[datetime]
    __table_args__ = (Index("ix_store_credit_entries_customer", "customer_id", "currency"),)


class ServiceException(HubBase):
    """A case customer service must look at: recorded, never a refusal after the fact."""

    __tablename__ = "service_exceptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(24))  # hub.customers.cases.CaseKind
    store_code: Mapped[str | None] = mapped_column(String(20), default=None)
    subject: Mapped[str] = mapped_column(String(80))  # the return, RMA or customer it is about
    message: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    event_id: Mapped[str | None] = mapped_column(String(36), default=None)
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_service_exceptions_open", "resolved_at", "kind"),)
