"""What the customer sees: the second window and a serial pole display, fed by the Sell screen.

The window shows on the till's second screen (``display.window`` auto), always
(on) or never (off). A pole display (``display.uri``, ``display.protocol``)
gets the last line and the total on its own device worker, so a slow or
unplugged display never holds a scan up; its first failure says so once on the
banner, and it is tried again with the next change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QScreen

from omnipos.devices.errors import DeviceError
from omnipos.devices.pole_display import PoleDisplay, paid_lines, sale_lines
from omnipos.domain.cart import CartView
from omnipos.services.devices import DisplayWindow
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.selling.customer_window import CustomerWindow

__all__ = ["CustomerDisplays"]

log = logging.getLogger(__name__)

Screens = Callable[[], Sequence[QScreen]]


class CustomerDisplays(QObject):
    """The customer's window and pole display (either, both or none)."""

    problem = Signal(str)  # a display that does not answer, in the cashier's words

    def __init__(self, runner: TaskRunner, currency: str, welcome: str, *,
                 screens: Screens = QGuiApplication.screens) -> None:
        super().__init__()
        self._runner, self._currency, self._welcome = runner, currency, welcome
        self._screens = screens
        self.window: CustomerWindow | None = None
        self.pole: PoleDisplay | None = None
        self._pole_failing = False
        self._shown: tuple[str, str] = ("", "")

    def configure(self, pole_uri: str, protocol: str, window: DisplayWindow) -> None:
        """Use these devices from now on (at start-up and after F3 saves)."""
        self._set_pole(pole_uri, protocol)
        self._set_window(window)
        self._write_pole(*self._shown) if any(self._shown) else self._write_pole(
            self._welcome, "")

    def _set_pole(self, uri: str, protocol: str) -> None:
        old, self.pole, self._pole_failing = self.pole, None, False
        if old is not None:
            self._runner.run_device("display", old.close)
        if not uri:
            return
        try:
            self.pole = PoleDisplay(uri, protocol)
        except DeviceError as exc:
            self.problem.emit(error_text(exc))

    def _set_window(self, mode: DisplayWindow) -> None:
        screens = list(self._screens())
        wanted = mode is DisplayWindow.ON or (mode is DisplayWindow.AUTO and len(screens) > 1)
        if not wanted:
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
                self.window = None
            return
        if self.window is None:
            self.window = CustomerWindow(self._currency, self._welcome)
        if len(screens) > 1:  # the second screen faces the customer: the whole of it
            screen = screens[1]
            self.window.setScreen(screen)
            self.window.setGeometry(screen.geometry())
            self.window.showFullScreen()
        else:
            self.window.resize(800, 600)
            self.window.show()

    # -- what they see ------------------------------------------------------------------

    def show_cart(self, view: CartView) -> None:
        if self.window is not None:
            self.window.show_cart(view)
        self._write_pole(*sale_lines(view, self._welcome))

    def show_paid(self, view: CartView, paid_minor: int, change_minor: int) -> None:
        if self.window is not None:
            self.window.show_paid(view, paid_minor, change_minor)
        self._write_pole(*paid_lines(view.totals.total_minor, change_minor, self._currency))

    def _write_pole(self, top: str, bottom: str) -> None:
        self._shown = (top, bottom)
        pole = self.pole
        if pole is None:
            return
        self._runner.run_device("display", lambda: pole.show(top, bottom), self._answered,
                                self._failed)

    def _answered(self, _result: object) -> None:
        self._pole_failing = False

    def _failed(self, exc: BaseException) -> None:
        if not self._pole_failing:  # once, not at every scan
            self.problem.emit(error_text(exc) if isinstance(exc, DeviceError) else translate(
                "Devices", "Customer display not answering: check it is on"))
            log.warning("customer display failed: %s", exc)
        self._pole_failing = True

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.pole is not None:
            self._runner.run_device("display", self.pole.close)
