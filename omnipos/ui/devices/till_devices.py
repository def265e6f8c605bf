"""Device settings opened from the till (F3 or the Devices button).

Saving goes through ``settings.change_settings``: it is journalled and
needs the change-settings right (an admin, or an admin's approval). After a
save the till's ReceiptPrinter points at the new printer at once, and the customer's
window and pole display follow their settings at once too; the scanner
end-of-scan key applies from the next start. Open drawer is the shift
service's no-sale (the right or a manager's approval, journalled), as F7's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from omnipos.devices.errors import DeviceError
from omnipos.domain.permissions import Actor, ManagerOverride
from omnipos.services.devices import DeviceSettings, DisplayWindow
from omnipos.services.shifts import ShiftService
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level, MessageBanner
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.customer_display import CustomerDisplays
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.shell.scanning import ScanRouter, start_serial_scanner

if TYPE_CHECKING:
    from omnipos.ui.devices.device_settings import DeviceSettingsController

log = logging.getLogger(__name__)

class TillDevices(QObject):
    """Builds the device settings dialog for the till (F3) and applies what it saves."""

    saved = Signal(dict)  # the values written

    def __init__(self, settings: DeviceSettings, runner: TaskRunner, printer: ReceiptPrinter, *,
                 shifts: ShiftService | None = None,
                 router: ScanRouter | None = None,
                 actor: Callable[[], Actor | None] = lambda: None,
                 approvals: Approvals | None = None,
                 displays: CustomerDisplays | None = None) -> None:
        super().__init__()
        self._settings, self._runner, self._printer = settings, runner, printer
        self._displays, self._shifts = displays, shifts
        self._router, self._actor, self._approvals = router, actor, approvals
        self.controller: DeviceSettingsController | None = None  # the open dialog (tests)

    def open(self, parent: QWidget | None) -> DeviceSettingsController:
        # The dialog brings the printer stack with it: imported on F3, not at start-up.
        from omnipos.ui.devices.device_settings import DeviceSettingsController
        from omnipos.ui.devices.device_settings_view import DeviceSettingsView

        view = DeviceSettingsView(parent)
        settings, in_use, shifts = self._settings, self._printer.uri, self._shifts

        def load() -> dict[str, Any]:
            """The settings, with the printer in use when none is set: --printer and the
            demo's receipt file are not settings, but they are the printer Test print tries."""
            values = settings.load()
            if not values.get("printer.uri") and in_use:
                values["printer.uri"] = in_use
            return values

        def no_sale(who: Actor | None, ok: ManagerOverride | None) -> int:
            assert shifts is not None
            # The journal's words, in English whatever the till's language.
            return shifts.no_sale(actor=who, override=ok, reason="from the Devices dialog")

        ctl = DeviceSettingsController(view, load=load, save=self._settings.save,
                                       runner=self._runner, router=self._router,
                                       no_sale=no_sale if shifts is not None else None,
                                       approvals=self._approvals, actor=self._actor)
        ctl.saved.connect(self._apply)
        self.controller = ctl
        view.open()
        return ctl

    def _apply(self, values: dict[str, Any]) -> None:
        self._printer.reconfigure(values.get("printer.uri") or None, values.get("printer.profile"))
        if self._displays is not None:
            self._displays.configure(values.get("display.uri") or "",
                                     values.get("display.protocol") or "dmd",
                                     DisplayWindow.read(values.get("display.window")))
        self.saved.emit(values)


class _ScannerProblems(QObject):
    """Carries a serial scanner's errors from its worker to the banner (GUI thread)."""

    problem = Signal(str)


def start_configured_scanner(uri: str, router: ScanRouter, banner: MessageBanner) -> Any:
    """Start a serial scanner when the ``scanner.uri`` setting names one; None otherwise.

    Call ``stop()`` on the result at shutdown.
    """
    if not uri:
        return None
    bridge = _ScannerProblems(banner)
    bridge.problem.connect(lambda text: banner.show_message(text, Level.WARNING))
    try:
        scanner = start_serial_scanner(
            uri, router, on_error=lambda exc: bridge.problem.emit(
                translate("Devices", "Scanner problem: {reason}").format(reason=error_text(exc))))
    except DeviceError as exc:
        log.warning("serial scanner %s not started: %s", uri, exc)
        banner.show_message(translate("Devices", "Scanner {uri} not started: {exc}").format(
            uri=uri, exc=error_text(exc)), Level.WARNING)
        return None
    log.info("serial scanner on %s", uri)
    return scanner
