"""The hub's background jobs while it serves: the no-show job and sending the outbox.

``omnipos-hub serve`` runs them on a timer in one thread of the serving
process (with several uvicorn workers too: the jobs run once, not per
worker). Each run takes the clock's time, so tests drive it with their own.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from omnipos.hub.notify.smtp import SmtpSender, send_due
from omnipos.hub.orders import noshow
from omnipos.hub.store.db import HubDB

log = logging.getLogger(__name__)

__all__ = ["HubJobs"]


def _now() -> datetime:
    return datetime.now(UTC)


class HubJobs:
    def __init__(self, db: HubDB, sender: SmtpSender | None, *, every: float = 60.0,
                 clock: Callable[[], datetime] = _now) -> None:
        self.db, self.sender, self.every, self.clock = db, sender, every, clock
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def run_once(self) -> None:
        """One round: reminders and auto-cancels due now, then the mail due now."""
        now = self.clock()
        try:
            noshow.tick(self.db, now)
        except Exception:  # a bad row must not stop the mail, nor the next round
            log.exception("no-show job failed")
        if self.sender is not None:
            try:
                send_due(self.db, self.sender, now)
            except Exception:
                log.exception("sending notifications failed")

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="hub-jobs", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.run_once()
            self._stop.wait(self.every)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
