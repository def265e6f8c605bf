"""``order.requested``: an endless-aisle order a till took, taken in as a channel's order.

The till's store is the channel (``channels.store_channel``) and the till's
order number its channel order id, so the order goes through the same code
path as ``POST /v1/orders`` (priced, routed, reserved, on the fulfilling
store's feed) and a replay of the event is the same order. An order the hub
cannot take (an item no longer in the catalog, a pickup store that takes no
pickups) is quarantined with the reason: the customer has a receipt from the
till, and the hub's operator sees it. A deposit paid at the till comes in as the
order's ``deposit_minor``: the collecting store asks only for the balance.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from pydantic import ValidationError as PydanticError

from omnipos.domain.errors import UserFacingError
from omnipos.hub.admin.channels import store_channel
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.hub.orders.fulfilments import Touched, bump, note
from omnipos.hub.orders.intake import take_in
from omnipos.hub.orders.requests import OrderRequest
from omnipos.hub.orders.views import publish
from omnipos.hub.store.models import Fulfilment, Order
from omnipos.sync.events import DepositRefundedPayload, OrderRequestedPayload

log = logging.getLogger(__name__)


def request_of(p: OrderRequestedPayload) -> OrderRequest:
    """The payload as the channel API's order (the same checks as a channel's POST)."""
    fulfilment = p.fulfilment.model_dump(mode="json")
    try:
        return OrderRequest.model_validate({
            "channel_order_id": p.number, "placed_at": p.placed_at,
            "customer": p.customer.model_dump(mode="json"), "currency": p.currency,
            "lines": [ln.model_dump(mode="json") for ln in p.lines], "paid": p.paid,
            **({"deposit_minor": p.paid_minor} if not p.paid and p.paid_minor else {}),
            "fulfilment": fulfilment,
        })
    except PydanticError as exc:
        raise Invalid(f"payload: not an order the hub takes: {exc.errors()[0]['msg']}") from exc


def record_order(pushed: PushedEvent, p: OrderRequestedPayload) -> Outcome:
    check_store(pushed.till, p.store_code)
    req = request_of(p)
    with pushed.session() as s:
        channel = store_channel(s, p.store_code)
        try:
            answer = take_in(s, channel, req, datetime.now(UTC))
        except UserFacingError as exc:
            raise Invalid(f"order {p.number}: {exc}") from exc
    log.info("endless-aisle order %s from %s/%s: %s", p.number, p.store_code, p.till_code,
             answer["state"])
    return Outcome()


def record_deposit_refund(pushed: PushedEvent, p: DepositRefundedPayload) -> Outcome:
    """The collecting store paid the deposit back: the order holds none now (a fact; a second
    refund of it, offline at another till, is left to customer service as an exception)."""
    check_store(pushed.till, p.store_code)
    now = datetime.now(UTC)
    with pushed.session() as s:
        f = s.get(Fulfilment, str(p.pickup_id))
        order = s.get(Order, f.order_id) if f is not None else None
        if f is None or order is None or f.node_code != p.store_code:
            raise Invalid(f"payload.pickup_id: {p.pickup_id} is no pickup order of store "
                          f"{p.store_code}")
        held = order.deposit_minor
        order.deposit_minor = max(0, held - p.amount_minor)
        if p.amount_minor > held:
            order.exception = (f"{p.store_code}: deposit refunded twice "
                               f"({p.amount_minor} paid back, {held} was held)")
        touched = Touched()
        bump(f, now, touched, order)
        note(s, order, f, f"till:{p.store_code}-{p.till_code}" + (f" ({p.staff})" if p.staff
                                                                    else ""),
             f"deposit of {p.amount_minor} {p.currency} refunded at the store", now)
        publish(s, touched, now)
    return Outcome()
