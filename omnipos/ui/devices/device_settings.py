"""Behaviour of the device settings dialog: save per till, test print, drawer, scan test.

The dialog reads and writes settings through two callables, so it needs no
database of its own::

    load = lambda: {"printer.uri": ..., "printer.profile": ..., "scanner.terminator": ...}
    save = lambda values, *, actor, override: ...  # same keys; store them per till

``services.devices.DeviceSettings`` gives that pair for a till (``load``, ``save``).
Test print and drawer run on the runner's "printer" device worker; loading and
saving on its database worker. While the dialog is open it is the current
scan handler, so a scan shows its code, symbology and whether it validated.

Open drawer is a no-sale like F7's: ``no_sale(actor, override)`` (the shift
service's, on the database worker) checks the right, asks a manager through
the one approval flow when needed, and journals the opening; the pulse is
sent only after it. Without ``no_sale`` the button is off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from omnipos.devices.documents import TestPage
from omnipos.devices.errors import DeviceError
from omnipos.devices.pole_display import PoleDisplay
from omnipos.devices.printing import ReceiptOptions, open_drawer, print_now
from omnipos.devices.profiles import DEFAULT_PROFILE, get_profile
from omnipos.devices.status import PrinterState
from omnipos.devices.uri import parse_device_uri
from omnipos.domain.barcodes import EmbeddedLayout, Scan, parse_scan
from omnipos.domain.errors import UserFacingError, ValidationError
from omnipos.domain.money import Money
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.banner import error_words
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.devices.device_settings_view import DeviceSettingsView
from omnipos.ui.i18n import error_text, said, translate
from omnipos.ui.shell.scanning import ScanRouter

__all__ = ["DeviceSettingsController"]

log = logging.getLogger(__name__)

Load = Callable[[], dict[str, Any]]
Save = Callable[..., None]  # (values, *, actor, override), on the database worker
NoSale = Callable[[Actor | None, ManagerOverride | None], object]  # on the database worker


def describe(scan: Scan, currency: str = "EUR") -> str:
    """One line about what a valid scan carries."""
    parts = []
    if scan.gtin:
        parts.append(f"GTIN {scan.gtin}")
    if scan.lookup_gtin and scan.lookup_gtin != scan.gtin:
        parts.append(translate("Devices", "filed under {lookup_gtin}").format(
            lookup_gtin=scan.lookup_gtin))
    if scan.embedded_price_minor is not None:
        parts.append(f"price {Money(scan.embedded_price_minor, currency)}")
    if scan.embedded_weight is not None:
        parts.append(translate("Devices", "weight {embedded_weight} kg").format(
            embedded_weight=scan.embedded_weight))
    if scan.batch:
        parts.append(f"batch {scan.batch}")
    if scan.expiry:
        parts.append(f"expires {scan.expiry.isoformat()}")
    return ", ".join(parts)


class DeviceSettingsController(QObject):
    """Connects the view to settings, the printer worker and the scan router."""

    saved = Signal(dict)  # the values written
    scan_tested = Signal(str, bool)  # code, valid

    def __init__(
        self,
        view: DeviceSettingsView,
        *,
        load: Load,
        save: Save,
        runner: TaskRunner,
        router: ScanRouter | None = None,
        no_sale: NoSale | None = None,
        approvals: Approvals | None = None,
        actor: Callable[[], Actor | None] = lambda: None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self._load, self._save = load, save
        self._runner = runner
        self._router = router
        self._no_sale = no_sale
        self._approvals = approvals  # refused: a manager approves, then it runs again
        self._actor = actor
        self._layout = EmbeddedLayout()
        self._store_name = ""
        self._currency = "EUR"
        self._token: int | None = None
        view.test_print_button.clicked.connect(self._on_test_print)
        view.drawer_button.clicked.connect(self._on_open_drawer)
        view.test_display_button.clicked.connect(self._on_test_display)
        if no_sale is None:
            view.drawer_button.setEnabled(False)
            view.drawer_button.setToolTip(translate("Devices", "The drawer opens for a cash sale "
                                                               "or No sale (F7)"))
        view.scan_field.returnPressed.connect(self._on_scan_typed)
        view.buttons.accepted.connect(self._on_save)
        view.buttons.rejected.connect(view.reject)
        view.finished.connect(self._on_finished)
        if router is not None:
            self._token = router.push(self.show_scan, owner=view, name="device settings")
        runner.run_db(self._load, self._on_loaded, self._on_error)

    # -- settings ---------------------------------------------------------------
    def _on_loaded(self, values: dict[str, Any]) -> None:
        v = self.view
        v.uri_edit.setText(values.get("printer.uri") or "")
        index = v.profile_combo.findData(values.get("printer.profile") or DEFAULT_PROFILE)
        v.profile_combo.setCurrentIndex(max(index, 0))
        index = v.terminator_combo.findData(values.get("scanner.terminator") or "enter")
        v.terminator_combo.setCurrentIndex(max(index, 0))
        layout = values.get("store.embedded_layout")
        if layout:
            try:
                self._layout = EmbeddedLayout.from_json(layout)
            except ValidationError as exc:
                log.warning("store.embedded_layout ignored: %s", exc)
        v.display_uri_edit.setText(values.get("display.uri") or "")
        for combo, key, default in ((v.display_protocol_combo, "display.protocol", "dmd"),
                                    (v.display_window_combo, "display.window", "auto")):
            combo.setCurrentIndex(max(combo.findData(values.get(key) or default), 0))
        self._store_name = values.get("store.name") or ""
        self._currency = values.get("store.currency") or "EUR"

    def values(self) -> dict[str, Any]:
        """What Save would store."""
        v = self.view
        return {
            "printer.uri": v.uri_edit.text().strip(),
            "printer.profile": v.profile_combo.currentData(),
            "scanner.terminator": v.terminator_combo.currentData(),
            "display.uri": v.display_uri_edit.text().strip(),
            "display.protocol": v.display_protocol_combo.currentData(),
            "display.window": v.display_window_combo.currentData(),
        }

    def _valid_uri(self) -> str | None:
        uri = self.view.uri_edit.text().strip()
        try:
            parse_device_uri(uri)
        except DeviceError as exc:
            self._show_error(error_text(exc))
            return None
        self._show_error("")
        return uri

    def _on_save(self) -> None:
        values = self.values()
        if values["printer.uri"] and self._valid_uri() is None:
            return
        if values["display.uri"] and self._valid_display() is None:
            return
        who = self._actor()

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(lambda: self._save(values, actor=who, override=ok),
                                lambda _r: self._on_saved(values), failed)

        if self._approvals is None:
            start(None, self._on_error)
        else:
            self._approvals.run(Action.CHANGE_SETTINGS, start, self._on_error, parent=self.view)

    def _on_saved(self, values: dict[str, Any]) -> None:
        self.saved.emit(values)
        self.view.accept()

    def _show_error(self, text: str) -> None:
        self.view.error.setText(text)

    def _on_error(self, exc: BaseException) -> None:
        self._show_error(error_words(exc))
        if not isinstance(exc, (DeviceError, ValidationError)):
            log.error("device settings failed", exc_info=exc)

    # -- printer ----------------------------------------------------------------
    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.view.test_print_button.setEnabled(not busy)
        self.view.drawer_button.setEnabled(not busy and self._no_sale is not None)
        if text:
            self.view.printer_status.setText(text)

    def _on_test_print(self) -> None:
        uri = self._valid_uri()
        if uri is None:
            return
        profile = get_profile(self.view.profile_combo.currentData())
        page = TestPage(self._store_name or translate("Devices", "OmniPOS"), uri, profile.label,
                        datetime.now())
        self._set_busy(True, translate("Devices", "Printing a test page…"))
        options = ReceiptOptions(say=said)  # the page's words in the till's language
        self._runner.run_device("printer", lambda: print_now(uri, page, profile, options),
                                self._on_printed, self._on_printer_error)

    def _on_printed(self, state: PrinterState) -> None:
        self._set_busy(False, translate("Devices", "Test page sent. {message}.").format(
            message=said(state.message)))

    def _on_printer_error(self, exc: BaseException) -> None:
        self._set_busy(False, translate("Devices", "Problem: {exc}").format(exc=error_text(exc)))
        if not isinstance(exc, DeviceError):
            log.error("printer test failed", exc_info=exc)

    def _on_open_drawer(self) -> None:
        """A journalled no-sale first (a manager approves when needed), then the pulse."""
        uri = self._valid_uri()
        no_sale = self._no_sale
        if uri is None or no_sale is None:
            return
        profile = self.view.profile_combo.currentData()
        who = self._actor()

        def pulse(_journalled: object) -> None:
            self._set_busy(True, translate("Devices", "Opening the drawer…"))
            self._runner.run_device("printer", lambda: open_drawer(uri, profile),
                                    self._on_drawer_done, self._on_printer_error)

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(lambda: no_sale(who, ok), pulse, failed)

        if self._approvals is None:
            start(None, self._on_drawer_refused)
        else:
            self._approvals.run(Action.NO_SALE, start, self._on_drawer_refused, parent=self.view)

    def _on_drawer_refused(self, exc: BaseException) -> None:
        self.view.printer_status.setText(translate("Devices", "Drawer not opened: {exc}").format(
            exc=error_text(exc)) if isinstance(
            exc, UserFacingError) else translate("Devices", "Drawer not opened: something went "
                                                            "wrong (see the log)."))
        if not isinstance(exc, UserFacingError):
            log.error("no-sale from device settings failed: %s", type(exc).__name__)

    def _on_drawer_done(self, _result: object) -> None:
        self._set_busy(False, translate("Devices", "Drawer pulse sent (no sale, journalled)."))

    # -- customer display -------------------------------------------------------
    def _valid_display(self) -> PoleDisplay | None:
        v = self.view
        try:
            display = PoleDisplay(v.display_uri_edit.text().strip(),
                                  v.display_protocol_combo.currentData())
        except DeviceError as exc:
            self._show_error(error_text(exc))
            return None
        self._show_error("")
        return display


    def _on_test_display(self) -> None:
        display = self._valid_display()
        if display is None:
            return
        top = (self._store_name or translate("Devices", "OmniPOS"))[:20]
        self.view.display_status.setText(translate("Devices", "Writing to the display…"))

        def test() -> None:
            try:
                display.show(top, translate("Devices", "Display test  12.34"))
            finally:
                display.close()

        self._runner.run_device("display", test,
                                lambda _r: self.view.display_status.setText(
                                    translate("Devices", "Test sent: the display should show the "
                                                         "store's name.")),
                                lambda exc: self.view.display_status.setText(translate(
                                    "Devices", "Problem: {exc}").format(exc=error_text(exc))))

    # -- scanner ----------------------------------------------------------------
    def _on_scan_typed(self) -> None:
        code = self.view.scan_field.text()
        if code.strip():
            self.show_scan(code)

    def show_scan(self, code: str) -> None:
        """Show what ``code`` is (the router calls this for real scans)."""
        v = self.view
        v.scan_field.setText(code.replace("\x1d", "<GS>"))
        v.last_code.setText(code.replace("\x1d", "<GS>") or "-")
        try:
            scan = parse_scan(code, self._layout)
        except ValidationError as exc:
            v.symbology.setText("-")
            v.validity.setText(translate("Devices", "No: {exc}").format(exc=exc))
            v.validity.setProperty("valid", False)
            v.details.setText("")
            self.scan_tested.emit(code, False)
            return
        v.symbology.setText(scan.symbology)
        if scan.is_product:
            v.validity.setText(translate("Devices", "Yes: check digit correct"))
        else:
            v.validity.setText(translate("Devices", "Read, but not a product code (no GTIN)"))
        v.validity.setProperty("valid", True)
        v.details.setText(describe(scan, self._currency))
        self.scan_tested.emit(code, True)

    def _on_finished(self, _result: int) -> None:
        if self._router is not None and self._token is not None:
            self._router.pop(self._token)
            self._token = None
