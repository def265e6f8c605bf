"""Behaviour of the till's sync status and the Sync screen; starts and stops the sync worker.

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
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from omnipos.domain.errors import plural
from omnipos.services.sync import OutboxListing, RunningSync, Starter, SyncService
from omnipos.ui.common.banner import error_words
from omnipos.ui.common.tasks import TaskRunner, gui_thread_only
from omnipos.ui.i18n import error_text, said, translate
from omnipos.ui.shell.keymap import Act, ScreenId
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.sync.sync_status import SyncSnapshot, SyncStatusWidget
from omnipos.ui.sync.sync_view import SyncView

log = logging.getLogger(__name__)

REFRESH_MS = 10_000  # re-read the queue depth and the age of the oldest event (~2 ms)
START_TIMEOUT_S = 30.0


class SyncController(QObject):
    """The sync worker's life, the status strip, and the Sync screen (a ``Screen``)."""

    status_changed = Signal(object)  # SyncSnapshot, after every read
    catalog_updated = Signal()  # a pull changed the catalog or settings; the profile is re-read
    _worker_changed = Signal()  # emitted on the sync thread, delivered on the GUI thread
    _worker_progress = Signal(int, bool)
    _start_finished = Signal(object)  # RunningSync | None
    _start_failed = Signal(str)

    screen_id = ScreenId.SYNC

    def __init__(self, sync: SyncService, runner: TaskRunner, widget: SyncStatusWidget, *,
                 reload_profile: Callable[[], object], view: SyncView | None = None,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(widget)
        self._sync = sync
        self._runner = runner
        self.widget = widget
        self._reload_profile = reload_profile
        self.view = view or SyncView()
        self.shown = False  # the Sync screen is the one on screen
        self.enroll_dialog: Any = None  # "Enroll again", opened from the Sync screen
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
        v = self.view
        v.retry_button.clicked.connect(self._retry_selected)
        v.retry_all_button.clicked.connect(lambda: self._retry(None))
        v.sync_now_button.clicked.connect(self.complete)
        v.enroll_button.clicked.connect(self._enroll_again)
        self._timer = QTimer(self)
        self._timer.setInterval(refresh_ms)
        self._timer.timeout.connect(self.refresh)

    # -- starting and stopping ------------------------------------------------------------

    @property
    def worker(self) -> Any:
        """The running sync worker (its hub, its tokens), or None."""
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
        # The till's imports first (TaskRunner.warm_up), unless the till closes meanwhile.
        while not self._runner.wait_warmed_up(0.05):
            if self._stopping:
                return
        if self._stopping:
            return
        try:
            running = starter(self._worker_changed.emit, self._worker_progress.emit)
        except Exception as exc:  # shown in the status bar, logged in full
            log.exception("sync did not start")
            self._start_failed.emit(error_text(exc) or type(exc).__name__)
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
        self._runner.run_db(self._sync.status, self._on_status, self._on_read_error)
        if self.shown:
            self._load_listing()

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
        self.view.show_warnings(_warnings(snap))
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
            self.widget.show_pulling(said(plural("Pulling {count} change",
                                                 "Pulling {count} changes", "count"),
                                          count=done))
        elif not self._connecting:
            self.widget.show_pulling(None)

    # -- the Sync screen ------------------------------------------------------------------

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {}

    def activate(self) -> None:
        self.shown = True
        self.view.show_notice("")
        self._load_listing()

    def deactivate(self) -> None:
        self.shown = False

    def focus_widget(self) -> QWidget:
        table = self.view.table
        return table if not table.isHidden() else self.view  # nothing listed: the page itself

    def complete(self) -> None:
        """F12 (Sync now): push and pull at once instead of at the next interval."""
        if self.worker is None:
            self.view.show_error(translate("Sync", "Sync is not running on this till."))
            return
        self.view.show_error("")
        self.wake()

    def back(self) -> bool:
        return False  # Esc leaves the Sync screen

    def on_scan(self, code: str) -> None:
        self.view.show_notice(translate("Sync", "Scan of {code} not used here: Alt+1 goes "
                                                "back to Sell.").format(code=code))

    def _load_listing(self) -> None:
        def show(listing: OutboxListing) -> None:
            self.view.show_listing(listing, state_text=self.widget.state_label.text())
            snap = self.snapshot
            self.view.show_warnings(_warnings(snap))
            self.view.enroll_button.setVisible(
                bool(snap and snap.auth_required) and self.worker is not None)

        self._runner.run_db(self._sync.outbox, show, self._console_error)

    def _retry_selected(self) -> None:
        event_id = self.view.selected_event_id()
        if event_id is not None:
            self._retry(event_id)

    def _retry(self, event_id: str | None) -> None:
        def done(count: int) -> None:
            log.info("re-queued %d quarantined event(s)", count)
            self.refresh()
            self.wake()

        self._runner.run_db(lambda: self._sync.retry(event_id), done,
                            self._console_error)

    def _console_error(self, exc: BaseException) -> None:
        log.warning("sync screen: %s", exc)
        self.view.show_error(error_words(exc))

    def _enroll_again(self) -> None:
        """The hub refused the token: a new one-time code re-enrolls the same device."""
        from omnipos.ui.sync.enroll_dialog import EnrollController, EnrollDialog

        worker = self.worker
        if worker is None or self.enroll_dialog is not None:
            return
        dialog = EnrollDialog(self.view, hub_url=worker.hub_url, again=True)
        self.enroll_dialog = dialog
        ctl = EnrollController(dialog, self._sync, self._runner, tokens=worker.tokens)

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


def _warnings(snap: SyncSnapshot | None) -> list[str]:
    """The Sync screen's warning lines for the last status read."""
    if snap is None:
        return []
    lines = [snap.last_error] if snap.certificate_problem and snap.last_error else []
    if snap.gap_warning:
        lines.append(snap.gap_warning)
    lines.extend(detail for _short, detail in snap.security)
    return lines


def attach_sync(window: MainWindow, sync_service: SyncService, runner: TaskRunner, *,
                starter: Starter, reload_profile: Callable[[], object],
                sale_completed: Any = None, text: str = "") -> SyncController:
    """The sync status in the status bar, the Sync screen in the window, the worker started.

    ``starter`` starts the worker (the demo's embedded hub, or the till's own);
    ``reload_profile`` re-reads the store profile after a pull changed it;
    ``sale_completed`` a signal that wakes the worker.
    """
    widget = SyncStatusWidget(window.status.sync_slot)
    window.status.sync_layout.addWidget(widget)
    sync = SyncController(sync_service, runner, widget, reload_profile=reload_profile)
    if sale_completed is not None:
        sale_completed.connect(sync.sale_completed)
    window.add_screen(sync)
    widget.clicked.connect(lambda: window.show_screen(ScreenId.SYNC))
    sync.view.close_button.clicked.connect(lambda: window.show_screen(ScreenId.SELL))
    QTimer.singleShot(0, lambda: sync.start(starter, text))  # after the window is up
    return sync
