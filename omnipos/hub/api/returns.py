"""Returns on the API: the order look-up a till makes, and RMAs a channel asks for.

``GET /v1/orders/lookup?receipt=…`` or ``?order=…`` (a till's token): a sale
of any store of the chain, or a web order, with what was already returned
(``OrderLookup``). An unknown one is a 404 whose body says which and why, so
the till can tell the cashier and keep the no-receipt path open.

``POST /v1/returns`` (a channel's token): authorise a mail return of a web
order of that channel or of a sale of any store (by receipt number); the
answer (``RmaAnswer``) has the RMA number the label prints as a Code 128
barcode. ``GET /v1/returns/{rma}``: the RMA as it stands (state, each line's
outcome, the refund and its payouts).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import Field

from omnipos.domain.errors import NotFoundError, StateError, UserFacingError, ValidationError
from omnipos.hub.api.auth import Till
from omnipos.hub.api.orders import ChannelDep
from omnipos.hub.returns import rmas
from omnipos.hub.returns.lookup import lookup
from omnipos.hub.returns.requests import RmaRequest
from omnipos.hub.store.db import HubDB
from omnipos.sync.events.returns import OrderLookup, RmaData
from omnipos.sync.wire import Wire

__all__ = ["router"]

router = APIRouter()


class NotFoundBody(Wire):
    detail: str
    receipt: str | None = None
    order: str | None = None


class PayoutView(Wire):
    kind: str
    amount_minor: int
    state: str  # pending | paid
    reference: str = ""
    paid_at: str | None = None


class RmaAnswer(RmaData):
    """The RMA with who asked for it and the refund's payouts."""

    requested_by: str = ""
    payouts: list[PayoutView] = Field(default_factory=list)


@router.get(
    "/v1/orders/lookup", response_model=OrderLookup, tags=["returns"],
    responses={404: {"model": NotFoundBody, "description": "no such sale or web order"},
               422: {"description": "give exactly one of receipt and order"}},
)
def order_lookup(
    request: Request, till: Till,
    receipt: Annotated[str | None, Query(max_length=40)] = None,
    order: Annotated[str | None, Query(max_length=64)] = None,
) -> Any:
    """A sale of any store (by receipt number) or a web order (by order number), with
    its lines, quantities already returned at any store, and tenders."""
    if bool(receipt and receipt.strip()) == bool(order and order.strip()):
        raise HTTPException(422, [{"field": "query", "msg": "give exactly one of receipt and order",
                                   "type": "value_error"}])
    db: HubDB = request.app.state.db
    try:
        return lookup(db, receipt_no=receipt, order_id=order)
    except NotFoundError as exc:
        body = NotFoundBody(detail=str(exc), receipt=receipt, order=order)
        return JSONResponse(body.model_dump(mode="json", exclude_none=True), status_code=404)


def _fail(exc: UserFacingError) -> HTTPException:
    if isinstance(exc, NotFoundError):
        return HTTPException(404, str(exc))
    if isinstance(exc, StateError):
        return HTTPException(409, str(exc))
    if isinstance(exc, ValidationError):
        field, _, msg = str(exc).partition(": ")
        return HTTPException(422, [{"field": f"body.{field}" if msg else "body",
                                    "msg": msg or str(exc), "type": "value_error"}])
    return HTTPException(400, str(exc))


_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "missing, unknown or revoked channel token"},
    404: {"description": "no such sale, web order (of this channel) or RMA"},
    409: {"description": "the policy refuses it (return window, final sale) or the order was "
                         "not delivered"},
    422: {"description": "more than can still be returned, or an unknown store"},
}


@router.post("/v1/returns", response_model=RmaAnswer, status_code=201, tags=["returns"],
             responses=_ERRORS)
def post_return(req: RmaRequest, request: Request, channel: ChannelDep) -> Any:
    """Authorise a mail return; the answer's ``number`` goes on the label as a barcode."""
    db: HubDB = request.app.state.db
    try:
        return rmas.create_rma(db, req, requested_by=f"channel:{channel.name}",
                               channel_id=channel.id)
    except UserFacingError as exc:
        raise _fail(exc) from exc


@router.get("/v1/returns/{rma}", response_model=RmaAnswer, tags=["returns"],
            responses={401: _ERRORS[401], 404: _ERRORS[404]})
def get_return(rma: Annotated[str, Path(max_length=40)], request: Request,
               channel: ChannelDep) -> Any:
    """The RMA by number or id: its state, each line's outcome, the refund and payouts."""
    db: HubDB = request.app.state.db
    try:
        shown = rmas.show_rma(db, rma)
    except NotFoundError as exc:
        raise HTTPException(404, str(exc)) from exc
    if shown["requested_by"] != f"channel:{channel.name}":
        # Another channel's, or one made at a store or by an administrator: not this one's.
        raise HTTPException(404, f"no RMA {rma.strip()!r}")
    return shown
