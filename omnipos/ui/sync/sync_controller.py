"""Behaviour of the till's sync status and console; starts and stops the sync worker.

The sync worker runs on its own thread. Its two callbacks (``on_change`` after
every pass, ``progress`` after every pulled page) only emit Qt signals, which
Qt queues to the GUI thread; the status itself is read on the database worker.
After a pass whose pull changed something, the checkout service re-reads the
store profile on the database worker (new scans already read prices fresh), so
a price changed at the hub reaches the selling screen within one pull interval.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from omnipos.db.engine import Database
from omnipos.sync.console import OutboxListing, bar_status, list_outbox
from omnipos.sync.outbox import retry_quarantined
from omnipos.sync.worker import DEFAULT_INTERVAL, SyncWorker
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.sync.sync_status import SyncSnapshot, SyncStatusWidget
from omnipos.ui.sync.sync_view import SyncConsole

log = logging.getLogger(__name__)

CONSOLE_KEY = Qt.Key.Key_F10  # F2 F4 F7 F9 F11 F12 are taken
REFRESH_MS = 10_000  # re-read the queue depth and the age of the oldest event (~2 ms)
INTERVAL_SETTING = "sync.interval_s"  # pull interval in seconds (default 30)
START_TIMEOUT_S = 30.0

Changed = Callable[[], None]
Progress = Callable[[int, bool], None]


class RunningSync(Protocol):
    worker: SyncWorker

    def stop(self) -> None: ...


@dataclasses.dataclass
class WorkerOnly:
    """A started sync worker with its hub elsewhere (an enrolled till)."""

    worker: SyncWorker

    def stop(self) -> None:
        self.worker.stop()


Starter = Callable[[Changed, Progress], RunningSync | None]  # None: not enrolled


def configured_interval(db: Database) -> float:
    from omnipos.db.settings import get_setting

    with db.read() as s:
        value = get_setting(s, INTERVAL_SETTING)
    try:
        return max(1.0, float(value)) if value is not None else DEFAULT_INTERVAL
    except (TypeError, ValueError):
        log.warning("ignoring %s=%r (not a number of seconds)", INTERVAL_SETTING, value)
        return DEFAULT_INTERVAL


def demo_starter(data_dir: Path, db: Database) -> Starter:
    """``omnipos --demo``: the embedded hub, enrollment and the worker, in one call."""

    def start(on_change: Changed, progress: Progress) -> RunningSync:
        from omnipos.demo import start_demo_sync

        demo = start_demo_sync(data_dir, db, interval=configured_interval(db), on_change=on_change)
        demo.worker.progress = progress
        return demo

    return start


def enrolled_starter(db: Database, tokens: Any = None) -> Starter:
    """An enrolled till: the worker with its configured hub and the OS keyring."""

    def start(on_change: Changed, progress: Progress) -> RunningSync | None:
        from omnipos.db.settings import get_setting
        from omnipos.sync.tokens import KeyringTokenStore

        with db.read() as s:
            if not (get_setting(s, "device.id") and get_setting(s, "hub.url")):
                return None
        worker = SyncWorker(db, tokens or KeyringTokenStore(), interval=configured_interval(db),
                            on_change=on_change, progress=progress)
        worker.start()
        return WorkerOnly(worker)

    return start


class SyncController(QObject):
    status_changed = Signal(object)  # SyncSnapshot, after every read
    catalog_updated = Signal()  # a pull changed the catalog or settings; the profile is re-read
    console_closed = Signal()
    _worker_changed = Signal()  # emitted on the sync thread, delivered on the GUI thread
    _worker_progress = Signal(int, bool)
    _start_finished = Signal(object)  # RunningSync | None
    _start_failed = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, widget: SyncStatusWidget, *,
                 reload_profile: Callable[[], object], window: QWidget | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(widget)
        self._db = db
        self._runner = runner
        self.widget = widget
        self._reload_profile = reload_profile
        self._window = window
        self.console: SyncConsole | None = None
        self.enroll_dialog: Any = None  # "Enroll again", opened from the console
        self.snapshot: SyncSnapshot | None = None
        self._lock = threading.Lock()
        self._running: RunningSync | None = None
        self._starter: threading.Thread | None = None
        self._stopping = False
        self._connecting = False
        self._pulled = False  # changes arrived since the profile was last re-read
        self._reading = False
        self._worker_changed.connect(self._on_worker_changed)
        self._worker_progress.connect(self._on_progress)
        self._start_finished.connect(self._on_started)
        self._start_failed.connect(self._on_start_failed)
        widget.clicked.connect(self.open_console)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)

    # -- starting and stopping ------------------------------------------------------------

    @property
    def worker(self) -> SyncWorker | None:
        running = self._running
        return running.worker if running is not None else None

    @gui_thread_only
    def start(self, starter: Starter, text: str = "") -> None:
        """Run ``starter`` on its own thread (it may block for seconds); show 'connecting'."""
        if self._stopping:
            return  # the till closed before the event loop ran
        self._connecting = True
        self.widget.show_connecting(text)
        self._starter = threading.Thread(target=self._start_in_thread, args=(starter,),
                                         name="sync-start", daemon=True)
        self._starter.start()
        self._timer.start()
        self.refresh()

    def _start_in_thread(self, starter: Starter) -> None:
        try:
            running = starter(self._worker_changed.emit, self._worker_progress.emit)
        except Exception as exc:  # shown in the status bar, logged in full
            log.exception("sync did not start")
            self._start_failed.emit(str(exc) or type(exc).__name__)
            return
        with self._lock:
            if self._stopping and running is not None:
                running.stop()  # the till closed while the hub was starting
                return
            self._running = running
        self._start_finished.emit(running)

    def stop(self) -> None:
        """Stop the worker (and an embedded hub); call before the database closes."""
        self._timer.stop()
        with self._lock:
            self._stopping = True
        if self._starter is not None:
            self._starter.join(START_TIMEOUT_S)
        with self._lock:
            running, self._running = self._running, None
        if running is not None:
            running.stop()
        if self.console is not None:
            self.console.reject()

    def wake(self) -> None:
        worker = self.worker
        if worker is not None:
            worker.wake()

    # -- status ---------------------------------------------------------------------------

    @gui_thread_only
    def refresh(self) -> None:
        """Read the status on the database worker and show it."""
        if self._reading:
            return
        self._reading = True
        self._runner.run_db(lambda: bar_status(self._db), self._on_status, self._on_read_error)
        if self.console is not None:
            self._load_console()

    def sale_completed(self, *_: Any) -> None:
        """A sale added an event: show it waiting and push it now, not at the next interval."""
        self.refresh()
        self.wake()

    def _on_status(self, info: dict[str, Any]) -> None:
        self._reading = False
        snap = SyncSnapshot.from_status(info)
        if self._connecting and snap.enrolled:
            snap = dataclasses.replace(snap, online=None)  # the stored state is the last run's
        self.snapshot = snap
        if self._connecting and not snap.enrolled:
            self.widget.show_snapshot(dataclasses.replace(snap, enrolled=True, online=None))
        else:
            self.widget.show_snapshot(snap)
        self.status_changed.emit(snap)

    def _on_read_error(self, exc: BaseException) -> None:
        self._reading = False
        log.warning("could not read the sync status: %s", exc)

    def _on_started(self, running: RunningSync | None) -> None:
        if running is None:
            self._connecting = False
            self.widget.show_not_enrolled()
            self._timer.stop()
            return
        log.info("sync worker running for %s every %.0f s", running.worker.hub_url,
                 running.worker.interval)
        self._pulled = True  # enrollment may have pulled settings: re-read once

    def _on_start_failed(self, message: str) -> None:
        self._connecting = False
        self.widget.show_failure(message)

    def _on_worker_changed(self) -> None:
        """A pass ended (well or not): show the new state; re-read the profile if needed."""
        if self._connecting:
            self._connecting = False
            self.widget.show_pulling(None)
        self.refresh()
        if self._pulled:
            self._pulled = False
            self._runner.run_db(self._reload_profile, lambda _: self.catalog_updated.emit(),
                                lambda exc: log.warning("profile not re-read: %s", exc))

    def _on_progress(self, done: int, more: bool) -> None:
        if done > 0:
            self._pulled = True
        if more:
            self.widget.show_pulling(f"Pulling {done:,} changes")
        elif not self._connecting:
            self.widget.show_pulling(None)

    # -- console --------------------------------------------------------------------------

    @gui_thread_only
    def open_console(self) -> None:
        if self.console is not None:
            self.console.raise_()
            self.console.activateWindow()
            return
        console = SyncConsole(self._window)
        self.console = console
        console.retry_button.clicked.connect(self._retry_selected)
        console.retry_all_button.clicked.connect(lambda: self._retry(None))
        console.sync_now_button.clicked.connect(self._sync_now)
        console.enroll_button.clicked.connect(self._enroll_again)
        console.finished.connect(self._on_console_finished)
        console.open()
        self._load_console()

    def _on_console_finished(self, _result: int) -> None:
        console, self.console = self.console, None
        if console is not None:
            console.deleteLater()
        self.console_closed.emit()

    def _load_console(self) -> None:
        def show(listing: OutboxListing) -> None:
            if self.console is not None:
                self.console.show_listing(listing, state_text=self.widget.state_label.text())
                snap = self.snapshot
                self.console.enroll_button.setVisible(
                    bool(snap and snap.auth_required) and self.worker is not None)

        self._runner.run_db(lambda: list_outbox(self._db), show, self._console_error)

    def _retry_selected(self) -> None:
        if self.console is not None:
            event_id = self.console.selected_event_id()
            if event_id is not None:
                self._retry(event_id)

    def _retry(self, event_id: str | None) -> None:
        def done(count: int) -> None:
            log.info("re-queued %d quarantined event(s)", count)
            self.refresh()
            self.wake()

        self._runner.run_db(lambda: retry_quarantined(self._db, event_id), done,
                            self._console_error)

    def _console_error(self, exc: BaseException) -> None:
        log.warning("sync console: %s", exc)
        if self.console is not None:
            self.console.show_error(str(exc))

    def _enroll_again(self) -> None:
        """The hub refused the token: a new one-time code re-enrolls the same device."""
        from omnipos.ui.sync.enroll_dialog import EnrollController, EnrollDialog

        worker = self.worker
        if worker is None or self.enroll_dialog is not None:
            return
        dialog = EnrollDialog(self.console or self._window, hub_url=worker.hub_url, again=True)
        self.enroll_dialog = dialog
        ctl = EnrollController(dialog, self._db, self._runner, tokens=worker.tokens)

        def enrolled(_result: object) -> None:
            log.info("till enrolled again; syncing now")
            self.refresh()
            self.wake()  # the worker re-reads the token on its next 401

        def finished(_code: int) -> None:
            self.enroll_dialog = None
            dialog.deleteLater()

        ctl.enrolled.connect(enrolled)
        dialog.finished.connect(finished)
        dialog.open()

    def _sync_now(self) -> None:
        if self.worker is None and self.console is not None:
            self.console.show_error("Sync is not running on this till.")
            return
        self.wake()


def attach_sync(till: Any, svc: Any, db: Database, runner: TaskRunner, *,
                demo_dir: Path | None = None, starter: Starter | None = None) -> SyncController:
    """Put the sync status into the till's status bar, add F10, start the worker.

    ``till`` is the TillController (its view and ``sale_completed``); ``svc`` the
    CheckoutService whose profile is re-read after a pull. ``demo_dir`` starts
    the embedded demo hub; otherwise an enrolled till syncs with its hub.
    """
    view = till.view
    widget = SyncStatusWidget(view.status.sync_slot)
    view.status.sync_layout.addWidget(widget)
    sync = SyncController(db, runner, widget, reload_profile=svc.reload_profile, window=view)
    till.sale_completed.connect(sync.sale_completed)
    shortcut = QShortcut(QKeySequence(CONSOLE_KEY), view)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(sync.open_console)
    sync.console_closed.connect(view.focus_scan)
    if starter is None:
        starter = demo_starter(demo_dir, db) if demo_dir is not None else enrolled_starter(db)
    chosen, text = starter, ("Starting the demo hub…" if demo_dir is not None else "")
    QTimer.singleShot(0, lambda: sync.start(chosen, text))  # after the window is up
    return sync
