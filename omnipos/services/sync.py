"""What the till's screens need of sync, so the UI never reaches into ``sync`` or ``db``.

``SyncService`` reads the status the status bar shows, lists the outbox for
the Sync screen, puts quarantined events back in the queue, enrolls the till
with a hub (first run, or again after the hub refused its token), and starts
the sync worker of an enrolled till (``start_enrolled``). Every method but
``start_enrolled`` does database or network work: call it off the GUI thread.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.domain.errors import UserFacingError, ValidationError, message
from omnipos.sync.console import OutboxItem, OutboxListing, bar_status, list_outbox
from omnipos.sync.errors import KeyringUnavailable, SyncError, SyncErrorKind, said_error
from omnipos.sync.outbox import OutboxStatus, retry_quarantined
from omnipos.sync.state import DEFAULT_INTERVAL
from omnipos.sync.tokens import KeyringTokenStore, TokenStore

if TYPE_CHECKING:  # the worker and enrollment bring httpx: imported when they run (below)
    from omnipos.sync.enroll import Enrollment
    from omnipos.sync.worker import SyncWorker

__all__ = [
    "INTERVAL_SETTING",
    "EnrollmentFailed",
    "OutboxItem",
    "OutboxListing",
    "OutboxStatus",
    "RunningSync",
    "Starter",
    "SyncService",
    "WorkerOnly",
    "enrollment_problem",
]

log = logging.getLogger(__name__)

INTERVAL_SETTING = "sync.interval_s"  # pull interval in seconds (default 30)

Changed = Callable[[], None]
Progress = Callable[[int, bool], None]


class RunningSync(Protocol):
    """A started sync: its worker (hub address, tokens, wake) and how to stop it."""

    worker: SyncWorker

    def stop(self) -> None: ...


@dataclasses.dataclass
class WorkerOnly:
    """A started sync worker with its hub elsewhere (an enrolled till)."""

    worker: SyncWorker

    def stop(self) -> None:
        self.worker.stop()


# Starts the sync (it may block for seconds; not on the GUI thread); None: not enrolled.
Starter = Callable[[Changed, Progress], RunningSync | None]


class EnrollmentFailed(UserFacingError):
    """Enrollment did not happen; the message says why and what to do."""


def enrollment_problem(exc: BaseException, hub_url: str) -> EnrollmentFailed:
    """What the person at the till reads when enrollment fails."""
    if isinstance(exc, KeyringUnavailable):
        return EnrollmentFailed(message(
            "This computer has no usable keyring, so the till cannot keep its hub token safely "
            "(it is never written to a file). {problem}"), problem=exc)
    if isinstance(exc, ValidationError) or (
            isinstance(exc, SyncError) and exc.kind is SyncErrorKind.CERTIFICATE):
        # a hub address that would send the token in clear, a bad CA file, a certificate
        return EnrollmentFailed(exc.template, **exc.params)
    if isinstance(exc, SyncError):

        if exc.kind is SyncErrorKind.NETWORK:
            return EnrollmentFailed(message(
                "Cannot reach the hub at {hub}: check the address and the network. ({problem})"),
                hub=hub_url, problem=exc)
        if exc.status == 403:
            return EnrollmentFailed(message(
                "The hub refused the code: it is unknown, already used or expired. Ask for a "
                "new one."))
        if exc.status == 429:
            return EnrollmentFailed(message(
                "Too many wrong codes from this till; wait a few minutes and try again."))
        return EnrollmentFailed(message("The hub refused the enrollment: {problem}"),
                                problem=exc)
    return EnrollmentFailed(message("Enrollment failed: {problem}"), problem=str(exc))


class SyncService:
    """The till's side of sync, as its screens use it."""

    def __init__(self, db: Database, *, tokens: TokenStore | None = None) -> None:
        self._db = db
        self._tokens = tokens

    def status(self, now: datetime | None = None) -> dict[str, object]:
        """The status bar's figures (online, waiting, oldest, quarantined, last error); the
        last error (``last_error_said``), the hub's gaps (``gap_errors``) and each security
        warning's sentence (its ``said``) also as errors, for the till to say in its language."""
        info = bar_status(self._db, now)
        last = info.get("last_error")
        info["last_error_said"] = said_error(last.get("said")) if isinstance(last, dict) else None
        gaps = info.get("gap_said")
        info["gap_errors"] = [said_error(gap) for gap in gaps] if isinstance(gaps, list) else []
        security = info.get("security")
        info["security"] = [{**warning, "said": said_error(warning.get("said"))}
                            for warning in security] if isinstance(security, list) else []
        return info


    def outbox(self, limit: int = 500) -> OutboxListing:
        """Waiting and quarantined events, oldest first, for the Sync screen."""
        return list_outbox(self._db, limit)

    def retry(self, event_id: str | None = None) -> int:
        """Put one quarantined event (or all) back in the queue; how many went back."""
        return retry_quarantined(self._db, event_id)

    def has_store(self) -> bool:
        """Whether the till has a store yet (enrolled, set up or the demo)."""
        with self._db.read() as s:
            return bool(get_setting(s, "store.code"))

    def interval(self) -> float:
        """The pull interval in seconds (the ``sync.interval_s`` setting)."""
        with self._db.read() as s:
            value = get_setting(s, INTERVAL_SETTING)
        try:
            return max(1.0, float(value)) if value is not None else DEFAULT_INTERVAL
        except (TypeError, ValueError):
            log.warning("ignoring %s=%r (not a number of seconds)", INTERVAL_SETTING, value)
            return DEFAULT_INTERVAL

    def enroll(self, hub_url: str, code: str, *, device_name: str | None = None,
               tokens: TokenStore | None = None, progress: Progress | None = None) -> Enrollment:
        """Enroll with a one-time code (network); EnrollmentFailed says what went wrong."""
        from omnipos.sync.enroll import enroll

        try:
            return enroll(self._db, hub_url, code, tokens or self._tokens or KeyringTokenStore(),
                          device_name=device_name, progress=progress)
        except (SyncError, KeyringUnavailable, ValidationError) as exc:
            raise enrollment_problem(exc, hub_url) from exc


    def start_enrolled(self, on_change: Changed, progress: Progress) -> RunningSync | None:
        """The worker of an enrolled till, with its hub and the OS keyring (a ``Starter``)."""
        with self._db.read() as s:
            if not (get_setting(s, "device.id") and get_setting(s, "hub.url")):
                return None
        from omnipos.sync.worker import SyncWorker  # on the starter's thread, not the GUI's

        worker = SyncWorker(self._db, self._tokens or KeyringTokenStore(),
                            interval=self.interval(), on_change=on_change, progress=progress)
        worker.start()
        return WorkerOnly(worker)
