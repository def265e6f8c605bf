"""``cash.movement``: pay in, pay out, safe drop at a till, kept as the event itself.

The hub checks that the movement is for the till's own store; the event row
(and its payload) is the record until cash reports read it.
"""

from __future__ import annotations

from omnipos.hub.events.handler import Outcome, PushedEvent, check_store
from omnipos.sync.events import CashMovementPayload


def record_movement(pushed: PushedEvent, movement: CashMovementPayload) -> Outcome:
    check_store(pushed.till, movement.store_code)
    return Outcome()
