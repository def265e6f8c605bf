"""One typed contract for both sides: a pydantic payload model per event type.

The till builds each payload through its model (``sync.outbox.enqueue`` stores
``model_dump(mode="json")``); the hub reads it through the same model, found
in ``PAYLOADS`` by type. A fact without a model of its own yet is read for
its stock lines only (``StockPayload``). This package imports only
pydantic, the standard library and ``omnipos.domain``: the hub imports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from omnipos.sync.events.aisle import DepositRefundedPayload, OrderRequestedPayload
from omnipos.sync.events.base import EventPayload, StockLinePayload, StockPayload
from omnipos.sync.events.cash import CashMovementPayload
from omnipos.sync.events.counts import CountOpenedPayload, CountSubmittedPayload
from omnipos.sync.events.customers import CustomerCreatedPayload
from omnipos.sync.events.pickup import (
    PickupAcceptedPayload,
    PickupHandedOverPayload,
    PickupPickingPayload,
    PickupPutBackPayload,
    PickupReadyPayload,
    PickupRejectedPayload,
    ShipmentReceivedPayload,
    ShipmentSentPayload,
)
from omnipos.sync.events.quick_keys import QuickKeysChangedPayload
from omnipos.sync.events.receipts import ReceiptEmailRequestedPayload
from omnipos.sync.events.returns import MailReturnReceivedPayload, ReturnCompletedPayload
from omnipos.sync.events.sale import (
    SaleCompletedPayload,
    SaleLinePayload,
    SaleTaxPayload,
    SaleTenderPayload,
    SaleVoidedPayload,
)
from omnipos.sync.events.shift import ShiftClosedPayload
from omnipos.sync.events.stock import StockAdjustedPayload, StockReceivedPayload
from omnipos.sync.events.types import FACTS, INTENTS, SCHEMA_VERSION, EventType

__all__ = [
    "DepositRefundedPayload",
    "FACTS",
    "INTENTS",
    "PAYLOADS",
    "SCHEMA_VERSION",
    "CashMovementPayload",
    "CountOpenedPayload",
    "CountSubmittedPayload",
    "CustomerCreatedPayload",
    "EventPayload",
    "EventType",
    "MailReturnReceivedPayload",
    "OrderRequestedPayload",
    "PickupAcceptedPayload",
    "PickupHandedOverPayload",
    "PickupPickingPayload",
    "PickupPutBackPayload",
    "PickupReadyPayload",
    "PickupRejectedPayload",
    "QuickKeysChangedPayload",
    "ReceiptEmailRequestedPayload",
    "ReturnCompletedPayload",
    "SaleCompletedPayload",
    "SaleLinePayload",
    "SaleTaxPayload",
    "SaleTenderPayload",
    "SaleVoidedPayload",
    "ShiftClosedPayload",
    "ShipmentReceivedPayload",
    "ShipmentSentPayload",
    "StockAdjustedPayload",
    "StockLinePayload",
    "StockPayload",
    "StockReceivedPayload",
]

#: The payload model of each event type that has one.
PAYLOADS: Mapping[EventType, type[EventPayload]] = MappingProxyType(
    {
        model.event_type: model
        for model in (
            SaleCompletedPayload,
            SaleVoidedPayload,
            ShiftClosedPayload,
            CashMovementPayload,
            PickupAcceptedPayload,
            PickupPickingPayload,
            PickupReadyPayload,
            PickupRejectedPayload,
            PickupHandedOverPayload,
            ShipmentSentPayload,
            ShipmentReceivedPayload,
            PickupPutBackPayload,
            CustomerCreatedPayload,
            ReturnCompletedPayload,
            MailReturnReceivedPayload,
            CountOpenedPayload,
            CountSubmittedPayload,
            StockAdjustedPayload,
            StockReceivedPayload,
            OrderRequestedPayload,
            DepositRefundedPayload,
            QuickKeysChangedPayload,
            ReceiptEmailRequestedPayload,
        )
    }
)

