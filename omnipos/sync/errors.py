"""Sync errors carry a kind that decides what happens next."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from omnipos.domain.errors import Message, UserFacingError


class SyncErrorKind(StrEnum):
    NETWORK = "network"  # no answer: retry with backoff
    SERVER = "server"  # 5xx, 429, 503: retry with backoff, honour Retry-After
    AUTH = "auth"  # 401: re-authenticate; 403: configuration problem
    CONFLICT = "conflict"  # 409 stale epoch: say hello again
    GONE = "gone"  # 410 cursor too old: take a snapshot
    TOO_LARGE = "too_large"  # 413: halve the batch
    CLIENT = "client"  # 422 and other 4xx: a bug or a bad event; never retried as is
    CERTIFICATE = "certificate"  # the hub's certificate changed or is not trusted: a person


class SyncError(UserFacingError):
    """A sync failure: its kind decides what happens next; an English template and values
    (``message("...")``) say it to the person at the till, in the till's language."""

    def __init__(self, kind: SyncErrorKind, template: str, /, *, status: int | None = None,
                 retry_after: float | None = None, detail: object = None,
                 **params: Any) -> None:
        super().__init__(template, **params)

        self.kind = kind
        self.status = status
        self.retry_after = retry_after
        self.detail = detail

    @property
    def retryable(self) -> bool:
        return self.kind in (SyncErrorKind.NETWORK, SyncErrorKind.SERVER)


class KeyringUnavailable(UserFacingError):
    """No usable keyring backend: enrollment stops; the token is never written to a file."""


def said_record(exc: UserFacingError) -> dict[str, Any]:
    """``exc``'s template and values as JSON (for the sync state the status bar reads later);
    a value that is marked words or an error keeps its mark, anything else becomes text."""
    params: dict[str, Any] = {}
    for name, value in exc.params.items():
        if isinstance(value, UserFacingError):
            params[name] = {"error": said_record(value)}
        elif isinstance(value, Message):
            params[name] = {"words": str(value)}
        else:
            params[name] = {"text": str(value)}
    return {"template": exc.template, "params": params}


def said_error(record: Any) -> UserFacingError | None:
    """The error ``said_record`` wrote, to show in the till's language (None: not one)."""
    if not isinstance(record, dict) or not isinstance(record.get("template"), str):
        return None
    params: dict[str, Any] = {}
    for name, value in (record.get("params") or {}).items():
        if not isinstance(value, dict):
            return None
        if "error" in value:
            inner = said_error(value["error"])
            if inner is None:
                return None
            params[name] = inner
        elif "words" in value:
            params[name] = Message(str(value["words"]))
        else:
            params[name] = str(value.get("text", ""))
    try:
        return UserFacingError(record["template"], **params)
    except (KeyError, IndexError, ValueError):  # a template and values that do not fit
        return None
