"""A scan while the float is being counted never lands in a count box: the sale waiting for
the float takes it once the shift is open, or it is refused, said in the dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database
from omnipos.db.settings import set_setting
from omnipos.devices.wedge import WedgeDetector
from omnipos.services.shifts import AUTO_SHIFT_SETTING
from omnipos.services.staff import StaffService
from omnipos.ui.shell.scanning import ScanRouter, install_scan_filter
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import BREAD, SOAP, staffed_till, type_keys


def _signed_in(qtbot: Any, db: Database, staff: StaffService, clock: FakeClock,
               tmp_path: Path) -> Any:
    with db.transaction() as s:
        set_setting(s, AUTO_SHIFT_SETTING, False)  # a store that counts its float
    ui = staffed_till(qtbot, db, staff, clock, tmp_path)
    type_keys(qtbot, "2468", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.sell.view.scan_field)
    return ui


def _scanner_burst(qtbot: Any, ui: Any, target: Any, code: str) -> None:
    """A keyboard-wedge scanner types ``code`` and Enter a few ms a key into ``target``,
    through the till's scan filter and router (as the till installs them)."""
    app = QApplication.instance()
    now = [100.0]
    router = ScanRouter()
    scan_filter = install_scan_filter(app, router, WedgeDetector(clock=lambda: now[0]))
    token = ui.window.attach_scanner(router)
    try:
        for char in code:
            qtbot.keyClick(target, char)
            now[0] += 0.004
        qtbot.keyClick(target, Qt.Key.Key_Return)
    finally:
        router.pop(token)
        app.removeEventFilter(scan_filter)
        scan_filter.deleteLater()


def _boxes(dialog: Any) -> dict[int, int]:
    return {value: box.value() for value, box in dialog.counter.boxes.items()}


def test_a_scan_while_the_first_sale_waits_for_the_float_joins_that_sale(
        qtbot: Any, store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock,
        tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)  # the first sale asks for the float
    shift = ui.manager.shift
    qtbot.waitUntil(lambda: shift.open_dialog is not None and shift.open_dialog.isActiveWindow())
    dialog = shift.open_dialog
    counted = _boxes(dialog)
    focused = QApplication.focusWidget()
    assert focused is dialog.first_field  # a count box has the keyboard
    _scanner_burst(qtbot, ui, focused, BREAD)
    assert _boxes(dialog) == counted and QApplication.focusWidget() is focused
    assert dialog.error.isVisible() and BREAD in dialog.error.text()
    type_keys(qtbot, "1", Qt.Key.Key_Return)  # one 100.00 note: the shift opens
    qtbot.waitUntil(lambda: ui.sell.view.cart_model.rowCount() == 2)
    names = [line.name for line in ui.sell.cart_view.lines]
    assert names == ["Lavender soap bar", "Sourdough bread"]
    info = shift._shifts.current()
    assert info is not None and info.opening_float_minor == 10000  # the scan counted nothing


def test_a_scan_in_a_float_count_with_no_sale_waiting_is_refused_in_the_dialog(
        qtbot: Any, store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock,
        tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    shift = ui.manager.shift
    shift.open_shift()  # F7's Open shift: no sale is waiting
    qtbot.waitUntil(lambda: shift.open_dialog is not None and shift.open_dialog.isActiveWindow())
    dialog = shift.open_dialog
    counted = _boxes(dialog)
    ui.sell.on_scan(SOAP)
    assert _boxes(dialog) == counted
    assert dialog.error.isVisible() and "ignored" in dialog.error.text()
    type_keys(qtbot, "1", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ui.sell.view.cart_model.rowCount() == 0
