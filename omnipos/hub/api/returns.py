"""Returns on the API: the order look-up a till makes before it takes a return.

``GET /v1/orders/lookup?receipt=…`` or ``?order=…`` (a till's token): a sale
of any store of the chain, or a web order, with what was already returned
(``OrderLookup``). An unknown one is a 404 whose body says which and why, so
the till can tell the cashier and keep the no-receipt path open.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from omnipos.domain.errors import NotFoundError
from omnipos.hub.api.auth import Till
from omnipos.hub.returns.lookup import lookup
from omnipos.hub.store.db import HubDB
from omnipos.sync.events.returns import OrderLookup
from omnipos.sync.wire import Wire

__all__ = ["router"]

router = APIRouter()


class NotFoundBody(Wire):
    detail: str
    receipt: str | None = None
    order: str | None = None


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
