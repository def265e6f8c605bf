"""What every pickup use case shares: the database, the clock, the store, and writing an event.

``record`` is the one way a use case tells the hub something about an order:
the payload (built through its shared model) goes to the outbox with the
version the hub expects, tied to the order, with the journal entry, in the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from omnipos.db import catalog, pickups
from omnipos.db.engine import Database
from omnipos.db.models.pickups import PickupOrder
from omnipos.domain.barcodes import parse_scan
from omnipos.domain.cart import ProductInfo
from omnipos.domain.errors import NotFoundError, ValidationError, message
from omnipos.domain.permissions import Actor
from omnipos.services import authz
from omnipos.services.journal import append_journal
from omnipos.services.pickups.views import PickupDetail, detail_of
from omnipos.services.profile import StoreProfile, load_store_profile
from omnipos.sync.events import EventPayload
from omnipos.sync.outbox import enqueue

__all__ = ["Clock", "PickupChanged", "PickupContext", "utc_now"]

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class PickupChanged:
    """What a pickup use case changed: the order as it now shows, and the rows written."""

    detail: PickupDetail
    event_ids: tuple[str, ...] = ()
    journal_seq: int | None = None
    stock_skus: tuple[str, ...] = ()
    # A document to print now (a packing slip, a handover receipt), if any.
    document: Any = None


class PickupContext:
    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as session:
            self.store: StoreProfile = load_store_profile(session)

    def reload_profile(self) -> StoreProfile:
        with self.db.read() as session:
            self.store = load_store_profile(session)
        return self.store

    # -- reading --------------------------------------------------------------------

    @staticmethod
    def _order(session: Session, pickup_id: str) -> PickupOrder:
        order = session.get(PickupOrder, pickup_id)
        if order is None:
            raise NotFoundError(message("no pickup order {pickup_id} on this till"),
                                pickup_id=pickup_id)
        return order

    def _detail(self, session: Session, pickup_id: str) -> PickupDetail:
        order = self._order(session, pickup_id)
        session.flush()  # events and picks written in this transaction count
        events = pickups.events_of(session, [pickup_id])[pickup_id]
        picks = pickups.picks_of(session, [pickup_id])[pickup_id]
        return detail_of(order, events, picks)

    def _product(self, session: Session, code: str) -> ProductInfo | None:
        """The product a scanned or typed code names (a barcode or a SKU), if any."""
        try:
            scan = parse_scan(code, self.store.layout)
        except ValidationError:
            return catalog.find_by_sku(session, code)
        product = catalog.find_by_gtin(session, scan.lookup_gtin) if scan.lookup_gtin else None
        return product or catalog.find_by_sku(session, scan.code)

    def order(self, pickup_id: str) -> PickupDetail:
        """One order as the screen shows it."""
        with self.db.read() as session:
            return self._detail(session, pickup_id)

    # -- writing --------------------------------------------------------------------

    def _who(self, session: Session, actor: Actor | None) -> str:
        """Who acts: the signed-in person (checked), else the till itself (a store without
        staff)."""
        checked = authz.signed_in(session, actor)
        return checked.label if checked is not None else f"Till {self.store.till}"

    def _record(self, session: Session, pickup_id: str, payload: EventPayload, now: datetime,
                *, by: str, journal: dict[str, Any],
                lines: Sequence[dict[str, Any]] = ()) -> tuple[str, int]:
        """Queue ``payload`` about the order, tie it to the order, journal it; (event id, seq)."""
        event = enqueue(session, payload, now)
        pickups.add_event(session, event.event_id, event.device_seq, pickup_id,
                          payload.event_type.value, now, lines)
        entry = append_journal(session, payload.event_type.value, by,
                               {"pickup_id": pickup_id, "event_id": event.event_id, **journal},
                               now)
        return event.event_id, entry.seq
