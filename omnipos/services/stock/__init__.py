"""Stock at the till: the look-up card, adjustments with a reason, receiving deliveries.

``StockService`` gathers the use cases, one module each: the card
(``lookup``), adjustments (``adjustments``, a manager's right), receiving
against the hub's expected lists (``receiving``) and the endless aisle's orders
for another store or a delivery (``aisle``). Each call that writes runs
in one transaction with its stock movements, journal entry and outbox event.
"""

from __future__ import annotations

from omnipos.services.stock.adjustments import Adjusted, Adjustments
from omnipos.services.stock.aisle import Aisle, AisleOrdered, AisleRequest
from omnipos.services.stock.lookup import OtherStore, StockCard, card_of
from omnipos.services.stock.receiving import DeliveryView, Received, Receiving, ScannedIn

__all__ = ["Adjusted", "AisleOrdered", "AisleRequest", "DeliveryView", "OtherStore", "Received",
           "ScannedIn", "StockCard", "StockService"]


class StockService(Adjustments, Receiving, Aisle):
    """The till's stock use cases for one store."""

    def card(self, code: str) -> StockCard:
        """The look-up card of the item a SKU or barcode names."""
        with self.db.read() as s:
            return card_of(s, code)
