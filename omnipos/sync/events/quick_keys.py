"""The quick-keys wire: the ``quick_keys`` feed record and ``quick_keys.changed`` from a till.

The hub keeps each store's layout and sends it on that store's feed, keyed by
the store code. A manager who edits the layout at a till sends
``quick_keys.changed``; the hub stores it as the store's layout, so it comes
back to every till of the store. Until the hub has counted a till's edit, that
till keeps its own layout (the pulled one is older than the edit); after
that, the hub's layout wins on each pull.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from omnipos.domain.quick_keys import LABEL_MAX, SLOTS
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, Wire

__all__ = ["QUICK_KEYS_KIND", "QuickKeyData", "QuickKeysChangedPayload", "QuickKeysData"]

#: The feed change kind of a store's quick-key layout (that store's feed).
QUICK_KEYS_KIND = "quick_keys"


class QuickKeyData(Wire):
    position: int = Field(ge=1, le=SLOTS)
    sku: str = Field(min_length=1, max_length=64)
    label: str = Field(default="", max_length=LABEL_MAX)


class QuickKeysData(Wire):
    """``data`` of a ``quick_keys`` change: the store's layout in force now."""

    store_code: Code
    keys: list[QuickKeyData] = Field(default_factory=list, max_length=SLOTS)
    updated_at: AwareDatetime
    updated_by: str = Field(default="", max_length=160)


class QuickKeysChangedPayload(EventPayload):
    """A manager changed the store's quick keys at a till."""

    event_type: ClassVar[EventType] = EventType.QUICK_KEYS_CHANGED

    store_code: Code
    keys: list[QuickKeyData] = Field(default_factory=list, max_length=SLOTS)
    changed_at: AwareDatetime
    changed_by: str = Field(default="", max_length=160)
