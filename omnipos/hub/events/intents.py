"""Pickup intents (accepted, ready, rejected): the hub may refuse them.

The hub has no pickup orders yet (a later issue routes web orders to stores),
so every pickup intent is about an order it does not know, and is refused
with that order's state as the hub sees it.
"""

from __future__ import annotations

from typing import Any

from pydantic import field_validator

from omnipos.hub.events.handler import Outcome, PushedEvent
from omnipos.sync.wire import Wire


class PickupIntent(Wire):
    """The part of a pickup intent the hub reads today: which order it is about."""

    order_id: str = ""

    @field_validator("order_id", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> str:
        # Any order id is answered (refused with the state), never quarantined.
        return str(value)[:64]


def refuse_unknown_order(_pushed: PushedEvent, intent: PickupIntent) -> Outcome:
    return Outcome.rejected(
        "unknown pickup order", {"order_id": intent.order_id, "state": "unknown", "version": 0}
    )
