"""Selling at the till: scan, adjust, pay, park, cancel, reprint.

``CheckoutService`` gathers the use cases, one module each: building the cart
(``cart``), paying (``payment``), parking and cancelling (``parking``),
receipts (``receipts``) and the open sale stored as it changes (``open_sale``).
Each method that writes runs in ONE transaction that stores the business rows,
the stock deltas, the journal entry and the outbox event together, and returns
what changed. The GUI calls these on the database worker thread.
"""

from __future__ import annotations

from omnipos.services.selling.cart import CartBuilding, NotACode
from omnipos.services.selling.open_sale import OpenSaleInfo, TendersTaken
from omnipos.services.selling.parking import CANCEL_REASONS, ParkedInfo, Parking
from omnipos.services.selling.payment import Payments, SaleCompleted, sale_completed_payload
from omnipos.services.selling.receipts import Receipts

__all__ = ["CANCEL_REASONS", "CheckoutService", "NotACode", "OpenSaleInfo", "ParkedInfo",
           "SaleCompleted", "TendersTaken", "sale_completed_payload"]


class CheckoutService(CartBuilding, Payments, Parking, Receipts):
    """The till's selling use cases for one store profile."""
