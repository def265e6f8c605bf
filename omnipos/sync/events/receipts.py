"""``receipt.email_requested``: a customer chose an email receipt at the till.

The event names the sale and the address, not the receipt's text: the hub
mails the sale it recorded from ``sale.completed`` (pushed before this
event, from the same outbox), so what a customer receives is what the
chain's books say, and a till cannot mail arbitrary text. It carries the
store's receipt header and footer as this till prints them, which the hub
does not keep. Nothing of a card travels here.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from pydantic import Field

from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code

__all__ = ["ReceiptEmailRequestedPayload"]


class ReceiptEmailRequestedPayload(EventPayload):
    """Mail the receipt of a sale this till recorded to ``email``."""

    event_type: ClassVar[EventType] = EventType.RECEIPT_EMAIL_REQUESTED

    sale_id: UUID
    receipt_no: str = Field(min_length=1, max_length=40)
    store_code: Code
    till_code: Code
    email: str = Field(min_length=3, max_length=254)  # normalised (domain.customers)
    requested_at: AwareDatetime
    requested_by: str = Field(default="", max_length=160)
    header: list[str] = Field(default_factory=list, max_length=20)
    footer: list[str] = Field(default_factory=list, max_length=20)
