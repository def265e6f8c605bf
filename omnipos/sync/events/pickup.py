"""The pickup wire: the ``pickup_order`` feed record and the pickup events a till pushes.

A *pickup order* is what the hub calls a fulfilment: one node's part of a
customer's order, of one ``kind`` (``pickup`` at the store, ``ship`` from the
store to the customer, ``transfer`` from the store to another store's
pickup). The hub puts each change of one routed to a store on that store's
feed as a ``pickup_order`` change keyed by ``pickup_id``.

Versions: every change the hub applies to a pickup order bumps its version
by exactly one, including each event a till pushes about it. An intent
(accepted, picking, ready, rejected) carries ``version``: the version the
till expects the order to be at when the hub reaches the intent, i.e. the
version it last pulled plus one for each of its own events about the order
queued before this one. The hub refuses an intent whose version is stale, or
that does not fit the state, with the current state in the result. Facts
(handed over, shipment sent, shipment received, put back) are never refused;
they carry the version seen for the record.
"""

from __future__ import annotations

from typing import ClassVar, Literal
from uuid import UUID

from pydantic import Field, model_validator

from omnipos.domain.pickup import (
    FulfilmentKind,
    IdRelation,
    PickupState,
    RejectReason,
    Verification,
)
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Currency, Minor, QtyStr, TillInput, Wire

__all__ = [
    "FEED_KIND",
    "HandedOverLine",
    "IdCheck",
    "IncomingParcel",
    "PickedLine",
    "PickupAcceptedPayload",
    "PickupCustomer",
    "PickupHandedOverPayload",
    "PickupIntentPayload",
    "PickupLine",
    "PickupOrderData",
    "PickupPayment",
    "PickupPickingPayload",
    "PickupPutBackPayload",
    "PickupReadyPayload",
    "PickupRejectedPayload",
    "PickupTender",
    "RejectedLine",
    "ShipTo",
    "ShipmentReceivedPayload",
    "ShipmentSentPayload",
]

#: The feed change kind of a pickup order routed to a store.
FEED_KIND = "pickup_order"


# --- the feed record (hub -> till) ------------------------------------------------


class PickupCustomer(Wire):
    name: str
    email: str = ""
    phone: str = ""


class PickupLine(Wire):
    line_no: int
    sku: str
    name: str = ""
    #: What the store picks from its own shelves.
    quantity: QtyStr
    #: For a pickup: what is on its way from another node (ship-to-store), what has arrived.
    incoming: QtyStr = "0"
    received: QtyStr = "0"
    #: What the store rejected of the line (re-routed, or parked at the hub).
    rejected: QtyStr = "0"
    unit_price_minor: int = 0
    total_minor: int = 0
    #: Set when the store rejected the line (it was re-routed, or the order parked).
    rejected_reason: RejectReason | None = None


class IncomingParcel(Wire):
    """A transfer on its way to this store for this pickup (ship-to-store)."""

    transfer_id: UUID  # the transfer's own pickup_id (at the sending node)
    from_node: str
    state: PickupState  # shipped once it left; routed..ready while the sender prepares it
    received: bool = False  # scanned in at this store (shipment.received)
    carrier: str = ""
    tracking: str = ""
    lines: list[PickupLine] = Field(default_factory=list)


class ShipTo(Wire):
    """Where a ``ship`` or ``transfer`` order goes: an address, or the pickup store."""

    store_code: str | None = None
    name: str = ""
    line1: str = ""
    city: str = ""
    postcode: str = ""
    country: str = ""


class PickupOrderData(Wire):
    """``data`` of a ``pickup_order`` change: the order as the hub holds it now."""

    pickup_id: UUID
    order_id: UUID
    order_number: str  # the channel's order number, as the customer knows it
    channel: str = ""
    kind: FulfilmentKind
    state: PickupState
    version: int
    store_code: str
    placed_at: AwareDatetime
    promised_by: AwareDatetime | None = None
    changed_at: AwareDatetime
    customer: PickupCustomer
    pickup_code: str = ""  # what the customer shows at handover ("" unless kind pickup)
    paid: bool = True
    currency: str
    total_minor: int = 0
    #: Paid before (a deposit at a till) while not paid in full.
    deposit_minor: int = 0
    #: What the store takes at handover (0 when paid online; the balance after a deposit).
    due_minor: int = 0
    lines: list[PickupLine]
    ship_to: ShipTo | None = None
    incoming: list[IncomingParcel] = Field(default_factory=list)
    #: A job for the store: "put_back" (goods of a cancelled or expired order to the shelf).
    task: Literal["put_back"] | None = None
    #: Why customer service looks at it (e.g. handed over after a cancel).
    exception: str | None = None
    #: The last change in words, in the store's time ("cancelled by the customer at 14:02").
    message: str = ""


