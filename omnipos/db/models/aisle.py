"""Endless aisle: orders taken at this till for an item this store does not have, to pick up
at another store or to deliver to the customer. The order goes to the hub through the outbox
(``order.requested``); paid in full, its payment is an ordinary sale of this till
(``sale_id``); a deposit is a ``Deposit`` row, the balance the collecting store's sale."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["AisleOrder", "Deposit"]


class AisleOrder(Base):
    __tablename__ = "aisle_orders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)  # the channel's order id
    fulfilment: Mapped[str] = mapped_column(String(10))  # pickup | ship
    pickup_store: Mapped[str | None] = mapped_column(String(20), default=None)
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    customer: Mapped[dict[str, Any]] = mapped_column(JSON)  # name, phone, email
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # sku, name, quantity, unit price
    currency: Mapped[str] = mapped_column(String(3))
    total_minor: Mapped[int] = mapped_column(BigInteger)
    paid_minor: Mapped[int] = mapped_column(BigInteger)  # all of it, or a deposit
    sale_id: Mapped[str] = mapped_column(String(36))
    receipt_no: Mapped[str] = mapped_column(String(40))
    event_id: Mapped[str] = mapped_column(String(36))
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime]


class Deposit(Base):
    """Deposit money at this till: taken on an aisle order here, or paid back when the order
    was cancelled (``domain.deposits.DepositKind``). Not a sale: the shift's X and Z count it
    beside the sales, its tenders in the drawer's figures."""

    __tablename__ = "deposits"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # DepositKind
    order_number: Mapped[str] = mapped_column(String(40), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)  # positive either way
    currency: Mapped[str] = mapped_column(String(3))
    #: ``Tender.to_dict`` of each tender (cash with what was handed over and the change).
    tenders: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    shift_id: Mapped[str | None] = mapped_column(String(36), index=True, default=None)
    created_by: Mapped[str] = mapped_column(String(160), default="")
    created_at: Mapped[datetime]
