"""Pickup orders at the store: the queue, picking, handover, shipping and parcels.

``PickupService`` gathers the use cases, one module each: the queue and
finding an order (``queue``), picking by scanning and rejecting lines
(``picking``), handing over with verification and payment (``handover``),
shipping, taking parcels in and putting goods back (``shipping``). Each use
case that writes runs in ONE transaction that stores the business rows, the
stock movements, the journal entry and the outbox event together, and
returns what changed (``PickupChanged``). The GUI calls these on the
database worker thread; all of them work offline.
"""

from __future__ import annotations

from omnipos.services.pickups.context import PickupChanged
from omnipos.services.pickups.handover import HandedOver, Handover, IdCheckDetails
from omnipos.services.pickups.picking import Ticked
from omnipos.services.pickups.queue import Announcement, Found, Queue, QueueFilter, QueueView
from omnipos.services.pickups.shipping import Shipping
from omnipos.services.pickups.views import Bucket, DetailLine, Parcel, PickupDetail, QueueRow

__all__ = [
    "Announcement",
    "Bucket",
    "DetailLine",
    "Found",
    "HandedOver",
    "IdCheckDetails",
    "Parcel",
    "PickupChanged",
    "PickupDetail",
    "PickupService",
    "QueueFilter",
    "QueueRow",
    "QueueView",
    "Ticked",
]


class PickupService(Queue, Handover, Shipping):
    """The till's pickup use cases for one store profile."""
