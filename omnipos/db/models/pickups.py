"""Pickup orders at the till: the hub's record, the picks scanned here, the events sent about them.

``pickup_orders`` holds each order routed to this store as the feed last
delivered it (``record`` is the whole ``pickup_order`` record; the columns
beside it are what the queue sorts and searches by). ``pickup_picks`` keeps
every scan's tick, committed before it shows. ``pickup_events`` ties each
outbox event about an order to it, with the hub's answer once it came: the
version the order reached (so the next intent carries the right one) or why
an intent was refused.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.db.models.base import Base

__all__ = ["PickupEvent", "PickupOrder", "PickupPick"]


class PickupOrder(Base):
    """One node's part of a customer's order, routed to this store (a ``pickup_order``)."""

    __tablename__ = "pickup_orders"
    pickup_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_number: Mapped[str] = mapped_column(String(60), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # a domain.pickup.FulfilmentKind
    state: Mapped[str] = mapped_column(String(12))  # the hub's PickupState, as last pulled
    version: Mapped[int] = mapped_column(Integer)  # the hub's version, as last pulled
    customer_name: Mapped[str] = mapped_column(String(160), default="")
    pickup_code: Mapped[str] = mapped_column(String(40), default="", index=True)  # upper case
    promised_by: Mapped[datetime | None] = mapped_column(default=None)
    placed_at: Mapped[datetime]
    changed_at: Mapped[datetime]
    arrived_at: Mapped[datetime]  # first pulled at this till
    announced: Mapped[bool] = mapped_column(Boolean, default=False)  # "new order" notice shown
    task: Mapped[str] = mapped_column(String(20), default="")  # "put_back" or ""
    due_minor: Mapped[int] = mapped_column(Integer, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="")
    record: Mapped[dict[str, Any]] = mapped_column(JSON)  # the PickupOrderData as pulled
    __table_args__ = (Index("ix_pickup_orders_state_promised", "state", "promised_by"),)


class PickupPick(Base):
    """What this till scanned (and rejected) of one line of an order."""

    __tablename__ = "pickup_picks"
    pickup_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    picked: Mapped[str] = mapped_column(String(20), default="0")  # decimal string
    updated_at: Mapped[datetime]


class PickupEvent(Base):
    """An outbox event about a pickup order, and what the hub answered (empty until it did)."""

    __tablename__ = "pickup_events"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the outbox event's
    pickup_id: Mapped[str] = mapped_column(String(36), index=True)
    seq: Mapped[int] = mapped_column(Integer)  # the outbox event's device sequence (its order)
    type: Mapped[str] = mapped_column(String(40))  # an EventType value
    #: For a rejection: [{"line_no", "quantity"}] (what it takes off the lines until reflected).
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    queued_at: Mapped[datetime]
    #: The hub's answer: applied, duplicate, rejected or invalid ("" until it came).
    answer: Mapped[str] = mapped_column(String(12), default="")
    hub_version: Mapped[int | None] = mapped_column(Integer, default=None)  # after the event
    hub_state: Mapped[str] = mapped_column(String(12), default="")
    why: Mapped[str] = mapped_column(Text, default="")  # a refusal, in the hub's words
    message: Mapped[str] = mapped_column(String(200), default="")  # the state in words
    announced: Mapped[bool] = mapped_column(Boolean, default=False)  # the refusal was shown
