"""The sync worker: hello, push the outbox, pull the feed; backs off on faults.

It runs off the GUI thread (``start()``), or once for ``omnipos sync --once``.
Retries use exponential backoff with full jitter and honour ``Retry-After``;
a 401 re-reads the token (another process may have re-enrolled) and, if it
did not change, stops until the till is enrolled again.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.domain.errors import ValidationError, message
from omnipos.sync.backoff import Backoff
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError, SyncErrorKind, said_record
from omnipos.sync.handshake import Handshake, handshake, note_journal_head, settle_gaps
from omnipos.sync.outbox import keep_days, prune_acknowledged
from omnipos.sync.pull import Progress, PullReport, pull_all
from omnipos.sync.push import DEFAULT_BATCH, Pusher, PushReport
from omnipos.sync.state import (
    AUTH_REQUIRED,
    DEFAULT_INTERVAL,
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_SYNC,
    ONLINE,
    set_state,
)
from omnipos.sync.tls import HubLink, check_hub_url
from omnipos.sync.tokens import TokenStore
from omnipos.sync.wire import JournalHead

log = logging.getLogger(__name__)

PRUNE_EVERY_S = 3600.0  # the outbox's acknowledged events are pruned hourly at most
#: Hello is said on first contact, after any failed pass and then every this often; between,
#: a pass is one push (which brings the feed back) or, with nothing to push, one pull.
HELLO_EVERY_S = 600.0


@dataclass
class SyncReport:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    restored: bool = False


class SyncWorker:
    def __init__(
        self,
        db: Database,
        tokens: TokenStore,
        *,
        transport: httpx.BaseTransport | None = None,
        interval: float = DEFAULT_INTERVAL,
        batch_size: int = DEFAULT_BATCH,
        backoff: Backoff | None = None,
        progress: Progress | None = None,
        on_change: Callable[[], None] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> None:
        self.db = db
        self.tokens = tokens
        self.interval = interval
        self.batch_size = batch_size
        self.backoff = backoff or Backoff()
        self.progress = progress
        self.on_change = on_change
        self._transport = transport
        self._timeout = timeout
        self._token: str | None = None
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._pruned_at: float | None = None  # time.monotonic() of the last outbox pruning
        # What the last hello said (None: say hello on the next pass) and when.
        self._hello: Handshake | None = None
        self._hello_at = 0.0
        #: The journal head the hub keeps, from hello and then each push's answer.
        self._hub_head: JournalHead | None = None
        with db.read() as s:
            self.device_id = str(get_setting(s, "device.id") or "")
            self.link = HubLink.from_settings(s)
        self.hub_url = self.link.url
        if not self.device_id or not self.hub_url:
            raise SyncError(SyncErrorKind.AUTH, message(
                "this till is not enrolled with a hub (run 'omnipos enroll --hub URL --code "
                "CODE')"))
        try:  # a till enrolled before the address was checked is refused here, plainly
            check_hub_url(self.hub_url, allow_http=self.link.allow_http)
        except ValidationError as exc:
            raise SyncError(SyncErrorKind.CERTIFICATE, message("{problem}; enroll again"),
                            problem=exc) from exc

        kwargs = {"timeout": timeout} if timeout is not None else {}
        self.client = HubClient(self.hub_url, self._current_token, transport=transport,
                                tls=self.link.context(), **kwargs)

    def _current_token(self) -> str | None:
        if self._token is None:
            self._token = self.tokens.load(self.device_id)
        return self._token

    # --- one pass -------------------------------------------------------------

    def run_once(self) -> SyncReport:
        """Hello when due, push everything waiting, pull what the pushes did not bring;
        one 401 re-auth and one 409 retry."""
        report = SyncReport()
        reauthed = conflicted = False
        while True:
            try:
                self._pass(report)
                self._record_ok()
                self._prune()
                return report
            except SyncError as exc:
                self._hello = None  # whatever failed, the next try starts with hello
                if exc.kind is SyncErrorKind.AUTH and exc.status == 401 and not reauthed:
                    reauthed = True
                    if self._reauthenticate():
                        continue
                if exc.kind is SyncErrorKind.CONFLICT and not conflicted:
                    conflicted = True  # stale epoch: hello again, then push
                    continue
                self._record_error(exc)
                raise

    def _pass(self, report: SyncReport) -> None:
        with self.db.transaction() as s:
            set_state(s, LAST_ATTEMPT, datetime.now(UTC).isoformat())
        hs = self._handshake()
        report.restored = report.restored or hs.restored
        pusher = Pusher(self.db, self.client, self.device_id, hs.epoch, self.batch_size,
                        hub_journal_head=self._hub_head, pull_report=report.pull,
                        progress=self.progress)
        try:
            pusher.push_all(report.push)
        finally:
            self.batch_size = max(1, pusher.batch_size)
            if pusher.hub_journal_head is not None:
                self._hub_head = pusher.hub_journal_head
        if pusher.acked_seq is not None:
            settle_gaps(self.db, pusher.acked_seq)
        if pusher.hub_journal_head is not None:
            note_journal_head(self.db, pusher.hub_journal_head)
        if pusher.feed_current:
            return  # the push's answer brought the feed: a sale cost one round trip
        pulled = pull_all(self.db, self.client, progress=self.progress)
        report.pull.pages += pulled.pages
        report.pull.changes += pulled.changes
        report.pull.products += pulled.products
        report.pull.snapshot = report.pull.snapshot or pulled.snapshot

    def _handshake(self) -> Handshake:
        """Hello on first contact, after a failed pass and every HELLO_EVERY_S; else the last."""
        now = time.monotonic()
        if self._hello is None or now - self._hello_at >= HELLO_EVERY_S:
            self._hello = handshake(self.db, self.client, self.device_id)
            self._hello_at = now
            self._hub_head = self._hello.hello.journal_head
            return self._hello
        return dataclasses.replace(self._hello, restored=False)  # told once, by that hello

    def _reauthenticate(self) -> bool:
        """Re-read the token from the store; True if it changed and is worth a retry."""
        old = self._token
        self._token = None
        new = self._current_token()
        if new and new != old:
            log.info("device token changed in the keyring; retrying")
            return True
        with self.db.transaction() as s:
            set_state(s, AUTH_REQUIRED, True)
        log.error("the hub refused this till's token; enroll the till again")
        return False

    def _record_ok(self) -> None:
        with self.db.transaction() as s:
            set_state(s, LAST_SYNC, datetime.now(UTC).isoformat())
            set_state(s, LAST_ERROR, None)
            set_state(s, ONLINE, True)
            set_state(s, AUTH_REQUIRED, False)
        self._notify()

    def _prune(self) -> None:
        """Acknowledged events older than ``sync.outbox_keep_days`` leave the outbox (after a
        good pass, once an hour at most)."""
        now = time.monotonic()
        if self._pruned_at is not None and now - self._pruned_at < PRUNE_EVERY_S:
            return
        self._pruned_at = now
        prune_acknowledged(self.db, datetime.now(UTC), keep_days(self.db))

    def _record_error(self, exc: SyncError) -> None:
        with self.db.transaction() as s:
            set_state(s, LAST_ERROR, {"kind": str(exc.kind), "message": str(exc)[:500],
                                      "said": said_record(exc),
                                      "at": datetime.now(UTC).isoformat()})
            set_state(s, ONLINE, exc.kind not in (SyncErrorKind.NETWORK, SyncErrorKind.SERVER,
                                                  SyncErrorKind.CERTIFICATE))
        self._notify()

    def _notify(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def sync_with_retries(self, attempts: int = 5) -> SyncReport:
        """``run_once`` retried on network and server faults, with backoff (``sync --once``)."""
        for attempt in range(attempts):
            try:
                return self.run_once()
            except SyncError as exc:
                if not exc.retryable or attempt == attempts - 1:
                    raise
                delay = self.backoff.next_delay(exc.retry_after)
                log.info("sync failed (%s); retrying in %.1fs", exc.kind, delay)
                if self._stop.wait(delay):
                    raise
        raise AssertionError("unreachable")

    # --- background -----------------------------------------------------------

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="sync-worker", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Sync now (after a sale) instead of at the next interval."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self.client.close()

    def _loop(self) -> None:
        while not self._stop.is_set():
            delay = self.interval
            self._wake.clear()  # a wake() during the pass below is kept for the next one
            try:
                self.run_once()
                self.backoff.reset()
            except SyncError as exc:
                if exc.retryable:
                    delay = self.backoff.next_delay(exc.retry_after)
                log.info("sync: %s; next try in %.1fs", exc, delay)
            except Exception:
                log.exception("sync worker pass failed")
                delay = self.backoff.next_delay()
            self._wake.wait(delay)
