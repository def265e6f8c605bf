"""Orders in: a channel posts one, the hub prices it, routes it, reserves its stock.

Idempotent on (channel, channel_order_id): the same body again answers the
same order (as it stands now); another body under the same id is refused
(409). Money and tax go through the shared engine with the fulfilling store's
rules (the pickup store, or the first node shipping it).
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import uuid
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from omnipos.domain import tax
from omnipos.domain.errors import NotFoundError, StateError, UserFacingError, ValidationError
from omnipos.domain.pickup import FulfilmentKind, OrderState
from omnipos.domain.quantities import from_milli, to_milli
from omnipos.domain.routing import Allocation, Decision, Need, NodeKind, Point
from omnipos.hub import geo
from omnipos.hub.admin.channels import ChannelIdentity
from omnipos.hub.orders.fulfilments import Touched, apply_routing, note
from omnipos.hub.orders.requests import OrderRequest, PickupFulfilment
from omnipos.hub.orders.routing import Routed, route_and_reserve
from omnipos.hub.orders.views import order_answer, publish
from omnipos.hub.stock import reservations
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Fulfilment, Order, OrderLine, Product, Store

log = logging.getLogger(__name__)

__all__ = ["OrderConflict", "place_order", "price_order", "route_parked", "take_in"]

# No 0/O, 1/I/L: read aloud at the counter and typed when a code will not scan.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class OrderConflict(UserFacingError):
    """The channel reused an order id with another body (HTTP 409)."""


def body_hash(req: OrderRequest) -> str:
    # An order without a deposit hashes as before the field existed: its replays still match.
    body = req.model_dump(mode="json", exclude={"deposit_minor"} if req.deposit_minor is None
                          else None)
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def new_pickup_code() -> str:
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))


def _existing(session: Session, channel: ChannelIdentity, req: OrderRequest) -> Order | None:
    return session.scalar(select(Order).where(Order.channel_id == channel.id,
                                              Order.channel_order_id == req.channel_order_id))


def _replay(order: Order, digest: str) -> None:
    if order.body_hash != digest:
        raise OrderConflict(f"order {order.channel_order_id!r} was posted before with another "
                            f"body (hub order {order.id}); use a new channel_order_id")


def policy_of(store: Store) -> tax.TaxPolicy:
    return tax.TaxPolicy(prices=tax.PriceMode(store.prices),
                         rounding=tax.RoundingMode(store.rounding),
                         rates={k: Decimal(v) for k, v in store.tax_rates.items()},
                         currency=store.currency, cash_step_minor=store.cash_step_minor)


def price_order(session: Session, order: Order, store: Store) -> None:
    """Line totals and tax with ``store``'s rules (the shared engine)."""
    lines = list(session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                 .order_by(OrderLine.line_no)))
    for ol in lines:
        ol.total_minor = tax.line_amount(ol.unit_price_minor,
                                         Decimal(from_milli(ol.quantity_milli)), order.currency)
    result = tax.compute([(ol.total_minor, ol.tax_class) for ol in lines], policy_of(store))
    for ol, line_tax in zip(lines, result.line_tax, strict=True):
        ol.tax_minor = line_tax
    order.subtotal_minor, order.tax_minor = result.lines_total, result.tax_total
    order.total_minor = result.total


def destination(session: Session, address: dict[str, object] | None
                ) -> tuple[Point | None, str]:
    """Where a shipment goes: the address's coordinates, else its postcode's; and how found."""
    if not address:
        return None, ""
    lat, lon = address.get("lat"), address.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return Point(float(lat), float(lon)), "the address's coordinates"
    country, postcode = str(address.get("country", "")), str(address.get("postcode", ""))
    point = geo.locate(session, country, postcode)
    if point is None:
        return None, (f"postcode {postcode} ({country.upper()}) is not in the postcode table "
                      "(omnipos-hub geo import)")
    return point, f"postcode {postcode}"


def _check_pickup_store(session: Session, req: OrderRequest) -> Store | None:
    if not isinstance(req.fulfilment, PickupFulfilment):
        return None
    store = session.get(Store, req.fulfilment.store)
    if store is None:
        raise NotFoundError(f"fulfilment.store: no store {req.fulfilment.store!r}")
    if store.kind != NodeKind.STORE.value or not store.pickup:
        raise ValidationError(f"fulfilment.store: {store.code} does not take pickups")
    if store.currency != req.currency:
        raise ValidationError(f"currency: {store.code} sells in {store.currency}, "
                              f"not {req.currency}")
    return store


