"""Device settings opened from the till (F3 or the Devices button).

Saving goes through ``settings.change_setting``: it is journalled and
needs the change-settings right (an admin, or an admin's approval). After a
save the till's ReceiptPrinter points at the new printer at once; the scanner
end-of-scan key applies from the next start.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.devices.errors import DeviceError
from omnipos.domain.permissions import Actor, ManagerOverride
from omnipos.services.settings import change_setting
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import Level, MessageBanner
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.device_settings import (
    SETTING_KEYS,
    DeviceSettingsController,
    settings_callables,
)
from omnipos.ui.devices.device_settings_view import DeviceSettingsView
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.scanning import ScanRouter, start_serial_scanner

log = logging.getLogger(__name__)

class TillDevices(QObject):
    """Builds the device settings dialog for the till (F3) and applies what it saves."""

    saved = Signal(dict)  # the values written

    def __init__(self, db: Database, runner: TaskRunner, printer: ReceiptPrinter, *,
                 router: ScanRouter | None = None,
                 actor: Callable[[], Actor | None] = lambda: None,
                 approvals: Approvals | None = None) -> None:
        super().__init__()
        self._db, self._runner, self._printer = db, runner, printer
        self._router, self._actor, self._approvals = router, actor, approvals
        self.controller: DeviceSettingsController | None = None  # the open dialog (tests)

    def open(self, parent: QWidget | None) -> DeviceSettingsController:
        load, _plain_save = settings_callables(self._db)
        db = self._db

        def save(values: dict[str, Any], *, actor: Actor | None,
                 override: ManagerOverride | None) -> None:
            current = load()
            for key in SETTING_KEYS:
                if key in values and values[key] != current.get(key):
                    change_setting(db, key, values[key], actor=actor, override=override)

        view = DeviceSettingsView(parent)
        ctl = DeviceSettingsController(view, load=load, save=save, runner=self._runner,
                                       router=self._router, approvals=self._approvals,
                                       actor=self._actor)
        ctl.saved.connect(self._apply)
        self.controller = ctl
        view.open()
        return ctl

    def _apply(self, values: dict[str, Any]) -> None:
        self._printer.reconfigure(values.get("printer.uri") or None, values.get("printer.profile"))
        self.saved.emit(values)


class _ScannerProblems(QObject):
    """Carries a serial scanner's errors from its worker to the banner (GUI thread)."""

    problem = Signal(str)


def start_configured_scanner(db: Database, router: ScanRouter, banner: MessageBanner) -> Any:
    """Start a serial scanner when the ``scanner.uri`` setting names one; None otherwise.

    Call ``stop()`` on the result at shutdown.
    """
    with db.read() as session:
        uri = str(get_setting(session, "scanner.uri", "") or "")
    if not uri:
        return None
    bridge = _ScannerProblems(banner)
    bridge.problem.connect(lambda text: banner.show_message(text, Level.WARNING))
    try:
        scanner = start_serial_scanner(
            uri, router, on_error=lambda exc: bridge.problem.emit(f"Scanner problem: {exc}"))
    except DeviceError as exc:
        log.warning("serial scanner %s not started: %s", uri, exc)
        banner.show_message(f"Scanner {uri} not started: {exc}", Level.WARNING)
        return None
    log.info("serial scanner on %s", uri)
    return scanner