# --- events (till -> hub) ------------------------------------------------------------


class PickupIntentPayload(EventPayload):
    """What every pickup intent carries; see the module doc for ``version``."""

    pickup_id: UUID
    version: int = Field(ge=1)
    store_code: Code
    staff: str = Field(default="", max_length=160)


class PickupAcceptedPayload(PickupIntentPayload):
    event_type: ClassVar[EventType] = EventType.PICKUP_ACCEPTED


class PickupPickingPayload(PickupIntentPayload):
    """The store started picking (optional: ``pickup.ready`` may come straight after accept)."""

    event_type: ClassVar[EventType] = EventType.PICKUP_PICKING


class PickedLine(TillInput):
    line_no: int = Field(ge=1)
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr


class PickupReadyPayload(PickupIntentPayload):
    """Every open line is picked (and packed): ready for the customer or the carrier."""

    event_type: ClassVar[EventType] = EventType.PICKUP_READY

    lines: list[PickedLine] = Field(default_factory=list, max_length=500)


class RejectedLine(TillInput):
    line_no: int = Field(ge=1)
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr
    reason: RejectReason
    note: str = Field(default="", max_length=200)


class PickupRejectedPayload(PickupIntentPayload):
    """Lines the store cannot fill, each with its reason (and so its stock effect)."""

    event_type: ClassVar[EventType] = EventType.PICKUP_REJECTED

    lines: list[RejectedLine] = Field(min_length=1, max_length=500)


class IdCheck(TillInput):
    """An identity document checked at handover (never the whole number)."""

    name: str = Field(min_length=1, max_length=120)
    id_type: str = Field(min_length=1, max_length=40)  # passport, driving licence...
    id_last4: str = Field(pattern=r"^[A-Za-z0-9]{1,4}$")
    relation: IdRelation


class PickupTender(TillInput):
    kind: str = Field(min_length=1, max_length=12)  # cash | card ...
    amount_minor: Minor


class PickupPayment(TillInput):
    """Payment taken at handover for an order not paid online."""

    amount_minor: Minor
    currency: Currency
    tenders: list[PickupTender] = Field(default_factory=list, max_length=20)
    receipt_no: str = Field(default="", max_length=40)


class HandedOverLine(TillInput):
    line_no: int = Field(ge=1)
    sku: str = Field(min_length=1, max_length=64)
    quantity: QtyStr


class PickupHandedOverPayload(EventPayload):
    """A fact: the customer has the goods. The hub turns the reservation into the sale."""

    event_type: ClassVar[EventType] = EventType.PICKUP_HANDED_OVER

    pickup_id: UUID
    version: int = Field(ge=1)  # as seen; never refused
    store_code: Code
    till_code: Code
    handed_over_at: AwareDatetime
    staff: str = Field(default="", max_length=160)
    verification: Verification
    id_check: IdCheck | None = None
    payment: PickupPayment | None = None
    #: What left the store; empty: every open line in full.
    lines: list[HandedOverLine] = Field(default_factory=list, max_length=500)

    @model_validator(mode="after")
    def _id_checked(self) -> PickupHandedOverPayload:
        if self.verification is Verification.ID_CHECK and self.id_check is None:
            raise ValueError("verification id_check needs the id_check details")
        return self


class ShipmentSentPayload(EventPayload):
    """A fact: the store shipped a ``ship`` order to the customer or a ``transfer`` onward."""

    event_type: ClassVar[EventType] = EventType.SHIPMENT_SENT

    pickup_id: UUID
    version: int = Field(ge=1)
    store_code: Code
    shipped_at: AwareDatetime
    carrier: str = Field(default="", max_length=60)
    tracking: str = Field(default="", max_length=100)
    packages: int = Field(default=1, ge=1, le=999)
    staff: str = Field(default="", max_length=160)


class ShipmentReceivedPayload(EventPayload):
    """A fact: a ship-to-store parcel for a pickup order arrived at the store (scanned)."""

    event_type: ClassVar[EventType] = EventType.SHIPMENT_RECEIVED

    pickup_id: UUID  # the pickup order at this store
    version: int = Field(ge=1)
    transfer_id: UUID | None = None  # which parcel; None: every incoming one
    store_code: Code
    received_at: AwareDatetime
    tracking: str = Field(default="", max_length=100)
    staff: str = Field(default="", max_length=160)


class PickupPutBackPayload(EventPayload):
    """A fact: the goods of a cancelled or expired order are back on the shelf (task done)."""

    event_type: ClassVar[EventType] = EventType.PICKUP_PUT_BACK

    pickup_id: UUID
    version: int = Field(ge=1)
    store_code: Code
    staff: str = Field(default="", max_length=160)
