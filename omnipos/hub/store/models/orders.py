"""Customer orders from the channels, their fulfilments (one node's part each) and history.

A fulfilment is what a till calls a pickup order: the part of a customer's
order one node fills (a pickup there, a parcel it ships, or a transfer it
ships to the pickup store). Its state and version are the pickup state machine
of ``omnipos.domain.pickup``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omnipos.hub.store.models.base import HubBase


class Order(HubBase):
    __tablename__ = "orders"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    channel_id: Mapped[str] = mapped_column(ForeignKey("channels.id"))
    channel_order_id: Mapped[str] = mapped_column(String(64))
    #: SHA-256 of the request as posted: the same id with another body is a 409.
    body_hash: Mapped[str] = mapped_column(String(64))
    placed_at: Mapped[datetime]
    customer_name: Mapped[str] = mapped_column(String(120))
    customer_email: Mapped[str] = mapped_column(String(254), default="")
    customer_phone: Mapped[str] = mapped_column(String(40), default="")
    currency: Mapped[str] = mapped_column(String(3))
    paid: Mapped[bool] = mapped_column(default=True)
    #: Paid before collection while not paid in full (a deposit at a till); 0 once refunded.
    deposit_minor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    fulfilment: Mapped[str] = mapped_column(String(10))  # pickup | ship
    pickup_store: Mapped[str | None] = mapped_column(String(20), default=None)
    address: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    dest_lat: Mapped[str | None] = mapped_column(String(20), default=None)
    dest_lon: Mapped[str | None] = mapped_column(String(20), default=None)
    promised_by: Mapped[datetime | None] = mapped_column(default=None)
    state: Mapped[str] = mapped_column(String(12))  # domain.pickup.OrderState
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: What the customer shows at the store; None for a shipped order.
    pickup_code: Mapped[str | None] = mapped_column(String(16), unique=True, default=None)
    subtotal_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    total_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    #: Why customer service should look at it (a handover after a cancel...); None: nothing.
    exception: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    __table_args__ = (
        UniqueConstraint("channel_id", "channel_order_id", name="uq_orders_channel_order"),
        Index("ix_orders_state", "state"),
    )


class OrderLine(HubBase):
    __tablename__ = "order_lines"
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"),
                                          primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    unit_price_minor: Mapped[int] = mapped_column(BigInteger)
    total_minor: Mapped[int] = mapped_column(BigInteger)
    tax_class: Mapped[str] = mapped_column(String(40), default="")
    tax_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    #: Quantity no node could fill: parked for a person to route by hand.
    unassigned_milli: Mapped[int] = mapped_column(BigInteger, default=0)


class Fulfilment(HubBase):
    __tablename__ = "fulfilments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    node_code: Mapped[str] = mapped_column(ForeignKey("stores.code"))
    kind: Mapped[str] = mapped_column(String(10))  # domain.pickup.FulfilmentKind
    state: Mapped[str] = mapped_column(String(12))  # domain.pickup.PickupState
    version: Mapped[int] = mapped_column(Integer, default=1)
    #: A transfer: the pickup fulfilment it ships to.
    feeds_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)
    routed_on: Mapped[str] = mapped_column(String(10))  # the node's local date (capacity)
    ready_at: Mapped[datetime | None] = mapped_column(default=None)
    #: A transfer: when the pickup store received its parcel.
    received_at: Mapped[datetime | None] = mapped_column(default=None)
    reminders_sent: Mapped[int] = mapped_column(Integer, default=0)
    carrier: Mapped[str] = mapped_column(String(60), default="")
    tracking: Mapped[str] = mapped_column(String(100), default="")
    #: A task for the store's pickup screen ("put_back": take the goods back to the shelf).
    task: Mapped[str | None] = mapped_column(String(20), default=None)
    exception: Mapped[str | None] = mapped_column(Text, default=None)
    changed_at: Mapped[datetime]
    created_at: Mapped[datetime]
    __table_args__ = (Index("ix_fulfilments_node_state", "node_code", "state"),
                      Index("ix_fulfilments_state_ready", "state", "ready_at"))


class FulfilmentLine(HubBase):
    __tablename__ = "fulfilment_lines"
    fulfilment_id: Mapped[str] = mapped_column(
        ForeignKey("fulfilments.id", ondelete="CASCADE"), primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)  # the order line's
    sku: Mapped[str] = mapped_column(String(64))
    #: What the node picks from its own stock.
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    #: A pickup's share arriving from other nodes (ship-to-store), and what has arrived.
    incoming_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    received_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    #: What the node rejected of it, and why (domain.pickup.RejectReason).
    rejected_milli: Mapped[int] = mapped_column(BigInteger, default=0)
    rejected_reason: Mapped[str | None] = mapped_column(String(12), default=None)


class OrderHistory(HubBase):
    """Everything that happened to an order, in order (never updated)."""

    __tablename__ = "order_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    order_id: Mapped[str] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    fulfilment_id: Mapped[str | None] = mapped_column(String(36), default=None)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(80))  # channel:NAME, till:DEVICE, admin, no-show
    what: Mapped[str] = mapped_column(Text)
