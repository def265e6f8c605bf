"""``omnipos --self-test``: does this installation work? Open, scan one item, close.

An installed or unpacked till (a PyInstaller bundle above all: a missing Qt
plugin, style sheet or migration shows only when it runs) opens its window on
a throw-away demo store, signs in with the demo cashier's PIN when the till
locks (a store with staff opens at its lock screen), scans one demo barcode
through the scanner's router as a scanner would, waits for the line in the
sale, and closes the window the way a person does (the open sale is parked).
It prints one line per step and exits 0, or 1 with the step that did not
happen within the time allowed.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from omnipos.ui.selling.sell_controller import SellController
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.shell.scanning import ScanRouter
from omnipos.ui.shell.signin import LoginController

__all__ = ["SelfTest"]

log = logging.getLogger(__name__)

POLL_MS = 20


class SelfTest(QObject):
    """Drives the shown till through one scan; ``failed`` holds the reason, if any."""

    def __init__(self, window: MainWindow, sell: SellController, scanner: ScanRouter, code: str,
                 *, login: LoginController | None = None, pin: str | None = None,
                 timeout_s: float = 60.0, out: TextIO | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 exit: Callable[[int], None] = QApplication.exit) -> None:
        super().__init__(window)
        self._window, self._sell, self._scanner, self._code = window, sell, scanner, code
        self._login, self._pin = login, pin
        self._out = out or sys.stdout
        self._clock = clock
        self._exit = exit  # ends the event loop with the exit code when a step fails
        self._started = clock()
        self._deadline = self._started + timeout_s
        self._step = self._wait_for_window
        self.failed: str | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        self._timer.start()

    def _say(self, text: str) -> None:
        print(f"self-test: {text} ({self._clock() - self._started:.2f} s)", file=self._out,
              flush=True)

    def _poll(self) -> None:
        if self._step():
            return
        if self._clock() > self._deadline:
            self._fail(f"timed out: {self._step.__name__.removeprefix('_').replace('_', ' ')}")

    def _wait_for_window(self) -> bool:
        handle = self._window.windowHandle()
        if not (self._window.isVisible() and handle is not None and handle.isExposed()):
            return False
        self._say("main window shown")
        if self._login is not None and self._login.required:
            if not self._pin:
                self._fail("the till opens locked (the store has staff) and no PIN was given")
                return True
            self._step = self._wait_for_lock
        else:
            self._scan()
        return True

    def _wait_for_lock(self) -> bool:
        assert self._login is not None and self._pin
        if not self._login.locked:
            return False
        self._login.submit_pin(self._pin)
        self._step = self._wait_for_sign_in
        return True

    def _wait_for_sign_in(self) -> bool:
        assert self._login is not None
        if self._login.actor is None or self._login.locked:
            return False
        self._say(f"signed in as {self._login.actor.label}")
        self._scan()
        return True

    def _scan(self) -> None:
        self._scanner.route(self._code)
        self._step = self._wait_for_line

    def _wait_for_line(self) -> bool:
        view = self._sell.cart_view
        if view is None or not view.lines:
            return False
        self._say(f"scan {self._code} added a line: {view.lines[0].name}")
        self._timer.stop()
        if self._window.close():  # as a person closes it: the open sale is parked
            self._say("window closed")
        else:
            self._fail("the window refused to close")
        return True

    def _fail(self, reason: str) -> None:
        self._timer.stop()
        self.failed = reason
        log.error("self-test failed: %s", reason)
        print(f"self-test: FAILED: {reason}", file=self._out, flush=True)
        self._exit(1)
