"""The event types of sync protocol v1: facts the hub never refuses, intents it may."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["FACTS", "INTENTS", "SCHEMA_VERSION", "EventType"]

#: The payload schema version every event of this till carries.
SCHEMA_VERSION = 1


class EventType(StrEnum):
    # facts: what happened at the till; the hub records them
    SALE_COMPLETED = "sale.completed"
    SALE_VOIDED = "sale.voided"
    RETURN_COMPLETED = "return.completed"
    STOCK_ADJUSTED = "stock.adjusted"
    COUNT_SUBMITTED = "count.submitted"
    COUNT_OPENED = "count.opened"  # a manager started a count session at a till
    STOCK_RECEIVED = "stock.received"  # a delivery scanned in against the hub's expected list
    PICKUP_HANDED_OVER = "pickup.handed_over"
    MAIL_RETURN_RECEIVED = "mail_return.received"
    SHIFT_CLOSED = "shift.closed"
    CASH_MOVEMENT = "cash.movement"
    SHIPMENT_SENT = "shipment.sent"  # a store shipped an order (ship-from-store, a transfer)
    SHIPMENT_RECEIVED = "shipment.received"  # a ship-to-store parcel arrived for a pickup
    PICKUP_PUT_BACK = "pickup.put_back"  # a cancelled order's goods are back on the shelf
    CUSTOMER_CREATED = "customer.created"
    ORDER_REQUESTED = "order.requested"  # endless aisle: an order taken at the till
    #: a cancelled order's deposit paid back at the collecting store
    ORDER_DEPOSIT_REFUNDED = "order.deposit_refunded"
    QUICK_KEYS_CHANGED = "quick_keys.changed"  # a manager edited the store's quick keys
    RECEIPT_EMAIL_REQUESTED = "receipt.email_requested"  # the customer chose an email receipt
    # intents: the hub may refuse them because the order changed meanwhile
    PICKUP_ACCEPTED = "pickup.accepted"
    PICKUP_PICKING = "pickup.picking"
    PICKUP_READY = "pickup.ready"
    PICKUP_REJECTED = "pickup.rejected"

    @property
    def is_intent(self) -> bool:
        return self in INTENTS


INTENTS: frozenset[EventType] = frozenset(
    {EventType.PICKUP_ACCEPTED, EventType.PICKUP_PICKING, EventType.PICKUP_READY,
     EventType.PICKUP_REJECTED}
)
FACTS: frozenset[EventType] = frozenset(EventType) - INTENTS
