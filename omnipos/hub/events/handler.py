"""What an event handler is: a payload model and a function of the parsed payload.

The apply core (``apply.py``) parses each pushed event's payload through its
handler's model before anything is written, so a handler only ever sees a
valid payload; it runs inside the event's transaction and returns what the
till is told. ``registry.py`` says which handler applies which event type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import Connection
from sqlalchemy.orm import Session

from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.store.rawsql import RawSql
from omnipos.sync.wire import Event

__all__ = [
    "Handler", "Invalid", "Outcome", "OutcomeStatus", "PushedEvent", "check_store", "check_till",
]

P = TypeVar("P", bound=BaseModel)


class Invalid(Exception):
    """The event cannot be applied as sent; it is quarantined (the till's queue goes on)."""


class OutcomeStatus(StrEnum):
    """What became of an event the hub kept (the ``events.status`` column)."""

    APPLIED = "applied"
    REJECTED = "rejected"  # an intent refused, with the current state


@dataclass(frozen=True)
class Outcome:
    status: OutcomeStatus = OutcomeStatus.APPLIED
    error: str | None = None
    current_state: dict[str, Any] | None = None

    @classmethod
    def rejected(cls, error: str, current_state: dict[str, Any]) -> Outcome:
        return cls(OutcomeStatus.REJECTED, error, current_state)


@dataclass(frozen=True)
class PushedEvent:
    """The event being applied, in its transaction (``sql``), from ``till``."""

    sql: RawSql
    till: TillIdentity
    event: Event
    payload_json: str  # the payload as the hub stores it
    connection: Connection  # the transaction's, for handlers that work through the ORM

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session inside the event's transaction (flushed, never committed by itself)."""
        # rollback_only: inside a push's savepoint (apply_events) the session writes in that
        # savepoint; its default would open one more and roll it back on close.
        with Session(bind=self.connection, expire_on_commit=False,
                     join_transaction_mode="rollback_only") as session:
            yield session
            session.flush()


@dataclass(frozen=True)
class Handler(Generic[P]):
    """``apply(pushed, payload)`` for payloads that ``model`` validates."""

    model: type[P]
    apply: Callable[[PushedEvent, P], Outcome]


def check_store(till: TillIdentity, store_code: str | None) -> None:
    """A payload naming a store must name the till's own."""
    if store_code is not None and store_code != till.store_code:
        raise Invalid(
            f"payload.store_code: {store_code!r} is not this device's store {till.store_code!r}"
        )


def check_till(till: TillIdentity, till_code: str) -> None:
    """A payload naming a till (a sale, a Z report) must name the enrolled till itself."""
    if till_code != till.till_code:
        raise Invalid(
            f"payload.till_code: {till_code!r} is not this device's till {till.till_code!r}"
        )
