"""Which handler applies each event type the hub accepts: type -> (payload model, handler).

Facts without a handler of their own are kept as stock movements; a type not
listed here is quarantined as unknown. A new event type is one line here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from omnipos.hub.events import (
    aisle,
    cash,
    counts,
    customers,
    facts,
    pickup,
    quick_keys,
    receipts,
    returns,
    sale,
    shift,
    stock,
)
from omnipos.hub.events.handler import Handler
from omnipos.sync.events import (
    FACTS,
    PAYLOADS,
    EventType,
    StockPayload,
)

# Each type with a payload model of its own (omnipos.sync.events) is read through it.
_OWN: dict[str, Handler[Any]] = {
    EventType.SALE_COMPLETED: Handler(PAYLOADS[EventType.SALE_COMPLETED], sale.record_sale),
    EventType.SALE_VOIDED: Handler(PAYLOADS[EventType.SALE_VOIDED], sale.record_void),
    EventType.SHIFT_CLOSED: Handler(PAYLOADS[EventType.SHIFT_CLOSED], shift.record_shift_report),
    EventType.CASH_MOVEMENT: Handler(PAYLOADS[EventType.CASH_MOVEMENT], cash.record_movement),
    EventType.PICKUP_ACCEPTED: Handler(PAYLOADS[EventType.PICKUP_ACCEPTED], pickup.accept),
    EventType.PICKUP_PICKING: Handler(PAYLOADS[EventType.PICKUP_PICKING], pickup.picking),
    EventType.PICKUP_READY: Handler(PAYLOADS[EventType.PICKUP_READY], pickup.ready),
    EventType.PICKUP_REJECTED: Handler(PAYLOADS[EventType.PICKUP_REJECTED], pickup.reject),
    EventType.PICKUP_HANDED_OVER: Handler(PAYLOADS[EventType.PICKUP_HANDED_OVER],
                                          pickup.hand_over),
    EventType.SHIPMENT_SENT: Handler(PAYLOADS[EventType.SHIPMENT_SENT], pickup.shipment_sent),
    EventType.SHIPMENT_RECEIVED: Handler(PAYLOADS[EventType.SHIPMENT_RECEIVED], pickup.receive),
    EventType.PICKUP_PUT_BACK: Handler(PAYLOADS[EventType.PICKUP_PUT_BACK], pickup.put_back),
    EventType.CUSTOMER_CREATED: Handler(PAYLOADS[EventType.CUSTOMER_CREATED],
                                        customers.record_customer),
    EventType.ORDER_REQUESTED: Handler(PAYLOADS[EventType.ORDER_REQUESTED], aisle.record_order),
    EventType.ORDER_DEPOSIT_REFUNDED: Handler(PAYLOADS[EventType.ORDER_DEPOSIT_REFUNDED],
                                              aisle.record_deposit_refund),
    EventType.RETURN_COMPLETED: Handler(PAYLOADS[EventType.RETURN_COMPLETED],
                                        returns.record_return),
    EventType.MAIL_RETURN_RECEIVED: Handler(PAYLOADS[EventType.MAIL_RETURN_RECEIVED],
                                            returns.record_parcel),
    EventType.COUNT_OPENED: Handler(PAYLOADS[EventType.COUNT_OPENED], counts.record_opened),
    EventType.COUNT_SUBMITTED: Handler(PAYLOADS[EventType.COUNT_SUBMITTED],
                                       counts.record_submitted),
    EventType.STOCK_ADJUSTED: Handler(PAYLOADS[EventType.STOCK_ADJUSTED],
                                      stock.record_adjustment),
    EventType.STOCK_RECEIVED: Handler(PAYLOADS[EventType.STOCK_RECEIVED],
                                      stock.record_received),
    EventType.QUICK_KEYS_CHANGED: Handler(PAYLOADS[EventType.QUICK_KEYS_CHANGED],
                                          quick_keys.record_layout),
    EventType.RECEIPT_EMAIL_REQUESTED: Handler(PAYLOADS[EventType.RECEIPT_EMAIL_REQUESTED],
                                               receipts.email_receipt),
}

HANDLERS: Mapping[str, Handler[Any]] = MappingProxyType({
    **dict.fromkeys(FACTS - _OWN.keys(), Handler(StockPayload, facts.record_fact)),
    **_OWN,
})
