"""The channel API: orders in (``/v1/orders``) and stock a web shop may promise.

Channels authenticate with their own token (``omnipos-hub channel add``),
never a till's. Errors a channel can act on: 401 (token), 404 (not its order),
409 (the order id reused with another body, or a change that no longer fits),
422 (what was wrong, by field).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, HTTPException, Path, Request
from fastapi.responses import JSONResponse

from omnipos.domain.errors import NotFoundError, StateError, UserFacingError, ValidationError
from omnipos.hub.admin import channels
from omnipos.hub.admin.channels import ChannelIdentity
from omnipos.hub.orders import changes, intake
from omnipos.hub.orders.atp import available_to_promise
from omnipos.hub.orders.requests import OrderAnswer, OrderDetail, OrderRequest
from omnipos.hub.orders.views import order_view
from omnipos.hub.store.db import HubDB
from omnipos.sync.wire import Wire

__all__ = ["router"]

router = APIRouter(tags=["orders"])


def channel_bearer(request: Request,
                   authorization: Annotated[str | None, Header()] = None) -> ChannelIdentity:
    """The channel behind ``Authorization: Bearer <channel token>``, or 401."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing channel token", headers={"WWW-Authenticate": "Bearer"})
    found = channels.authenticate(request.app.state.db,
                                  authorization.removeprefix("Bearer ").strip())
    if found is None:
        raise HTTPException(401, "unknown or revoked channel token",
                            headers={"WWW-Authenticate": "Bearer"})
    return found


ChannelDep = Annotated[ChannelIdentity, Depends(channel_bearer)]
OrderId = Annotated[str, Path(max_length=36)]


def _fail(exc: UserFacingError) -> HTTPException:
    if isinstance(exc, NotFoundError):
        return HTTPException(404, str(exc))
    if isinstance(exc, intake.OrderConflict | StateError):
        return HTTPException(409, str(exc))
    if isinstance(exc, ValidationError):
        field, _, msg = str(exc).partition(": ")
        return HTTPException(422, [{"field": f"body.{field}" if msg else "body",
                                    "msg": msg or str(exc), "type": "value_error"}])
    return HTTPException(400, str(exc))


class CancelRequest(Wire):
    reason: str = ""


class StockNode(Wire):
    node: str
    name: str
    kind: str
    pickup: bool
    on_hand: str
    reserved: str
    available: str


class StockAnswer(Wire):
    sku: str
    nodes: list[StockNode]


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "missing, unknown or revoked channel token"},
    404: {"description": "no such order for this channel"},
    409: {"description": "the id was used with another body, or the order moved on"},
}


@router.post("/v1/orders", response_model=OrderAnswer, status_code=201, responses={
    200: {"model": OrderAnswer, "description": "the same order posted again: as it is now"},
    **_ERRORS})
def post_order(req: OrderRequest, request: Request, channel: ChannelDep) -> Any:
    """Take an order in: priced, routed and reserved, or parked for a person."""
    db: HubDB = request.app.state.db
    try:
        answer, created = intake.place_order(db, channel, req)
    except UserFacingError as exc:
        raise _fail(exc) from exc
    return JSONResponse(OrderAnswer.model_validate(answer).model_dump(mode="json"),
                        status_code=201 if created else 200)


@router.get("/v1/orders/{order_id}", response_model=OrderDetail, responses=_ERRORS)
def get_order(order_id: OrderId, request: Request, channel: ChannelDep) -> Any:
    """The order: state, version, lines with their nodes, reservations and history."""
    db: HubDB = request.app.state.db
    try:
        with db.read() as s:
            return order_view(s, intake.find_order(s, order_id, channel))
    except UserFacingError as exc:
        raise _fail(exc) from exc


@router.post("/v1/orders/{order_id}/cancel", response_model=OrderAnswer, responses=_ERRORS)
def cancel_order(order_id: OrderId, request: Request, channel: ChannelDep,
                 body: Annotated[CancelRequest | None, Body()] = None) -> Any:
    """Cancel the order: stock released; goods already picked get a put-back task."""
    db: HubDB = request.app.state.db
    try:
        return changes.cancel_order(db, order_id, actor=f"channel:{channel.name}",
                                    reason=(body.reason if body else "")[:200], channel=channel)
    except UserFacingError as exc:
        raise _fail(exc) from exc


@router.get("/v1/stock/{sku}", response_model=StockAnswer, responses={401: _ERRORS[401]})
def get_stock(sku: Annotated[str, Path(max_length=64)], request: Request,
              channel: ChannelDep) -> Any:
    """Available to promise per node, so a web shop can show "available for pickup at ..."."""
    return available_to_promise(request.app.state.db, sku)
