"""HTTP client of sync protocol v1: one method per endpoint, errors with a kind.

The transport is injectable (``httpx.BaseTransport``) so tests put faults
between the till and a real hub.
"""

from __future__ import annotations

import logging
import ssl
import uuid
from collections.abc import Callable
from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from omnipos.domain.errors import message
from omnipos.sync.backoff import parse_retry_after
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.events.returns import OrderLookup
from omnipos.sync.tls import CertificateChanged, format_fingerprint
from omnipos.sync.wire import (
    EpochRequest,
    EpochResponse,
    HelloResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RegisterRequest,
    RegisterResponse,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def _kind_for(status: int) -> SyncErrorKind:
    if status == 401 or status == 403:
        return SyncErrorKind.AUTH
    if status == 409:
        return SyncErrorKind.CONFLICT
    if status == 410:
        return SyncErrorKind.GONE
    if status == 413:
        return SyncErrorKind.TOO_LARGE
    if status == 429 or status >= 500:
        return SyncErrorKind.SERVER
    return SyncErrorKind.CLIENT


def _certificate_problem(exc: BaseException) -> SyncError | None:
    """A TLS refusal in the chain of ``exc`` as a plain-worded error, or None."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, CertificateChanged):
            new = format_fingerprint(cause.seen)
            return SyncError(SyncErrorKind.CERTIFICATE, message(
                "The hub's certificate changed: this till pinned SHA-256 {pinned} at "
                "enrollment, the hub now shows {new}. Sync is stopped so that the device token "
                "goes to no other server. If the hub's certificate was renewed, check the new "
                "fingerprint with the hub's administrator ('omnipos-hub serve' prints it) and "
                "accept it with 'omnipos sync --once --accept-certificate {new}', or enroll the "
                "till again."), detail={"pinned": cause.pinned, "seen": cause.seen},
                pinned=format_fingerprint(cause.pinned), new=new)
        if isinstance(cause, ssl.SSLCertVerificationError):
            return SyncError(SyncErrorKind.CERTIFICATE, message(
                "The hub's certificate is not trusted ({reason}). If the hub uses a private "
                "certificate authority, enroll with --ca-file CA.pem."),
                reason=str(cause.verify_message or cause))
        cause = cause.__cause__ or cause.__context__
    return None


class HubClient:
    """Talks to one hub. ``token`` is a callable so a re-read after 401 sees a new token."""

    def __init__(
        self,
        base_url: str,
        token: Callable[[], str | None] = lambda: None,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._http = httpx.Client(base_url=self.base_url, transport=transport, timeout=timeout,
                                  headers={"User-Agent": "omnipos-till/1"},
                                  verify=tls if tls is not None else True)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _request(self, method: str, path: str, model: type[M], *, auth: bool = True,
                 json: Any = None, params: dict[str, Any] | None = None) -> M:
        headers = {}
        if auth:
            token = self._token()
            if not token:
                raise SyncError(SyncErrorKind.AUTH,
                                message("this till has no device token; enroll it"))
            headers["Authorization"] = f"Bearer {token}"
        try:
            resp = self._http.request(method, path, json=json, params=params, headers=headers)
        except httpx.HTTPError as exc:
            refused = _certificate_problem(exc)
            if refused is not None:
                raise refused from exc
            # Any transport failure: connection refused/reset, timeouts, a cut body.
            raise SyncError(SyncErrorKind.NETWORK, message("hub unreachable: {reason}"),
                            reason=f"{type(exc).__name__}: {exc}") from exc
        if resp.status_code >= 400:
            raise self._error(resp)
        try:
            return model.model_validate_json(resp.content)
        except ValidationError as exc:
            # A truncated or garbled answer is a network fault, not a verdict.
            raise SyncError(SyncErrorKind.NETWORK, message("unreadable answer from the hub: "
                                                           "{reason}"), reason=str(exc)) from exc

    @staticmethod
    def _error(resp: httpx.Response) -> SyncError:
        try:
            detail = resp.json().get("detail")
        except ValueError:
            detail = resp.text[:200]
        kind = _kind_for(resp.status_code)
        return SyncError(
            kind,
            message("hub answered {code}: {reason}"),
            status=resp.status_code,
            retry_after=parse_retry_after(resp.headers.get("Retry-After")),
            detail=detail,
            code=resp.status_code,
            reason=detail,

        )


    def register(self, code: str, device_name: str, device_id: str | None = None,
                 after_seq: int = 0) -> RegisterResponse:
        req = RegisterRequest(enrollment_code=code, device_name=device_name,
                              device_id=uuid.UUID(device_id) if device_id else None,
                              after_seq=after_seq)
        return self._request("POST", "/v1/devices/register", RegisterResponse, auth=False,
                             json=req.model_dump(mode="json"))

    def hello(self) -> HelloResponse:
        return self._request("GET", "/v1/sync/hello", HelloResponse)

    def new_epoch(self, device_id: str, reason: str, after_seq: int | None = None
                  ) -> EpochResponse:
        req = EpochRequest(device_id=uuid.UUID(device_id), reason=reason, after_seq=after_seq)
        return self._request("POST", "/v1/sync/epoch", EpochResponse,
                             json=req.model_dump(mode="json"))

    def push(self, req: PushRequest) -> PushResponse:
        return self._request("POST", "/v1/sync/push", PushResponse,
                             json=req.model_dump(mode="json"))

    def pull(self, cursor: str | None, limit: int) -> PullResponse:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        return self._request("GET", "/v1/sync/pull", PullResponse, params=params)

    def lookup_order(self, *, receipt: str | None = None, order: str | None = None
                     ) -> OrderLookup:
        """A sale of any store (by receipt number) or a web order, for a return.

        An unknown one is a ``SyncError`` with ``status`` 404 whose message says so.
        """
        params = {"receipt": receipt} if receipt else {"order": order}
        return self._request("GET", "/v1/orders/lookup", OrderLookup, params=params)
