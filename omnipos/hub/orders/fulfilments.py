"""Fulfilments: made from routing decisions, changed one version at a time.

Every function here runs in the caller's transaction. A change to a
fulfilment bumps its version by exactly one (``bump``) however much it
touches, and bumps the order's; the caller lists what it touched in a
``Touched`` and ends the transaction with ``views.publish`` (the feed write
comes last: it holds the feed lock until commit).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.pickup import CLOSED, FulfilmentKind, PickupState, order_state
from omnipos.hub.orders.routing import Routed, local_day
from omnipos.hub.stock import ledger, reservations
from omnipos.hub.stock.reservations import EntryKind
from omnipos.hub.store.models import (
    Fulfilment,
    FulfilmentLine,
    Order,
    OrderHistory,
    OrderLine,
    Store,
)

__all__ = ["Touched", "apply_routing", "bump", "convert", "lines_of", "note", "open_fulfilments",
           "refresh_order", "release", "transfers_of"]


@dataclass
class Touched:
    """What one transaction changed: fulfilments to publish, orders to refresh."""

    fulfilments: dict[str, Fulfilment] = field(default_factory=dict)
    orders: dict[str, Order] = field(default_factory=dict)

    def add(self, f: Fulfilment, order: Order) -> None:
        self.fulfilments[f.id] = f
        self.orders[order.id] = order


def note(session: Session, order: Order, fulfilment: Fulfilment | None, actor: str, what: str,
         now: datetime) -> None:
    session.add(OrderHistory(order_id=order.id, fulfilment_id=fulfilment.id if fulfilment else None,
                             at=now, actor=actor[:80], what=what))


def bump(f: Fulfilment, now: datetime, touched: Touched, order: Order) -> None:
    """One change of ``f``: version + 1 (once per transaction, however much changed)."""
    if f.id not in touched.fulfilments:
        f.version += 1
    f.changed_at = now
    touched.add(f, order)


def lines_of(session: Session, f: Fulfilment) -> list[FulfilmentLine]:
    return list(session.scalars(select(FulfilmentLine).where(FulfilmentLine.fulfilment_id == f.id)
                                .order_by(FulfilmentLine.line_no)))


def transfers_of(session: Session, pickup: Fulfilment) -> list[Fulfilment]:
    return list(session.scalars(select(Fulfilment).where(Fulfilment.feeds_id == pickup.id)
                                .order_by(Fulfilment.created_at, Fulfilment.id)))


def _new(session: Session, order: Order, node: Store, kind: FulfilmentKind, fid: str,
         now: datetime, feeds: str | None = None) -> Fulfilment:
    f = Fulfilment(id=fid, order_id=order.id, node_code=node.code, kind=kind.value,
                   state=PickupState.ROUTED.value, version=1, feeds_id=feeds,
                   routed_on=local_day(node, now), reminders_sent=0, carrier="", tracking="",
                   changed_at=now, created_at=now)
    session.add(f)
    return f


def _line(session: Session, f: Fulfilment, line_no: int, sku: str) -> FulfilmentLine:
    line = session.get(FulfilmentLine, (f.id, line_no))
    if line is None:
        line = FulfilmentLine(fulfilment_id=f.id, line_no=line_no, sku=sku, quantity_milli=0,
                              incoming_milli=0, received_milli=0, rejected_milli=0)
        session.add(line)
    return line


def apply_routing(session: Session, order: Order, routed: Routed, now: datetime,
                  touched: Touched, *, pickup: Fulfilment | None = None) -> list[Fulfilment]:
    """Fulfilments for a routed decision; for a pickup, the shortfall arrives as transfers.

    ``pickup``: the order's pickup fulfilment when re-routing its lines (its new
    share is incoming); None on first routing, when it is made here.
    """
    assert routed.fulfilments is not None and routed.decision.routed
    ids = routed.fulfilments
    made: dict[str, Fulfilment] = {}
    is_pickup = order.fulfilment == FulfilmentKind.PICKUP.value
    if is_pickup and pickup is None:
        store = session.get(Store, order.pickup_store)
        assert store is not None
        pickup = _new(session, order, store, FulfilmentKind.PICKUP,
                      ids.get(store.code) or str(uuid.uuid4()), now)
        made[store.code] = pickup
        for ol in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)):
            _line(session, pickup, ol.line_no, ol.sku)
        session.flush()
    for a in routed.decision.allocations:
        if pickup is not None and a.node == pickup.node_code:
            _line(session, pickup, a.line_no, a.sku).quantity_milli += a.quantity_milli
            continue
        f = made.get(a.node)
        if f is None:
            node = session.get(Store, a.node)
            assert node is not None
            kind = FulfilmentKind.TRANSFER if is_pickup else FulfilmentKind.SHIP
            f = _new(session, order, node, kind, ids[a.node], now,
                     feeds=pickup.id if pickup is not None else None)
            made[a.node] = f
            session.flush()
        _line(session, f, a.line_no, a.sku).quantity_milli += a.quantity_milli
        if pickup is not None:
            _line(session, pickup, a.line_no, a.sku).incoming_milli += a.quantity_milli
    for f in made.values():
        touched.fulfilments[f.id] = f  # new: version 1, nothing to bump
        touched.orders[order.id] = order
    if pickup is not None and pickup.node_code not in made:
        bump(pickup, now, touched, order)
    return list(made.values())


def release(session: Session, f: Fulfilment, reason: str, *,
            line_no: int | None = None) -> int:
    """Release ``f``'s open reservations (of one line, or all); returns how many closed."""
    closed = 0
    for held in reservations.open_reservations(session, fulfilment_id=f.id):
        if line_no is None or held.line_no == line_no:
            closed += reservations.close(session, held, EntryKind.RELEASE, reason)
    return closed


def convert(session: Session, f: Fulfilment, event_key: str, reason: str
            ) -> list[ledger.Delta]:
    """Turn ``f``'s open reservations into stock movements out of the node.

    Returns the ledger deltas to record (keyed by ``event_key`` and line), one
    per reservation this call closed: a reservation closed before stays closed.
    """
    deltas: list[ledger.Delta] = []
    for held in reservations.open_reservations(session, fulfilment_id=f.id):
        if held.kind is not EntryKind.RESERVE:
            continue
        if reservations.close(session, held, EntryKind.CONVERT, reason):
            deltas.append(ledger.Delta(event_key[:64], len(deltas) + 1, held.node, held.sku,
                                       -held.quantity_milli, reason[:20]))
    return deltas


def refresh_order(session: Session, order: Order, now: datetime) -> None:
    """The order's state from its fulfilments and parked quantity; its version + 1."""
    rows = session.scalars(select(Fulfilment.state).where(
        Fulfilment.order_id == order.id, Fulfilment.kind != FulfilmentKind.TRANSFER.value)).all()
    unassigned = bool(session.scalar(select(OrderLine.line_no).where(
        OrderLine.order_id == order.id, OrderLine.unassigned_milli > 0).limit(1)))
    state = order_state([PickupState(s) for s in rows], unassigned=unassigned,
                        cancelled=order.cancelled_at is not None)
    order.state = state.value
    order.version += 1
    order.updated_at = now


def open_fulfilments(session: Session, order: Order) -> list[Fulfilment]:
    return [f for f in session.scalars(select(Fulfilment).where(Fulfilment.order_id == order.id)
                                       .order_by(Fulfilment.created_at, Fulfilment.id))
            if PickupState(f.state) not in CLOSED]
