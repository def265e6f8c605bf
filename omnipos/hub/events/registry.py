"""Which handler applies each event type the hub accepts: type -> (payload model, handler).

Facts without a handler of their own are kept as stock movements; a type not
listed here is quarantined as unknown. A new event type is one line here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from omnipos.hub.events import cash, facts, intents, sale, shift
from omnipos.hub.events.handler import Handler
from omnipos.sync.events import (
    FACTS,
    INTENTS,
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
}

HANDLERS: Mapping[str, Handler[Any]] = MappingProxyType({
    **dict.fromkeys(FACTS - _OWN.keys(), Handler(StockPayload, facts.record_fact)),
    **dict.fromkeys(INTENTS, Handler(intents.PickupIntent, intents.refuse_unknown_order)),
    **_OWN,
})
