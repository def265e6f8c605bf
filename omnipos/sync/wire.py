"""The messages of sync protocol v1 (enrollment, hello, push, pull), shared by the hub and the till.

The payload of each event type has its own model in ``omnipos.sync.events``.
Readers ignore unknown fields (``extra="ignore"``) so that either side can add
fields without breaking the other. Money is integer minor units; quantities
and rates are decimal strings; times are UTC ISO 8601. This module imports
only pydantic and the standard library: the hub imports it.
"""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = [1]

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
_QTY_RE = re.compile(r"^-?\d{1,12}(\.\d{1,3})?$")


def _check_qty(value: str) -> str:
    """A decimal string with at most 3 decimals (grams for weighed goods)."""
    if not _QTY_RE.match(value):
        raise ValueError("must be a decimal string with at most 3 decimals, e.g. '-2' or '0.345'")
    try:
        Decimal(value)
    except InvalidOperation as exc:  # pragma: no cover - regex already guards
        raise ValueError("not a decimal") from exc
    return value


def _check_rate(value: str) -> str:
    """A tax rate as a decimal string ("0.0825"): a finite number, not negative."""
    try:
        rate = Decimal(value)
    except InvalidOperation as exc:
        raise ValueError("must be a decimal string, e.g. '0.0825'") from exc
    if not rate.is_finite() or rate < 0:
        raise ValueError("must be a rate of zero or more, e.g. '0.0825'")
    return value


def _check_code(value: str) -> str:
    if not _CODE_RE.match(value):
        raise ValueError("must be 1-20 letters, digits, '.', '_' or '-'")
    return value


def _check_aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("must carry a UTC offset")
    return value


