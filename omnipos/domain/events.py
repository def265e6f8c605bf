"""Outbox event types (sync protocol v1). Facts the hub never refuses; intents it may."""

from __future__ import annotations

SCHEMA_VERSION = 1

# facts
SALE_COMPLETED = "sale.completed"
SALE_VOIDED = "sale.voided"
RETURN_COMPLETED = "return.completed"
STOCK_ADJUSTED = "stock.adjusted"
COUNT_SUBMITTED = "count.submitted"
PICKUP_HANDED_OVER = "pickup.handed_over"
MAIL_RETURN_RECEIVED = "mail_return.received"
SHIFT_CLOSED = "shift.closed"
CASH_MOVEMENT = "cash.movement"

# intents
PICKUP_ACCEPTED = "pickup.accepted"
PICKUP_READY = "pickup.ready"
PICKUP_REJECTED = "pickup.rejected"

FACTS = frozenset(
    {
        SALE_COMPLETED,
        SALE_VOIDED,
        RETURN_COMPLETED,
        STOCK_ADJUSTED,
        COUNT_SUBMITTED,
        PICKUP_HANDED_OVER,
        MAIL_RETURN_RECEIVED,
        SHIFT_CLOSED,
        CASH_MOVEMENT,
    }
)
INTENTS = frozenset({PICKUP_ACCEPTED, PICKUP_READY, PICKUP_REJECTED})