def _insert(session: Session, channel: ChannelIdentity, req: OrderRequest, digest: str,
            now: datetime) -> Order:
    pickup = isinstance(req.fulfilment, PickupFulfilment)
    order = Order(
        id=str(uuid.uuid4()), channel_id=channel.id, channel_order_id=req.channel_order_id,
        body_hash=digest, placed_at=req.placed_at, customer_name=req.customer.name,
        customer_email=req.customer.email, customer_phone=req.customer.phone,
        currency=req.currency, paid=req.paid, deposit_minor=req.deposit_minor or 0,
        fulfilment=FulfilmentKind.PICKUP.value if pickup else FulfilmentKind.SHIP.value,
        pickup_store=req.fulfilment.store if isinstance(req.fulfilment, PickupFulfilment) else None,
        address=None if pickup else req.fulfilment.address.model_dump(mode="json"),  # type: ignore[union-attr]
        promised_by=req.promised_by, state=OrderState.UNROUTED.value, version=1,
        pickup_code=new_pickup_code() if pickup else None, created_at=now, updated_at=now,
    )
    session.add(order)
    session.flush()
    skus = {line.sku for line in req.lines}
    products = {p.sku: p for p in session.scalars(select(Product).where(Product.sku.in_(skus)))}
    for i, line in enumerate(req.lines, start=1):
        product = products.get(line.sku)
        if product is None or not product.active:
            raise ValidationError(f"lines.{i - 1}.sku: {line.sku!r} is not in the catalog")
        if product.currency != req.currency:
            raise ValidationError(f"currency: the catalog prices in {product.currency}")
        session.add(OrderLine(order_id=order.id, line_no=i, sku=line.sku, name=product.name,
                              quantity_milli=to_milli(line.quantity),
                              unit_price_minor=line.unit_price_minor, total_minor=0,
                              tax_class=product.tax_class, tax_minor=0, unassigned_milli=0))
    session.flush()
    return order


def route_parked(session: Session, order: Order, now: datetime, touched: Touched,
                 actor: str, *, point: Point | None = None, where: str = "") -> bool:
    """Route the order's parked quantity; True when all of it found a node."""
    lines = list(session.scalars(select(OrderLine).where(
        OrderLine.order_id == order.id, OrderLine.unassigned_milli > 0
    ).order_by(OrderLine.line_no)))
    if not lines:
        return True
    needs = [Need(ol.line_no, ol.sku, ol.unassigned_milli) for ol in lines]
    pickup = _pickup_of(session, order)
    if order.fulfilment == FulfilmentKind.PICKUP.value and pickup is None:
        routed = route_and_reserve(session, needs, now, pickup_store=order.pickup_store)
    elif pickup is not None:
        store = session.get(Store, pickup.node_code)
        assert store is not None
        routed = route_and_reserve(session, needs, now, destination=_store_point(store),
                                   exclude=frozenset({store.code}))
    else:
        routed = route_and_reserve(session, needs, now, destination=point)
    if not routed.decision.routed:
        touched.orders[order.id] = order
        note(session, order, None, actor, "parked: no rule could fill it ("
             + "; ".join(routed.decision.reasons) + ")" + (f"; destination {where}" if where
                                                           else ""), now)
        return False
    _routed(session, order, lines, routed, now, touched, actor, pickup)
    return True


def _pickup_of(session: Session, order: Order) -> Fulfilment | None:
    if order.fulfilment != FulfilmentKind.PICKUP.value:
        return None
    return session.scalar(select(Fulfilment).where(
        Fulfilment.order_id == order.id, Fulfilment.kind == FulfilmentKind.PICKUP.value))


def _routed(session: Session, order: Order, lines: list[OrderLine], routed: Routed,
            now: datetime, touched: Touched, actor: str, pickup: Fulfilment | None) -> None:
    made = apply_routing(session, order, routed, now, touched, pickup=pickup)
    for ol in lines:
        ol.unassigned_milli = 0
    fulfilling = session.get(Store, order.pickup_store or routed.decision.nodes()[0])
    assert fulfilling is not None
    price_order(session, order, fulfilling)
    where = ", ".join(f"{f.node_code} ({f.kind})" for f in made) or "the pickup store"
    note(session, order, None, actor, f"routed by {routed.decision.rule!r} to {where}", now)


