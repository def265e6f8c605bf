"""Signing in and out at the till: the lock screen, F9, the idle timeout, badges.

A store with no staff configured never shows the lock screen (a one-person
shop). Otherwise the till starts locked; F9 locks it at once and it locks by
itself after ``staff.idle_lock_seconds`` without a key press, click or touch.
The idle clock is injectable, so tests move time instead of sleeping.

The lock screen is the main window's sign-in layer (``MainWindow.set_locked``):
the same window keeps the keyboard before and after, with or without a
window manager. ``actor`` is read on the GUI thread at the moment someone
acts, and handed to the service with what they do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication

from omnipos.domain.errors import UserFacingError
from omnipos.domain.permissions import Actor
from omnipos.services.staff import StaffService
from omnipos.ui.common.banner import Level, error_words
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import translate
from omnipos.ui.shell.keymap import Act
from omnipos.ui.shell.lock_view import LockScreen
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.shell.scanning import ScanRouter

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


def _utc_now() -> datetime:
    return datetime.now(UTC)


class IdleWatcher(QObject):
    """Emits ``idle`` once after ``seconds`` without user input (0: never)."""

    idle = Signal()

    def __init__(
        self, seconds: int, *, clock: Clock = _utc_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._clock = clock
        self.last_input = clock()
        self.armed = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.touch()
        self.armed = True
        if self.seconds > 0:
            self.timer.start()

    def stop(self) -> None:
        self.armed = False
        self.timer.stop()

    def touch(self) -> None:
        self.last_input = self._clock()

    def check(self) -> None:
        """Compare the clock with the last input; the timer calls this every second."""
        if (
            self.armed
            and self.seconds > 0
            and (self._clock() - self.last_input).total_seconds() >= self.seconds
        ):
            self.stop()
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: only input events have their type read.
        if isinstance(event, QInputEvent) and event.type() in _INPUT_EVENTS:
            self.last_input = self._clock()
        return False


class LoginController(QObject):
    """Owns who is signed in on this till; everything sensitive reads ``actor`` from here."""

    signed_in = Signal(object)  # Actor
    signed_out = Signal()

    def __init__(
        self,
        staff: StaffService,
        runner: TaskRunner,
        window: MainWindow,
        store_line: str,
        *,
        scanner: ScanRouter | None = None,
        clock: Clock = _utc_now,
        idle_seconds: int | None = None,
    ) -> None:
        super().__init__(window)
        self._staff, self._runner, self._window = staff, runner, window
        self._asked = False  # the lock was asked for by its key (F9)
        self._scanner = scanner
        self._scan_token: int | None = None
        self.actor: Actor | None = None
        self.required = staff.has_staff()
        self.screen = LockScreen(store_line, window)
        self.screen.pinpad.submitted.connect(self.submit_pin)
        window.set_lock_view(self.screen, lambda: self.screen.pinpad.field)
        seconds = staff.idle_lock_seconds() if idle_seconds is None else idle_seconds
        self.idle = IdleWatcher(seconds, clock=clock, parent=self)
        self.idle.idle.connect(self.lock)
        window.on_action(Act.LOCK, self.lock_by_key)

    @property
    def locked(self) -> bool:
        return self._window.locked

    def current_actor(self) -> Actor | None:
        """Who acts now (GUI thread): read when the cashier acts, passed to the service."""
        return self.actor

    def start(self) -> None:
        """Lock at start-up when the store has staff; otherwise stay open."""
        if self.required:
            self.lock()

    def lock(self) -> None:
        """Sign out at once and cover the till (F9, idle, or on request).

        Whether the store has staff is read on the database worker; a store
        without staff never shows the lock screen.
        """
        if self.actor is not None:
            log.info("%s signed out", self.actor.label)
            self.actor = None
            self.signed_out.emit()
        self.idle.stop()
        self._runner.run_db(self._staff.has_staff, self._cover, self._on_error)

    def lock_by_key(self) -> None:
        """F9: lock, or say why a store without staff has nothing to lock."""
        self._asked = True
        self.lock()

    def _cover(self, required: bool) -> None:
        self.required = required
        asked, self._asked = self._asked, False
        if not required:
            if asked:
                self._window.notify(
                    translate("SignIn", "This store has no staff, so there is no sign-in and "
                              "nothing to lock. Add staff with 'omnipos staff add' to sign in "
                              "by PIN."), Level.INFO)
            return
        self.screen.reset()
        self._window.set_locked(True)
        log.info("till locked: waiting for a PIN or a badge")
        if self._scanner is not None and self._scan_token is None:
            self._scan_token = self._scanner.push(self.on_badge, owner=self.screen, name="badge")
        self.signed_out.emit()

    def submit_pin(self, pin: str) -> None:
        staff = self._staff
        number = self.screen.number.text().strip() or None
        self._runner.run_db(
            lambda: staff.login(pin, number=number), self._on_signed_in, self._on_error
        )

    def on_badge(self, code: str) -> None:
        staff = self._staff
        self._runner.run_db(lambda: staff.login_badge(code), self._on_signed_in, self._on_error)

    def _on_signed_in(self, actor: Actor) -> None:
        self.actor = actor
        if self._scanner is not None and self._scan_token is not None:
            self._scanner.pop(self._scan_token)
            self._scan_token = None
        self.screen.reset()
        self._window.set_locked(False)
        self.idle.start()
        log.info("%s signed in", actor.label)
        self.signed_in.emit(actor)

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            log.error("sign-in failed: %s", type(exc).__name__)
        self.screen.show_error(error_words(exc))
