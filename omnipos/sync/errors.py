"""Sync errors carry a kind that decides what happens next."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from omnipos.domain.errors import UserFacingError


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
