"""Scans from keyboard-wedge scanners, wherever the focus is, to the current screen.

``ScanFilter`` is an event filter on the QApplication. It feeds every key
press aimed at the focused widget to a ``WedgeDetector``: keys that belong to
a scan are swallowed and the finished code goes to ``ScanRouter.route``;
keys that turn out to be typing are replayed to the widget (at most
``max_gap`` late), so scan text never lands in a search box.

Screens register their handler while they are shown::

    router = ScanRouter()
    install_scan_filter(app, router, WedgeDetector(terminator="enter"))
    token = router.push(till_controller.on_scan, owner=till_view)   # handler(code: str)
    ...
    router.pop(token)                                               # or owner destroyed

The newest handler gets each scan. With no handler, a scan is typed into
the focused widget like plain keys (a scanner then behaves like a keyboard).
Serial scanners call ``router.route`` too, through ``ScanRouter.route_from_thread``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from omnipos.devices.errors import DeviceError, failure_site
from omnipos.devices.serial_scanner import SerialScanner
from omnipos.devices.wedge import WedgeDetector

__all__ = ["ScanFilter", "ScanRouter", "install_scan_filter", "start_serial_scanner"]

log = logging.getLogger(__name__)

ScanHandler = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class _Entry:
    token: int
    handler: ScanHandler
    name: str


class ScanRouter(QObject):
    """A stack of scan handlers; the top one receives scans."""

    scanned = Signal(str)  # every routed scan, handled or not (settings test field, logs)
    _from_thread = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stack: list[_Entry] = []
        self._next = 1
        self._from_thread.connect(self.route, Qt.ConnectionType.QueuedConnection)

    def push(self, handler: ScanHandler, *, owner: QObject | None = None, name: str = "") -> int:
        """Make ``handler`` receive scans until popped; returns a token for ``pop``.

        With ``owner``, the handler is popped when the owner is destroyed.
        """
        token = self._next
        self._next += 1
        self._stack.append(_Entry(token, handler, name or getattr(handler, "__qualname__", "")))
        if owner is not None:
            owner.destroyed.connect(lambda *_: self.pop(token))
        log.debug("scan handler %s pushed (%s)", token, self._stack[-1].name)
        return token

    def pop(self, token: int) -> bool:
        """Remove the handler registered under ``token`` (wherever it is in the stack)."""
        before = len(self._stack)
        self._stack = [e for e in self._stack if e.token != token]
        return len(self._stack) != before

    @property
    def has_handler(self) -> bool:
        return bool(self._stack)

    @property
    def current(self) -> str:
        """Name of the handler that gets the next scan ("" if none)."""
        return self._stack[-1].name if self._stack else ""

    @Slot(str)
    def route(self, code: str) -> bool:
        """Give ``code`` to the current handler (GUI thread). False when there is none.

        A handler that fails is logged without the code (it may be a badge)
        and the scan counts as handled: it is never typed into a field.
        """
        self.scanned.emit(code)
        if not self._stack:
            return False
        entry = self._stack[-1]
        try:
            entry.handler(code)
        except Exception as exc:
            log.error("scan handler %s failed: %s", entry.name, failure_site(exc))
        return True

    def route_from_thread(self, code: str) -> None:
        """Thread-safe ``route`` for device workers (serial scanners)."""
        self._from_thread.emit(code)


@dataclass(frozen=True, slots=True)
class _Held:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class ScanFilter(QObject):
    """Application-wide key filter that separates scans from typing."""

    def __init__(self, router: ScanRouter, detector: WedgeDetector,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.router = router
        self.detector = detector
        self._held: list[_Held] = []
        self._target: QObject | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll)

    # -- key handling ----------------------------------------------------------
    @staticmethod
    def _receiver() -> QObject | None:
        return QApplication.focusWidget() or QApplication.activeWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: all but keys leave at once, by their
        # class (reading an event's type makes a Python enum: several times this test).
        if self._replaying or not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or watched is not self._receiver():
            return False  # the same key seen by a parent or the QWindow: decide once
        text = self._text(event)
        if kind == QEvent.Type.ShortcutOverride:
            # Qt runs a shortcut (F12, Alt+2) before its key press is delivered: keys held
            # as a possible scan go to their widget first, or the shortcut would overtake them.
            if self._held and not self.detector.is_scan_key(text):
                self._timer.stop()
                self._replay(len(self.detector.reset()))
            return False
        decision = self.detector.key(text)
        self._replay(len(decision.release))
        if decision.action == "hold":
            self._target = watched
            self._held.append(_Held(event.key(), event.modifiers(), event.text()))
            self._arm()
            return True
        if decision.action == "scan":
            self._held.clear()
            self._timer.stop()
            log.debug("wedge scan of %s characters", len(decision.code))
            if not self.router.route(decision.code):
                self._type_out(decision.code, watched, event)
            return True
        return False

    @staticmethod
    def _text(event: QKeyEvent) -> str:
        """What the key adds to a scan: its character, "\\r" or "\\t"; "" with Ctrl/Alt/Meta."""
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                | Qt.KeyboardModifier.AltModifier
                                | Qt.KeyboardModifier.MetaModifier):
            return ""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return "\r"
        if event.key() == Qt.Key.Key_Tab:
            return "\t"
        return event.text()

    def _arm(self) -> None:
        deadline = self.detector.deadline
        if deadline is None:
            self._timer.stop()
            return
        remaining = deadline - self.detector.now()
        self._timer.start(max(0, int(remaining * 1000) + 1))

    @Slot()
    def poll(self) -> None:
        """Release keys held longer than ``max_gap`` (called by the timer; tests may call it)."""
        decision = self.detector.poll()
        self._replay(len(decision.release))
        if self._held:
            self._arm()

    def _replay(self, count: int) -> None:
        """Deliver the first ``count`` held keys to the widget they were aimed at."""
        if count <= 0:
            return
        events, self._held = self._held[:count], self._held[count:]
        target = self._target if self._target is not None else self._receiver()
        if target is None:
            return
        if not self._held:
            self._target = None
        self._replaying = True
        try:
            for held in events:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        target, QKeyEvent(kind, held.key, held.modifiers, held.text))
        except RuntimeError:  # the widget was deleted while its keys were held
            log.debug("held keys dropped: their widget is gone")
        finally:
            self._replaying = False

    def _type_out(self, code: str, target: QObject, terminator: QKeyEvent) -> None:
        """No screen takes scans: type the code like a keyboard would."""
        self._replaying = True
        try:
            for char in code:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.sendEvent(
                        target, QKeyEvent(kind, Qt.Key.Key_unknown,
                                          Qt.KeyboardModifier.NoModifier, char))
            QCoreApplication.sendEvent(
                target, QKeyEvent(QEvent.Type.KeyPress, terminator.key(),
                                  terminator.modifiers(), terminator.text()))
        finally:
            self._replaying = False


def install_scan_filter(app: QCoreApplication, router: ScanRouter,
                        detector: WedgeDetector | None = None) -> ScanFilter:
    """Install a ``ScanFilter`` on the application; keep the returned object alive."""
    scan_filter = ScanFilter(router, detector or WedgeDetector(), parent=app)
    app.installEventFilter(scan_filter)
    return scan_filter


def start_serial_scanner(uri: str, router: ScanRouter,
                         on_error: Callable[[DeviceError], None] | None = None) -> SerialScanner:
    """Read a serial scanner on its own worker and route its scans on the GUI thread.

    ``on_error`` runs on the worker thread (forward it with a signal). Call
    ``stop()`` on the result at shutdown.
    """
    return SerialScanner(uri, router.route_from_thread, on_error=on_error).start()