def _store_point(store: Store) -> Point | None:
    if store.lat is None or store.lon is None:
        return None
    return Point(float(store.lat), float(store.lon))


def place_order(db: HubDB, channel: ChannelIdentity, req: OrderRequest,
                now: datetime | None = None) -> tuple[dict[str, object], bool]:
    """Take an order in: ``(answer, created)``; a replay answers the order as it is now."""
    now = now or datetime.now(UTC)
    digest = body_hash(req)
    with db.read() as s:
        known = _existing(s, channel, req)
        if known is not None:
            _replay(known, digest)
            return order_answer(s, known), False
    try:
        with db.transaction() as s:
            answer = take_in(s, channel, req, now, digest=digest)
    except IntegrityError:
        # The same order posted twice at once: the first one stands.
        with db.read() as s:
            known = _existing(s, channel, req)
            if known is None:
                raise
            _replay(known, digest)
            return order_answer(s, known), False
    log.info("order %s from %s: %s", answer["order_id"], channel.name, answer["state"])
    return answer, True


def take_in(s: Session, channel: ChannelIdentity, req: OrderRequest, now: datetime, *,
            digest: str | None = None) -> dict[str, object]:
    """Insert, price, route and publish a new order in the caller's transaction; a till's
    endless-aisle order (``order.requested``) comes in here too. A replay of an order the
    channel already sent answers it as it is now."""
    digest = digest or body_hash(req)
    known = _existing(s, channel, req)
    if known is not None:
        _replay(known, digest)
        return order_answer(s, known)
    store = _check_pickup_store(s, req)
    order = _insert(s, channel, req, digest, now)
    point, where = destination(s, order.address)
    for ol in s.scalars(select(OrderLine).where(OrderLine.order_id == order.id)):
        ol.unassigned_milli = ol.quantity_milli
    note(s, order, None, f"channel:{channel.name}", "placed", now)
    touched = Touched()
    touched.orders[order.id] = order
    if store is not None:
        price_order(s, order, store)
    route_parked(s, order, now, touched, "routing", point=point, where=where)
    publish(s, touched, now)
    return order_answer(s, order)


def find_order(session: Session, order_id: str, channel: ChannelIdentity | None = None) -> Order:
    """The order by id (one of ``channel``'s, when given), or NotFoundError."""
    order = session.get(Order, order_id)
    if order is None or (channel is not None and order.channel_id != channel.id):
        raise NotFoundError(f"no order {order_id}")
    return order


def route_by_hand(db: HubDB, order_id: str, *, node: str | None = None,
                  now: datetime | None = None) -> dict[str, object]:
    """Route a parked order again (stock may have come in), or to one node a person chose."""
    now = now or datetime.now(UTC)
    with db.transaction() as s:
        order = find_order(s, order_id)
        if order.cancelled_at is not None:
            raise StateError(f"order {order_id} is cancelled")
        touched = Touched()
        touched.orders[order.id] = order
        if node is None:
            point, _ = destination(s, order.address)
            routed = route_parked(s, order, now, touched, "admin", point=point)
        else:
            routed = _force_node(s, order, node, now, touched)
        publish(s, touched, now)
        answer = order_answer(s, order)
    if not routed:
        raise StateError(f"order {order_id} could not be routed: see its history")
    return answer


def _force_node(session: Session, order: Order, node: str, now: datetime,
                touched: Touched) -> bool:
    """A person sends the parked quantity to ``node``: reserved there whatever it holds."""
    store = session.get(Store, node)
    if store is None:
        raise NotFoundError(f"no store or warehouse {node!r}")
    lines = list(session.scalars(select(OrderLine).where(
        OrderLine.order_id == order.id, OrderLine.unassigned_milli > 0
    ).order_by(OrderLine.line_no)))
    if not lines:
        raise StateError(f"order {order.id} has nothing parked")
    pickup = _pickup_of(session, order)
    fid = pickup.id if pickup is not None and pickup.node_code == node else str(uuid.uuid4())
    allocations = tuple(Allocation(node, ol.line_no, ol.sku, ol.unassigned_milli) for ol in lines)
    for a in allocations:
        reservations.reserve(session, a.node, a.sku, a.quantity_milli, fulfilment_id=fid,
                             line_no=a.line_no, force=True, reason="routed by hand")
    routed = Routed(Decision(allocations, f"by hand to {node}"), {node: fid})
    _routed(session, order, lines, routed, now, touched, "admin", pickup)
    return True
