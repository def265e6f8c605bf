"""Slowing down enrollment-code guessing at the hub.

Wrong enrollment codes are counted per client address in the database (so
every hub worker sees the same count); too many in a window block that
address for a while (HTTP 429 with ``Retry-After``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError

from omnipos.domain.errors import PermissionDenied
from omnipos.hub.admin.enrollment import EnrollmentRefused, enroll_till
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import EnrollAttempt
from omnipos.sync.wire import RegisterRequest, RegisterResponse

__all__ = ["EnrollmentThrottled", "guarded_enroll"]

log = logging.getLogger(__name__)

MAX_WRONG_CODES = 10
WINDOW = timedelta(minutes=15)
BLOCK = timedelta(minutes=15)

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


class EnrollmentThrottled(PermissionDenied):
    """Too many wrong enrollment codes from one address: try again later."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many wrong enrollment codes: try again in {retry_after} seconds")
        self.retry_after = retry_after


def _blocked_for(db: HubDB, client: str, now: datetime) -> int:
    with db.read() as s:
        row = s.get(EnrollAttempt, client)
        if row is None or row.blocked_until is None or row.blocked_until <= now:
            return 0
        return max(1, int((row.blocked_until - now).total_seconds()))


def _record_failure(db: HubDB, client: str, now: datetime) -> None:
    for _ in range(3):
        try:
            with db.transaction() as s:
                row = s.get(EnrollAttempt, client, with_for_update=True)
                if row is None:
                    row = EnrollAttempt(client=client, failures=0, window_start=now)
                    s.add(row)
                if now - row.window_start > WINDOW:
                    row.failures, row.window_start, row.blocked_until = 0, now, None
                row.failures += 1
                if row.failures >= MAX_WRONG_CODES:
                    row.blocked_until = now + BLOCK
                    log.warning(
                        "enrollment from %s blocked after %s wrong codes", client, row.failures
                    )
            return
        except IntegrityError:
            continue  # two requests from one address created the row at once


def guarded_enroll(
    db: HubDB, req: RegisterRequest, client: str, *, clock: Clock = _now
) -> RegisterResponse:
    """``enroll_till`` with the wrong-code limit for ``client`` (an address)."""
    client = (client or "unknown")[:64]
    now = clock()
    wait = _blocked_for(db, client, now)
    if wait:
        raise EnrollmentThrottled(wait)
    try:
        return enroll_till(db, req)
    except EnrollmentRefused:
        _record_failure(db, client, now)
        raise
