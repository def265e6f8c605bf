"""The hub's HTTP API (sync protocol v1) as a FastAPI app."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any, cast

import anyio
from anyio.lowlevel import RunVar
from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response

from omnipos.domain.errors import PermissionDenied
from omnipos.hub.admin import enrollment
from omnipos.hub.admin.throttle import EnrollmentThrottled, guarded_enroll
from omnipos.hub.api.auth import Till, bearer
from omnipos.hub.api.limits import BodyLimit
from omnipos.hub.api.orders import router as orders_router
from omnipos.hub.api.returns import router as returns_router
from omnipos.hub.events import journal, sequence
from omnipos.hub.events.apply import last_receipt_seq
from omnipos.hub.events.push import apply_push
from omnipos.hub.feed import CursorGone, CursorInvalid, read_page_json
from omnipos.hub.store.db import ConnectionLost, HubDB
from omnipos.sync.wire import (
    PROTOCOL_VERSION,
    SUPPORTED_VERSIONS,
    EpochRequest,
    EpochResponse,
    HelloResponse,
    Limits,
    PullResponse,
    PushRequest,
    PushResponse,
    RegisterRequest,
    RegisterResponse,
)

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_BATCH_EVENTS = 500
MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 1000
#: A push that names the till's feed cursor is answered with at most this many changes
#: after it: what a wake after a sale brings back; more waiting says has_more, and the
#: till pulls them.
PUSH_FEED_LIMIT = 500
#: Pushes applied at once per worker process, each in a thread of its own, at most as many
#: as the hot pool keeps connections (store/db.py's HOT_POOL_SIZE). Forty (anyio's default,
#: with a pool of 10) took connections past the pool, each opened and closed for one push,
#: and cost ~1.5 ms more hub CPU per push under 200 tills; 4 kept too few statements in
#: flight for PostgreSQL on the same cores (fewer events/s, more database CPU per push).
PUSH_THREADS = 20
_push_threads: RunVar[anyio.CapacityLimiter] = RunVar("omnipos_push_threads")


def _push_limiter() -> anyio.CapacityLimiter:
    """The running event loop's limiter of push threads (one per loop, as anyio's own)."""
    try:
        return _push_threads.get()
    except LookupError:
        limiter = anyio.CapacityLimiter(PUSH_THREADS)
        _push_threads.set(limiter)
        return limiter


def _limits() -> Limits:
    return Limits(
        max_body_bytes=MAX_BODY_BYTES,
        max_batch_events=MAX_BATCH_EVENTS,
        max_pull_limit=MAX_PULL_LIMIT,
    )


def create_app(db: HubDB | None) -> Any:
    """The ASGI app (FastAPI wrapped in the body size limit) serving ``db``."""
    api = FastAPI(
        title="OmniPOS sync API",
        version=f"{PROTOCOL_VERSION}.0",
        description="Sync protocol v1 between OmniPOS tills and a central hub (OmniPOS Hub).",
    )
    api.state.db = db
    hub = cast(HubDB, db)  # None only when generating the OpenAPI document
    api.include_router(returns_router)
    api.include_router(orders_router)


    @api.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in e.get("loc", ())), "msg": e.get("msg", ""),
             "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return JSONResponse({"detail": errors}, status_code=422)

    @api.exception_handler(ConnectionLost)
    async def _lost(_request: Request, exc: ConnectionLost) -> JSONResponse:
        return JSONResponse({"detail": "the database connection was lost; try again"},
                            status_code=503, headers={"Retry-After": "1"})

    @api.exception_handler(PermissionDenied)
    async def _denied(_request: Request, exc: PermissionDenied) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=403)

    @api.post("/v1/devices/register", response_model=RegisterResponse, tags=["devices"])
    def register(req: RegisterRequest, request: Request) -> RegisterResponse:
        """Spend a one-time enrollment code; the token is returned once and never stored."""
        client = request.client.host if request.client else ""
        try:  # repeated wrong codes from one address are throttled (issue 5)
            return guarded_enroll(hub, req, client)
        except EnrollmentThrottled as exc:
            raise HTTPException(
                429, str(exc), headers={"Retry-After": str(exc.retry_after)}
            ) from exc

    @api.get("/v1/sync/hello", response_model=HelloResponse, tags=["sync"])
    def hello(till: Till) -> HelloResponse:
        row = enrollment.touch(hub, till.id)
        seqs = sequence.report(hub, till)
        return HelloResponse(
            server_time=datetime.now(UTC),
            protocol_versions=SUPPORTED_VERSIONS,
            device_id=uuid.UUID(row.id),
            store_code=row.store_code,
            till_code=row.till_code,
            epoch=row.epoch,
            acked_seq=seqs.acked_seq,
            highest_seq=seqs.highest_seq,
            gaps=seqs.gaps,
            journal_head=journal.last_head(hub, till),
            last_receipt_seq=last_receipt_seq(hub, row.id),
            limits=_limits(),
        )

    @api.post("/v1/sync/epoch", response_model=EpochResponse, tags=["sync"])
    def epoch(req: EpochRequest, till: Till) -> EpochResponse:
        """A till restored from a backup asks for a new epoch of sequence numbers."""
        if str(req.device_id) != till.id:
            raise HTTPException(403, "device_id does not match the token")
        log.warning("till %s opens a new epoch: %s", till.id, req.reason)
        return EpochResponse(epoch=enrollment.new_epoch(hub, till.id, req.after_seq))

    @api.post(
        "/v1/sync/push",
        response_model=PushResponse,
        tags=["sync"],
        responses={409: {"description": "stale epoch: call hello"},
                   413: {"description": "body over the limit"}},
    )
    async def push(req: PushRequest, request: Request,
                   authorization: Annotated[str | None, Header()] = None) -> Response:
        """Apply events in order, in one transaction; one result per event (an event that
        cannot be applied is quarantined, the others go on). With ``feed_cursor``, the
        answer also carries the feed after it (one round trip for a sale instead of push
        and then pull)."""
        limiter = _push_limiter()
        try:
            return await anyio.to_thread.run_sync(_push, req, request, authorization,
                                                  limiter=limiter)
        except ConnectionLost:
            # The pool is new (PostgreSQL restarted): once more on a new connection. Had the
            # first attempt committed after all, its events now answer ``duplicate``.
            return await anyio.to_thread.run_sync(_push, req, request, authorization,
                                                  limiter=limiter)

    def _push(req: PushRequest, request: Request, authorization: str | None) -> Response:
        # The token is checked here, not by the Till dependency: FastAPI runs a plain
        # dependency in a thread of its own, and that hand-off cost the busiest endpoint a
        # tenth of its CPU under 200 tills.
        till = bearer(request, authorization)
        if str(req.device_id) != till.id:
            raise HTTPException(403, "device_id does not match the token")
        if len(req.events) > MAX_BATCH_EVENTS:
            raise HTTPException(413, f"more than {MAX_BATCH_EVENTS} events in one batch")
        if req.epoch != till.epoch:
            raise HTTPException(409, {"msg": "stale epoch", "epoch": till.epoch})
        pushed = apply_push(hub, till, req)
        hub.sync_barrier()  # durable before acknowledged
        feed = b"null"
        if req.feed_cursor:  # never a snapshot: that is the till's pull's, page by page
            try:  # read after the batch: the changes it made are in the page
                feed = read_page_json(hub, till.store_code, req.feed_cursor, PUSH_FEED_LIMIT)
            except (CursorInvalid, CursorGone):
                pass  # feed: null; the till's own pull hears why (a 410 takes a snapshot)
        answer = PushResponse(batch_id=req.batch_id, results=pushed.results,
                              acked_seq=pushed.acked_seq, journal_head=pushed.journal_head)
        # The page is spliced in as the JSON it is stored as: a push answer carries up to
        # 500 changes, and parsing them only to serialise them again was half the hub's CPU
        # under load.
        body = answer.model_dump_json(exclude={"feed"})[:-1].encode() + b',"feed":' + feed + b"}"
        return Response(content=body, media_type="application/json")

    @api.get(
        "/v1/sync/pull",
        response_model=PullResponse,
        tags=["sync"],
        responses={410: {"description": "cursor too old: pull again without one (snapshot)"}},
    )
    def pull(
        till: Till,
        cursor: Annotated[str | None, Query(max_length=400)] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = DEFAULT_PULL_LIMIT,
        store: Annotated[str | None, Query(max_length=20)] = None,
    ) -> PullResponse:
        """Changes after ``cursor`` for the device's store; ``next_cursor`` is opaque."""
        if store is not None and store != till.store_code:
            raise HTTPException(403, f"this device may not pull for store {store!r}")
        try:
            body = read_page_json(hub, till.store_code, cursor, limit)
            return Response(content=body, media_type="application/json")  # type: ignore[return-value]
        except CursorInvalid as exc:
            raise HTTPException(
                422, [{"field": "query.cursor", "msg": str(exc), "type": "value_error"}]
            ) from exc
        except CursorGone as exc:
            raise HTTPException(410, f"{exc}; pull without a cursor for a snapshot") from exc

    return api


def create_asgi(db: HubDB, max_body_bytes: int = MAX_BODY_BYTES) -> Any:
    return BodyLimit(create_app(db), max_body_bytes)
