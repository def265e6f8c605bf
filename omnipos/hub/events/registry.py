"""Which handler applies each event type the hub accepts: type -> (payload model, handler).

Facts without a handler of their own are kept as stock movements; a type not
listed here is quarantined as unknown. A new event type is one line here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from omnipos.domain import events
from omnipos.hub.events import facts, intents, sale, shift
from omnipos.hub.events.handler import Handler
from omnipos.sync.schemas import SaleCompletedPayload, StockPayload

_OWN: dict[str, Handler[Any]] = {
    events.SALE_COMPLETED: Handler(SaleCompletedPayload, sale.record_sale),
    events.SHIFT_CLOSED: Handler(shift.ShiftClosedPayload, shift.record_shift_report),
}

HANDLERS: Mapping[str, Handler[Any]] = MappingProxyType({
    **dict.fromkeys(events.FACTS - _OWN.keys(), Handler(StockPayload, facts.record_fact)),
    **dict.fromkeys(events.INTENTS, Handler(intents.PickupIntent, intents.refuse_unknown_order)),
    **_OWN,
})
