"""Orders as others read them: the till's feed record, the channel's answer, the full view.

``publish`` ends every transaction that changed orders: it refreshes each
touched order's state and version, then puts each touched fulfilment (and the
pickup a touched transfer feeds) on its node's feed as a ``pickup_order``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.deposits import balance_minor
from omnipos.domain.pickup import FulfilmentKind, PickupState
from omnipos.domain.quantities import from_milli
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.orders.fulfilments import Touched, lines_of, refresh_order, transfers_of
from omnipos.hub.stock.ledger import elsewhere_now
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import (
    Channel,
    Fulfilment,
    FulfilmentLine,
    Order,
    OrderHistory,
    OrderLine,
    ReservationEntry,
    Store,
)
from omnipos.sync.events.pickup import FEED_KIND, PickupOrderData

__all__ = ["list_orders", "order_answer", "order_view", "paid_minor", "pending_changes",
           "pickup_order_data", "publish", "state_message"]


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def state_message(f: Fulfilment, tz: str) -> str:
    """The fulfilment's state in words at the store's local time: "cancelled at 14:02 on 1 Dec"."""
    local = f.changed_at.astimezone(ZoneInfo(tz))
    return f"{PickupState(f.state).label} at {local:%H:%M} on {local.day} {local:%b}"


def _line_data(line: FulfilmentLine, ol: OrderLine | None) -> dict[str, Any]:
    return {
        "line_no": line.line_no, "sku": line.sku, "name": ol.name if ol else "",
        "quantity": from_milli(line.quantity_milli), "incoming": from_milli(line.incoming_milli),
        "received": from_milli(line.received_milli), "rejected": from_milli(line.rejected_milli),
        "unit_price_minor": ol.unit_price_minor if ol else 0,
        "total_minor": ol.total_minor if ol else 0, "rejected_reason": line.rejected_reason,
    }


def pickup_order_data(session: Session, f: Fulfilment) -> dict[str, Any]:
    """The ``pickup_order`` record of ``f`` (``PickupOrderData``, as JSON)."""
    order = session.get(Order, f.order_id)
    store = session.get(Store, f.node_code)
    assert order is not None and store is not None
    order_lines = {ol.line_no: ol for ol in session.scalars(
        select(OrderLine).where(OrderLine.order_id == order.id))}
    channel = session.get(Channel, order.channel_id)
    kind = FulfilmentKind(f.kind)
    ship_to: dict[str, Any] | None = None
    if kind is FulfilmentKind.SHIP and order.address:
        ship_to = {"name": order.customer_name, **{k: order.address.get(k, "") for k in
                                                    ("line1", "city", "postcode", "country")}}
    elif kind is FulfilmentKind.TRANSFER:
        pickup = session.get(Fulfilment, f.feeds_id) if f.feeds_id else None
        ship_to = {"store_code": pickup.node_code if pickup else order.pickup_store}
    incoming = []
    if kind is FulfilmentKind.PICKUP:
        for t in transfers_of(session, f):
            if PickupState(t.state) in (PickupState.CANCELLED, PickupState.REJECTED):
                continue
            incoming.append({
                "transfer_id": t.id, "from_node": t.node_code, "state": t.state,
                "received": t.received_at is not None,
                "carrier": t.carrier, "tracking": t.tracking,
                "lines": [_line_data(tl, order_lines.get(tl.line_no))
                          for tl in lines_of(session, t)],
            })
    paid = order.paid
    # Not paid in full: the store takes what is left after the deposit.
    due = 0 if paid or kind is not FulfilmentKind.PICKUP else balance_minor(
        order.total_minor, order.deposit_minor)
    data = PickupOrderData.model_validate({
        "pickup_id": f.id, "order_id": order.id, "order_number": order.channel_order_id,
        "channel": channel.name if channel else "", "kind": kind, "state": f.state,
        "version": f.version, "store_code": f.node_code, "placed_at": order.placed_at,
        "promised_by": order.promised_by, "changed_at": f.changed_at,
        "customer": {"name": order.customer_name, "email": order.customer_email,
                     "phone": order.customer_phone},
        "pickup_code": (order.pickup_code or "") if kind is FulfilmentKind.PICKUP else "",
        "paid": paid, "currency": order.currency, "total_minor": order.total_minor,
        "deposit_minor": 0 if paid else order.deposit_minor, "due_minor": due,
        "lines": [_line_data(line, order_lines.get(line.line_no)) for line in lines_of(session, f)],
        "ship_to": ship_to, "incoming": incoming, "task": f.task, "exception": f.exception,
        "message": state_message(f, store.timezone),
    })
    return data.model_dump(mode="json")


def pending_changes(session: Session, fulfilments: Iterable[Fulfilment]) -> list[PendingChange]:
    """Feed changes for ``fulfilments`` and for the pickups their transfers feed."""
    wanted: dict[str, Fulfilment] = {}
    for f in fulfilments:
        wanted[f.id] = f
        if f.feeds_id:
            pickup = session.get(Fulfilment, f.feeds_id)
            if pickup is not None:
                wanted[pickup.id] = pickup
    return [PendingChange(FEED_KIND, f.id, f.node_code, pickup_order_data(session, f))
            for f in sorted(wanted.values(), key=lambda x: x.id)]


def publish(session: Session, touched: Touched, now: datetime,
            stock: Sequence[PendingChange] = ()) -> None:
    """Refresh every touched order, then put every touched fulfilment on the feed.

    ``stock``: level changes the same transaction made, published with them in
    the one feed write, which must come last (it holds the feed lock until commit).
    """
    for order in touched.orders.values():
        refresh_order(session, order, now)
    session.flush()
    # Reservations moved what these nodes can promise: the other stores' look-ups follow.
    ids = [f.id for f in touched.fulfilments.values()]
    pairs = session.execute(select(Fulfilment.node_code, FulfilmentLine.sku).join(
        FulfilmentLine, FulfilmentLine.fulfilment_id == Fulfilment.id).where(
        Fulfilment.id.in_(ids))).all() if ids else []
    append_changes(session, [*stock, *pending_changes(session, touched.fulfilments.values()),
                             *elsewhere_now(session, [(n, s) for n, s in pairs], now)])


def paid_minor(order: Order) -> int:
    """What the customer has paid: the total when paid, else the deposit (0: none)."""
    return order.total_minor if order.paid else order.deposit_minor


def order_answer(session: Session, order: Order) -> dict[str, Any]:
    """``{order_id, state, version, nodes, pickup_code}``: what ``POST /v1/orders`` answers."""
    parts = session.execute(select(Fulfilment.node_code, Fulfilment.kind).where(
        Fulfilment.order_id == order.id).order_by(Fulfilment.created_at, Fulfilment.id)).all()
    # The customer-facing part first (the pickup store), the nodes shipping to it after.
    nodes = [code for code, kind in sorted(parts, key=lambda p: p[1] == "transfer")]
    return {"order_id": order.id, "state": order.state, "version": order.version,
            "nodes": list(dict.fromkeys(nodes)), "pickup_code": order.pickup_code or ""}


def order_view(session: Session, order: Order) -> dict[str, Any]:
    """The order with its lines, node per line, fulfilments, reservations and history."""
    fulfilments = sorted(session.scalars(select(Fulfilment).where(
        Fulfilment.order_id == order.id).order_by(Fulfilment.created_at, Fulfilment.id)),
        key=lambda f: f.kind == FulfilmentKind.TRANSFER.value)
    flines = {f.id: lines_of(session, f) for f in fulfilments}
    lines = []
    for ol in session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                              .order_by(OrderLine.line_no)):
        at = [{"node": f.node_code, "pickup_id": f.id, "kind": f.kind, "state": f.state,
               "quantity": from_milli(fl.quantity_milli)}
              for f in fulfilments for fl in flines[f.id]
              if fl.line_no == ol.line_no and fl.quantity_milli]
        lines.append({"line_no": ol.line_no, "sku": ol.sku, "name": ol.name,
                      "quantity": from_milli(ol.quantity_milli),
                      "unit_price_minor": ol.unit_price_minor, "total_minor": ol.total_minor,
                      "tax_class": ol.tax_class, "tax_minor": ol.tax_minor,
                      "unassigned": from_milli(ol.unassigned_milli), "nodes": at})
    ids = [f.id for f in fulfilments]
    entries = session.scalars(select(ReservationEntry).where(
        ReservationEntry.fulfilment_id.in_(ids)).order_by(ReservationEntry.id)).all() if ids else []
    closed = {e.closes: e.kind for e in entries if e.closes}
    reservations = [{"reservation_id": e.reservation_id, "node": e.node_code, "sku": e.sku,
                     "line_no": e.line_no, "pickup_id": e.fulfilment_id,
                     "quantity": from_milli(e.delta_milli),
                     "state": {"release": "released", "convert": "converted"}.get(
                         closed.get(e.reservation_id, ""), "open")}
                    for e in entries if e.closes is None]
    history = [{"at": h.at.isoformat(), "actor": h.actor, "what": h.what,
                "pickup_id": h.fulfilment_id}
               for h in session.scalars(select(OrderHistory).where(
                   OrderHistory.order_id == order.id).order_by(OrderHistory.id))]
    return {
        **order_answer(session, order),
        "channel_order_id": order.channel_order_id, "placed_at": order.placed_at.isoformat(),
        "customer": {"name": order.customer_name, "email": order.customer_email,
                     "phone": order.customer_phone},
        "currency": order.currency, "paid": order.paid, "paid_minor": paid_minor(order),
        "deposit_minor": order.deposit_minor,
        "fulfilment": ({"type": "pickup", "store": order.pickup_store}
                       if order.fulfilment == "pickup" else {"type": "ship",
                                                              "address": order.address}),
        "promised_by": _iso(order.promised_by), "subtotal_minor": order.subtotal_minor,
        "tax_minor": order.tax_minor, "total_minor": order.total_minor,
        "lines": lines,
        "fulfilments": [{"pickup_id": f.id, "node": f.node_code, "kind": f.kind, "state": f.state,
                         "version": f.version, "feeds": f.feeds_id, "carrier": f.carrier,
                         "tracking": f.tracking, "task": f.task, "exception": f.exception,
                         "lines": [_line_data(fl, None) for fl in flines[f.id]]}
                        for f in fulfilments],
        "reservations": reservations, "history": history, "exception": order.exception,
    }


def list_orders(db: HubDB, *, state: str | None = None, store: str | None = None,
                exceptions: bool = False, limit: int = 500) -> list[dict[str, Any]]:
    """Orders, newest first: a line each with its state, nodes and what customer service sees."""
    with db.read() as s:
        stmt = select(Order).order_by(Order.created_at.desc(), Order.id).limit(limit)
        if state:
            stmt = stmt.where(Order.state == state)
        if exceptions:
            stmt = stmt.where(Order.exception.is_not(None))
        if store:
            stmt = stmt.where(Order.id.in_(select(Fulfilment.order_id).where(
                Fulfilment.node_code == store)))
        return [{**order_answer(s, o), "channel_order_id": o.channel_order_id,
                 "customer": o.customer_name, "placed_at": o.placed_at.isoformat(),
                 "fulfilment": o.fulfilment, "pickup_store": o.pickup_store,
                 "total_minor": o.total_minor, "paid_minor": paid_minor(o),
                 "currency": o.currency,
                 "exception": o.exception} for o in s.scalars(stmt)]
