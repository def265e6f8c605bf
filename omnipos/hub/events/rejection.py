"""A store rejects lines of a pickup order: the stock effect of each reason, then re-routing.

Not found puts the store's level of the SKU to 0, mismatch lowers on hand by
the quantity, damaged holds the quantity back from sale (on hand unchanged).
The line's reservation is released (what is left of it reserved again), and
the rejected quantity is routed anew, never to the store that rejected it: a
pickup gets it shipped in from another node, a shipment goes out from one.
What no rule can place is parked on the order for a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from omnipos.domain.pickup import FulfilmentKind, RejectReason, stock_change
from omnipos.domain.quantities import to_milli
from omnipos.domain.routing import Need, Point
from omnipos.hub.feed import PendingChange
from omnipos.hub.notify import pickup as notices
from omnipos.hub.orders.fulfilments import Touched, apply_routing, lines_of, note, release
from omnipos.hub.orders.intake import destination
from omnipos.hub.orders.routing import route_and_reserve
from omnipos.hub.stock import ledger, reservations
from omnipos.hub.store.models import Fulfilment, Order, OrderLine, Store
from omnipos.sync.events.pickup import RejectedLine

__all__ = ["reject_lines"]


def _point(store: Store | None) -> Point | None:
    if store is None or store.lat is None or store.lon is None:
        return None
    return Point(float(store.lat), float(store.lon))


def reject_lines(session: Session, event_key: str, rejected: Sequence[RejectedLine],
                 f: Fulfilment, order: Order, touched: Touched,
                 now: datetime) -> list[PendingChange]:
    """Apply the stock effects and re-route; returns the stock level changes to publish."""
    lines = {line.line_no: line for line in lines_of(session, f)}
    deltas: list[ledger.Delta] = []
    needs: list[Need] = []
    for rl in rejected:
        line = lines[rl.line_no]
        quantity = to_milli(rl.quantity)
        reason = RejectReason(rl.reason)
        change = stock_change(reason, quantity, ledger.level_milli(session, f.node_code, line.sku))
        if change.on_hand_milli:
            deltas.append(ledger.Delta(event_key, len(deltas) + 1, f.node_code, line.sku,
                                       change.on_hand_milli, f"reject:{reason.value}"[:20]))
        if change.held_milli:
            reservations.hold(session, f.node_code, line.sku, change.held_milli,
                              f"{reason.value} (order {order.channel_order_id})")
        release(session, f, "rejected", line_no=line.line_no)
        line.quantity_milli -= quantity
        if line.quantity_milli > 0:
            reservations.reserve(session, f.node_code, line.sku, line.quantity_milli,
                                 fulfilment_id=f.id, line_no=line.line_no, force=True,
                                 reason="what the rejection left")
        line.rejected_milli += quantity
        line.rejected_reason = reason.value
        needs.append(Need(line.line_no, line.sku, quantity))
    stock = ledger.record(session, deltas)
    _reroute(session, needs, f, order, touched, now)
    return stock


def _reroute(session: Session, needs: list[Need], f: Fulfilment, order: Order,
             touched: Touched, now: datetime) -> None:
    kind = FulfilmentKind(f.kind)
    pickup: Fulfilment | None = None
    exclude = {f.node_code}
    if kind is FulfilmentKind.PICKUP:
        pickup = f
    elif kind is FulfilmentKind.TRANSFER and f.feeds_id:
        pickup = session.get(Fulfilment, f.feeds_id)
        if pickup is not None:
            # The transfer's share is no longer coming: it is routed again below.
            plines = {line.line_no: line for line in lines_of(session, pickup)}
            for n in needs:
                if n.line_no in plines:
                    plines[n.line_no].incoming_milli -= n.quantity_milli
    if pickup is not None:
        exclude.add(pickup.node_code)
        dest = _point(session.get(Store, pickup.node_code))
    else:
        dest, _ = destination(session, order.address)
    routed = route_and_reserve(session, needs, now, destination=dest,
                               exclude=frozenset(exclude))
    if routed.decision.routed:
        made = apply_routing(session, order, routed, now, touched, pickup=pickup)
        note(session, order, f, "routing", "rejected lines re-routed to "
             + ", ".join(m.node_code for m in made), now)
        notices.rerouted(session, order, now, order.version)
        return
    for n in needs:
        ol = session.get(OrderLine, (order.id, n.line_no))
        if ol is not None:
            ol.unassigned_milli += n.quantity_milli
    touched.orders[order.id] = order
    note(session, order, f, "routing", "rejected lines parked: "
         + "; ".join(routed.decision.reasons), now)
