"""Issue 14, defect 3 at the till: the first sale with no shift open asks for the float.

The till sold before any shift was opened and after it was closed, and those
sales were in no X or Z report. Now the first scan of a sale with no shift open
brings up "Open shift: count the float"; once it is open the scanned item is in
the sale. Backing out leaves the sale empty and says why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import Sale
from omnipos.db.settings import set_setting
from omnipos.services.shifts import AUTO_SHIFT_SETTING
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import SOAP, staffed_till, type_keys


def _signed_in(qtbot: Any, db: Database, staff: StaffService, clock: FakeClock,
               tmp_path: Path) -> Any:
    with db.transaction() as s:
        set_setting(s, AUTO_SHIFT_SETTING, False)  # a store that counts its float
    ui = staffed_till(qtbot, db, staff, clock, tmp_path)
    type_keys(qtbot, "2468", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.sell.view.scan_field)
    return ui


def test_the_first_scan_asks_for_the_float_then_sells(qtbot: Any, store_db: Database,
                                                      staff_svc: StaffService, crew: Crew,
                                                      clock: FakeClock, tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    shift = ui.manager.shift
    qtbot.waitUntil(lambda: shift.open_dialog is not None and shift.open_dialog.isActiveWindow())
    dialog = shift.open_dialog
    assert dialog.heading.text() == "Open shift: count the float"
    assert ui.sell.view.cart_model.rowCount() == 0  # not sold yet
    type_keys(qtbot, "1", Qt.Key.Key_Return)  # one 100.00 note
    qtbot.waitUntil(lambda: ui.sell.view.cart_model.rowCount() == 1)  # the scan is in the sale
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.sell.view.scan_field)
    type_keys(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: ui.sell.checkout.payment is not None
                    and ui.sell.checkout.payment.dialog.isActiveWindow())
    with qtbot.waitSignal(ui.sell.sale_completed):
        type_keys(qtbot, Qt.Key.Key_Return)
    info = shift._shifts.current()
    assert info is not None and info.opening_float_minor == 10000
    with store_db.read() as s:
        assert s.scalar(select(Sale.shift_id)) == info.shift_id


def test_backing_out_of_the_float_leaves_the_sale_empty(qtbot: Any, store_db: Database,
                                                       staff_svc: StaffService, crew: Crew,
                                                       clock: FakeClock, tmp_path: Path) -> None:
    ui = _signed_in(qtbot, store_db, staff_svc, clock, tmp_path)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    shift = ui.manager.shift
    qtbot.waitUntil(lambda: shift.open_dialog is not None and shift.open_dialog.isActiveWindow())
    type_keys(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.sell.view.scan_field)
    assert ui.sell.view.cart_model.rowCount() == 0
    assert "shift" in ui.sell.view.banner.text.lower()
    assert shift._shifts.current() is None
