"""The counts wire: the ``count_session`` feed record, ``count.opened`` and ``count.submitted``.

Hub -> till (pulled): ``count_session``, keyed by ``session_id``, on the feed
of the store that counts: what to count (SKUs, a category, a shelf location or
everything), when it is due, who may see expected quantities (nobody: a blind
count), its state, and the areas already submitted.

Till -> hub (pushed facts):

* ``count.opened``: a manager started a session at a till; the hub keeps it
  and puts it on the store's feed, so the store's other tills can count areas
  of it too.
* ``count.submitted``: one till's area of a session, approved by a manager.
  Each line says what was counted and the moment it was counted (None: the
  item was not found in this area, counted as none when the area closed at
  ``closed_at``). A large count travels in ``parts``, each small enough for
  one push; every part stands on its own (its lines are other items). The
  hub merges the areas of a session item by item and sets on hand by the
  anchored rule of ``omnipos.domain.counts``.
"""

from __future__ import annotations

from typing import ClassVar
from uuid import UUID

from pydantic import Field

from omnipos.domain.counts import CountKind, CountState, VarianceReason
from omnipos.sync.events.base import EventPayload
from omnipos.sync.events.types import EventType
from omnipos.sync.wire import AwareDatetime, Code, QtyStr, TillInput

__all__ = [
    "COUNT_KIND",
    "LINES_PER_PART",
    "CountLinePayload",
    "CountOpenedPayload",
    "CountScope",
    "CountSessionData",
    "CountSubmittedPayload",
    "UnknownCodePayload",
]

#: The feed change kind of a count session (the counting store's feed).
COUNT_KIND = "count_session"
#: Lines per ``count.submitted`` part: well inside one push body at the hub's limit.
LINES_PER_PART = 1000


class CountScope(TillInput):
    """What a session counts: SKUs, a category or a location (a cycle count), or all."""

    kind: CountKind = CountKind.CYCLE
    title: str = Field(default="", max_length=120)
    skus: list[str] = Field(default_factory=list, max_length=20000)
    category: str = Field(default="", max_length=80)
    location: str = Field(default="", max_length=80)
    due: AwareDatetime | None = None
    #: Roles that see expected quantities while counting; empty: a blind count.
    show_expected_to: list[str] = Field(default_factory=list, max_length=4)


class CountSessionData(CountScope):
    """``data`` of a ``count_session`` change: the session as the hub keeps it now."""

    session_id: UUID
    number: str = Field(max_length=40)
    store_code: str
    state: CountState = CountState.OPEN
    created_at: AwareDatetime
    created_by: str = Field(default="", max_length=160)
    #: Areas whose counts the hub has (each till's part), in the order they came.
    areas_submitted: list[str] = Field(default_factory=list, max_length=200)


class CountOpenedPayload(EventPayload, CountScope):
    """A session a manager started at a till."""

    event_type: ClassVar[EventType] = EventType.COUNT_OPENED

    session_id: UUID
    number: str = Field(min_length=1, max_length=40)
    store_code: Code
    till_code: Code
    created_at: AwareDatetime
    created_by: str = Field(default="", max_length=160)


class CountLinePayload(TillInput):
    sku: str = Field(min_length=1, max_length=64)
    counted: QtyStr
    #: The moment of the last counting scan; None: not found in this area.
    counted_at: AwareDatetime | None = None
    scans: int = Field(default=0, ge=0)
    #: What the till expected at that moment (its own sales only); for the record.
    expected: QtyStr | None = None
    reason: VarianceReason | None = None
    recounted: bool = False


class UnknownCodePayload(TillInput):
    """A barcode scanned during the count that matched no item and was not matched by hand."""

    code: str = Field(min_length=1, max_length=64)
    scans: int = Field(ge=1)


class CountSubmittedPayload(EventPayload):
    event_type: ClassVar[EventType] = EventType.COUNT_SUBMITTED

    session_id: UUID
    number: str = Field(min_length=1, max_length=40)
    store_code: Code
    till_code: Code
    area: str = Field(default="", max_length=40)
    part: int = Field(default=1, ge=1)
    parts: int = Field(default=1, ge=1)
    started_at: AwareDatetime
    closed_at: AwareDatetime
    counted_by: str = Field(default="", max_length=160)
    approved_by: str = Field(default="", max_length=160)
    #: The session itself, for a hub that has not seen its ``count.opened`` yet.
    scope: CountScope | None = None
    lines: list[CountLinePayload] = Field(default_factory=list, max_length=LINES_PER_PART)
    unknown: list[UnknownCodePayload] = Field(default_factory=list, max_length=1000)
