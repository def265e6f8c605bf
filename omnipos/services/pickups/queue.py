"""The pickup queue: open orders with counts and ages, finding one, and what to announce.

Orders sort by the time promised to the customer (those without one last),
then by when they were placed. ``announcements`` hands out, once each, the
orders that arrived since the last call and the intents the hub refused, so
the screen can raise a notice whatever screen is shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from omnipos.db import pickups
from omnipos.domain.errors import ValidationError, fill, message
from omnipos.domain.pickup import FulfilmentKind
from omnipos.services.pickups.context import PickupContext
from omnipos.services.pickups.views import (
    PARCEL_LABEL,
    Bucket,
    OrderRow,
    QueueRow,
    hub_refusal,
    queue_row_of,
)

__all__ = ["Announcement", "Found", "Queue", "QueueFilter", "QueueView"]

_FAR = datetime.max.replace(tzinfo=UTC)
_NEW_ORDER = {
    FulfilmentKind.PICKUP: message("New pickup order {order_number} for {customer_name}: Alt+2 "
                                   "Pickups"),
    FulfilmentKind.SHIP: message("New ship-from-store order {order_number} for {customer_name}: "
                                 "Alt+2 Pickups"),
    FulfilmentKind.TRANSFER: message("New ship-to-store transfer order {order_number} for "
                                     "{customer_name}: Alt+2 Pickups"),
}


class QueueFilter(StrEnum):
    ALL = "all"
    NEW = "new"
    PICKING = "picking"
    READY = "ready"
    OVERDUE = "overdue"
    TASKS = "tasks"

    @property
    def label(self) -> str:
        return "Put back" if self is QueueFilter.TASKS else self.value.capitalize()


@dataclass(frozen=True, slots=True)
class QueueView:
    """The queue at one moment: rows (all of them, sorted) and each filter's count and oldest."""

    now: datetime
    rows: tuple[QueueRow, ...]
    counts: dict[QueueFilter, int] = field(default_factory=dict)
    oldest: dict[QueueFilter, datetime] = field(default_factory=dict)

    def shown(self, flt: QueueFilter) -> list[QueueRow]:
        return [r for r in self.rows if _matches(r, flt, self.now)]


def _matches(row: QueueRow, flt: QueueFilter, now: datetime) -> bool:
    if flt is QueueFilter.ALL:
        return row.bucket is not Bucket.DONE
    if flt is QueueFilter.OVERDUE:
        return row.overdue(now)
    if flt is QueueFilter.TASKS:
        return row.bucket is Bucket.TASK
    return row.bucket.value == flt.value


@dataclass(frozen=True, slots=True)
class Announcement:
    """A notice for the associate: ``words`` filled with ``values`` (``text``: in English)."""

    words: str  # a template marked with message()
    values: Mapping[str, Any]
    pickup_id: str
    refusal: bool = False

    @property
    def text(self) -> str:
        return fill(self.words, dict(self.values))


@dataclass(frozen=True, slots=True)
class Found:
    """What a scanned or typed code names: an order (and how), else a product, else names."""

    orders: tuple[QueueRow, ...] = ()
    by_code: bool = False  # the customer's pickup code: counts as verification at handover
    parcel: str = ""  # a ship-to-store parcel's transfer id
    sku: str = ""  # a product (to tick off the open order)
    name: str = ""


class Queue(PickupContext):
    def queue(self) -> QueueView:
        """Every order with something left for the store, with counts per filter."""
        now = self._clock()
        with self.db.read() as session:
            rows = [r for r in self._rows(session, pickups.open_order_rows(session))
                    if r.bucket is not Bucket.DONE]
        rows.sort(key=lambda r: (r.promised_by or _FAR, r.placed_at, r.order_number))
        counts: dict[QueueFilter, int] = {}
        oldest: dict[QueueFilter, datetime] = {}
        for flt in QueueFilter:
            mine = [r for r in rows if _matches(r, flt, now)]
            counts[flt] = len(mine)
            if mine:
                oldest[flt] = min(r.placed_at for r in mine)
        return QueueView(now, tuple(rows), counts, oldest)

    @staticmethod
    def _rows(session: Session, orders: Sequence[OrderRow]) -> tuple[QueueRow, ...]:
        ids = [o.pickup_id for o in orders]
        events = pickups.events_of(session, ids)
        picks = pickups.picks_of(session, ids)
        return tuple(queue_row_of(o, events[o.pickup_id], picks[o.pickup_id]) for o in orders)

    def find(self, text: str) -> Found:
        """What a scan or typed text names, in this order: an order by its pickup code, order
        number or id; a ship-to-store parcel by its tracking number or transfer id; a product;
        else orders whose customer's name holds it."""
        code = (text or "").strip()
        if not code:
            raise ValidationError(message("nothing was scanned or typed"))
        with self.db.read() as session:
            exact = pickups.orders_by_code(session, code)
            if exact:
                by_code = any(o.pickup_code and o.pickup_code == code.upper() for o in exact)
                return Found(self._rows(session, exact), by_code=by_code)
            parcel = self._parcel(session, code)
            if parcel is not None:
                return Found(self._rows(session, [parcel[0]]), parcel=parcel[1])
            product = self._product(session, code)
            if product is not None:
                return Found(sku=product.sku)
            return Found(self._rows(session, pickups.orders_by_name(session, code)), name=code)

    @staticmethod
    def _parcel(session: Session, code: str) -> tuple[OrderRow, str] | None:
        """An incoming parcel of an open pickup, by its tracking number or transfer id."""
        wanted = code.strip().lower()
        for order in pickups.open_order_rows(session):
            if order.kind != FulfilmentKind.PICKUP.value:
                continue
            for parcel in order.record.get("incoming") or ():
                if parcel.get("received"):
                    continue
                tid = str(parcel.get("transfer_id", "")).lower()
                tracking = str(parcel.get("tracking", "")).strip().lower()
                # A packing slip prints the id's first 8 characters (a full one is too wide).
                if wanted in (tid, tracking) or (len(wanted) == PARCEL_LABEL
                                                 and tid.startswith(wanted)):
                    return order, str(parcel.get("transfer_id"))
        return None

    def announcements(self) -> list[Announcement]:
        """New orders and refused intents not announced yet (each handed out once)."""
        out: list[Announcement] = []
        with self.db.transaction() as session:
            for o in pickups.unannounced_orders(session):
                out.append(Announcement(_NEW_ORDER[FulfilmentKind(o.kind)],
                                        {"order_number": o.order_number,
                                         "customer_name": o.customer_name}, o.pickup_id))
            for event, number in pickups.unannounced_refusals(session):
                refused = hub_refusal(event, number)
                out.append(Announcement(refused.template, refused.params, event.pickup_id,
                                        refusal=True))
        return out

