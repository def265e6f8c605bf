"""Customers as the hub's feed delivers them, and those added at this till."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["Customer"]


class Customer(Base):
    """A customer of the chain: name, contact details, store credit as the hub last said."""

    __tablename__ = "customers"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID, the same at the hub
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120), index=True)  # domain.customers.name_key
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    #: Store credit per currency (minor units) as of ``credit_as_of``, from the hub.
    credit: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    credit_as_of: Mapped[datetime | None] = mapped_column(default=None)
    #: Recent returns without a receipt, [{"at", "amount_minor"}], from the hub.
    no_receipt_returns: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(8), default="hub")  # hub | till
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