QtyStr = Annotated[str, AfterValidator(_check_qty)]
RateStr = Annotated[str, Field(max_length=20), AfterValidator(_check_rate)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
Code = Annotated[str, AfterValidator(_check_code)]
AwareDatetime = Annotated[datetime, AfterValidator(_check_aware)]
Minor = Annotated[int, Field(ge=-(10**15), le=10**15, strict=True)]


class Wire(BaseModel):
    """Base of every wire message: unknown fields are ignored.

    Each model's validator is built on its first use, not at import (``defer_build``):
    the till imports about a hundred of them before its window paints and needs a
    few at a time (``omnipos.till.TillServices.warm_up`` builds the events' after).
    """

    model_config = ConfigDict(extra="ignore", defer_build=True)


class TillInput(Wire):
    """What a till sends: no NUL in any text (PostgreSQL cannot store it; it was a 500)."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("must not contain a NUL character")
        return value


# --- enrollment -------------------------------------------------------------


class RegisterRequest(TillInput):
    enrollment_code: str = Field(min_length=4, max_length=64)
    device_name: str = Field(min_length=1, max_length=80)
    #: Set when an enrolled device re-enrolls (token lost or revoked): keeps its identity.
    device_id: UUID | None = None
    #: The till's highest device_seq so far: a new device's events are numbered after it.
    after_seq: int = Field(default=0, ge=0, le=2**63 - 1)


class RegisterResponse(Wire):
    device_id: UUID
    store_code: str
    till_code: str
    token: str


# --- hello ------------------------------------------------------------------


class Limits(Wire):
    max_body_bytes: int
    max_batch_events: int
    max_pull_limit: int


class SeqRange(Wire):
    """Device sequence numbers ``first`` to ``last`` (both included)."""

    first: int
    last: int


class JournalHead(TillInput):
    """One entry of a till's electronic journal: its sequence number and chain hash."""

    seq: int = Field(ge=1, le=2**63 - 1)
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class HelloResponse(Wire):
    server_time: datetime
    protocol_versions: list[int]
    device_id: UUID
    store_code: str
    till_code: str
    epoch: int
    #: Every device_seq of ``epoch`` up to this one is at the hub (applied, rejected or
    #: quarantined): the contiguous prefix, never past a missing number.
    acked_seq: int
    #: The highest device_seq the hub holds for this device in ``epoch``.
    highest_seq: int = 0
    #: Numbers missing between ``acked_seq`` and ``highest_seq`` (the first 20 runs).
    gaps: list[SeqRange] = Field(default_factory=list)
    #: The last head of the till's journal the hub kept (None before the first).
    journal_head: JournalHead | None = None
    #: Highest receipt sequence seen from this device (suffix of ``receipt_no``).
    last_receipt_seq: int
    limits: Limits


class EpochRequest(TillInput):
    """Ask the hub to open a new epoch after the till was restored from a backup."""

    device_id: UUID
    reason: str = Field(default="restored from backup", max_length=200)
    #: The till's highest device_seq: its events in the new epoch are numbered after it.
    after_seq: int | None = Field(default=None, ge=0, le=2**63 - 1)


class EpochResponse(Wire):
    epoch: int


# --- push -------------------------------------------------------------------


class Event(TillInput):
    event_id: UUID
    type: str = Field(min_length=1, max_length=40)
    schema_version: int = Field(ge=1, le=1000)
    device_seq: int = Field(ge=1, le=2**63 - 1)  # a BIGINT column: larger is a 422, not a 500
    occurred_at: AwareDatetime
    payload: dict[str, Any]


class PushRequest(TillInput):
    device_id: UUID
    batch_id: UUID
    epoch: int = Field(default=1, ge=1)
    events: list[Event] = Field(max_length=1000)
    #: The last entry of the till's journal now; the hub keeps it as the anchor of the chain.
    journal_head: JournalHead | None = None
    #: The till's entry at the sequence of the head the hub last kept (hello's
    #: ``journal_head``): the hub moves its anchor on only when this is that same entry.
    journal_anchor: JournalHead | None = None
    #: The till's feed cursor: the answer then carries the feed's changes after it (``feed``),
    #: so a sale costs one round trip. None (older tills, a till taking a snapshot): the
    #: till pulls on its own.
    feed_cursor: str | None = Field(default=None, max_length=400)


ResultStatus = Literal["applied", "duplicate", "rejected", "invalid"]


class EventResult(Wire):
    event_id: UUID
    device_seq: int
    status: ResultStatus
    #: For ``duplicate``: the status the event got the first time.
    original_status: str | None = None
    #: For ``invalid``: why (names the field); for ``rejected``: the reason.
    error: str | None = None
    #: For ``rejected``: the current state of what the intent was about.
    current_state: dict[str, Any] | None = None


class PushResponse(Wire):
    batch_id: UUID
    results: list[EventResult]
    #: As in hello: the contiguous prefix of the epoch's device_seq the hub holds.
    acked_seq: int
    #: The head of the till's journal the hub keeps now (as in hello).
    journal_head: JournalHead | None = None
    #: For a push with ``feed_cursor``: the feed's changes after it, as a pull would answer
    #: (a short page; ``has_more`` says the till should pull the rest). None when the push
    #: asked for none, or its cursor is no longer good (the till's pull then hears why).
    feed: PullResponse | None = None


# --- pull -------------------------------------------------------------------


ChangeKind = Literal["store", "product", "stock"]


class Change(Wire):
    """One change in the feed. ``kind`` says what ``data`` holds; readers skip unknown kinds."""

    kind: str
    key: str
    data: dict[str, Any]


class PullResponse(Wire):
    changes: list[Change]
    next_cursor: str
    has_more: bool


#: The feed kind of a store's full record, sent to that store's tills only.
STORE_KIND = "store"
#: The feed kind of every store's directory record, sent to every till.
STORE_DIRECTORY_KIND = "store_directory"


class StoreDirectoryData(Wire):
    """``data`` of a ``store_directory`` change: what a look-up needs to send a customer
    to a store (a till learns nothing more of stores other than its own)."""

    code: str
    name: str
    address: str = ""
    lat: str | None = None
    lon: str | None = None
    opening_hours: str = ""
    timezone: str = "UTC"


class StoreData(Wire):
    """``data`` of a ``store`` change: the till's own store, taxes and all."""

    code: str
    name: str
    currency: str
    prices: Literal["exclusive", "inclusive"]
    rounding: Literal["line", "document"] = "line"
    cash_step_minor: int = 0
    tax_rates: dict[str, str]
    timezone: str = "UTC"
    lat: str | None = None
    lon: str | None = None


class ProductData(Wire):
    """``data`` of a ``product`` change: the full record in force now."""

    sku: str
    name: str
    brand: str = ""
    category: str = ""
    sold_by: Literal["unit", "weight"] = "unit"
    tax_class: str
    price_minor: int
    currency: str
    gtins: list[str] = Field(default_factory=list)
    active: bool = True


class StockData(Wire):
    """``data`` of a ``stock`` change: the hub's level for one store, SKU and bucket."""

    store: str
    sku: str = Field(min_length=1, max_length=64)
    level: QtyStr
    #: ``omnipos.domain.stock.StockBucket``; only sellable stock can be sold or promised.
    bucket: str = Field(default="sellable", max_length=20)
    #: The moment the level is true at the hub (a hub that does not say: unknown).
    as_of: AwareDatetime | None = None
    #: The moment a count last set it (the latest count's anchor); None: never counted.
    counted_at: AwareDatetime | None = None


class ErrorBody(Wire):
    detail: Any
