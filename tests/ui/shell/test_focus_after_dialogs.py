"""Issue 14, defect 6: after PIN sign-in and after each shift-and-cash dialog, F-keys and
arrows work at once, without a click.

The keys are real key events sent to whichever widget has the keyboard (as a
person types), never to a widget the test picks: "F5, 50, Enter" once became a
scan of "50" because the keyboard was nowhere after a dialog. Between a dialog
closing and the next key, only what the event loop runs anyway runs
(``processEvents``): no waiting for the focus to come back.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database
from omnipos.db.settings import set_setting
from omnipos.services.shifts import AUTO_SHIFT_SETTING
from omnipos.services.staff import StaffService
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import BREAD, MILK_UPC, SOAP, staffed_till, type_keys


def _keys(qtbot: Any, *keys: str | Qt.Key) -> None:
    QApplication.processEvents()  # what runs before a person's next key arrives
    type_keys(qtbot, *keys)


def _keys_work(qtbot: Any, ui: Any, after: str) -> None:
    """Arrows move the selected line and F2 opens the search, with the next key pressed."""
    view, sell = ui.sell.view, ui.sell
    rows = view.cart_model.rowCount()
    if rows >= 2:
        _keys(qtbot, Qt.Key.Key_Up)
        assert view.selected_row() == rows - 2, f"Up did nothing after {after}"
        _keys(qtbot, Qt.Key.Key_Down)
        assert view.selected_row() == rows - 1, f"Down did nothing after {after}"
    _keys(qtbot, Qt.Key.Key_F2)
    assert sell.scans.search is not None and sell.scans.search.dialog.isVisible(), \
        f"F2 did nothing after {after}"
    _keys(qtbot, Qt.Key.Key_Escape)
    assert not sell.scans.search.dialog.isVisible()
    QApplication.processEvents()


def _menu(qtbot: Any, ui: Any) -> Any:
    _keys(qtbot, Qt.Key.Key_F7)
    menu = ui.manager.menu
    assert menu is not None and menu.isVisible(), "F7 did nothing"
    return menu


def test_keys_work_at_once_after_sign_in_and_every_shift_and_cash_dialog(
        qtbot: Any, store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock,
        tmp_path: Path) -> None:
    with store_db.transaction() as s:
        set_setting(s, AUTO_SHIFT_SETTING, False)  # the first sale asks for the float
    ui = staffed_till(qtbot, store_db, staff_svc, clock, tmp_path)
    _keys(qtbot, "2468", Qt.Key.Key_Return)  # Cam Cashier's PIN at the lock screen
    assert not ui.login.locked
    _keys_work(qtbot, ui, "the PIN sign-in")

    _keys(qtbot, SOAP, Qt.Key.Key_Return)  # the first sale of the day: count the float
    dialog = ui.manager.shift.open_dialog
    assert dialog is not None and dialog.isVisible()
    _keys(qtbot, "2", Qt.Key.Key_Return)  # two 100.00 notes
    assert not dialog.isVisible() and ui.sell.view.cart_model.rowCount() == 1
    _keys(qtbot, MILK_UPC, Qt.Key.Key_Return, BREAD, Qt.Key.Key_Return)
    assert ui.sell.view.cart_model.rowCount() == 3
    _keys_work(qtbot, ui, "the float count")

    _menu(qtbot, ui).x_button.click()
    assert ui.manager.shift.report_view is not None
    _keys(qtbot, Qt.Key.Key_Escape)
    assert not ui.manager.shift.report_view.isVisible()
    _keys_work(qtbot, ui, "the X report")

    _menu(qtbot, ui).cash_button.click()
    cash = ui.manager.shift.cash_dialog
    assert cash is not None and cash.isVisible()
    _keys(qtbot, "12.50", Qt.Key.Key_Tab, "window cleaner", Qt.Key.Key_Return)
    approval = ui.manager.shift.override_dialog  # a cashier's paid out needs a manager
    assert approval is not None and approval.isVisible()
    _keys(qtbot, "9753", Qt.Key.Key_Return)
    assert not approval.isVisible()
    _keys_work(qtbot, ui, "cash in / out and its approval")

    _menu(qtbot, ui).no_sale_button.click()
    approval = ui.manager.shift.override_dialog
    assert approval is not None and approval.isVisible()
    _keys(qtbot, "9753", Qt.Key.Key_Return)
    _keys_work(qtbot, ui, "the no-sale approval")

    menu = _menu(qtbot, ui)
    _keys(qtbot, Qt.Key.Key_Escape)
    assert not menu.isVisible()
    _keys_work(qtbot, ui, "the shift menu")

    _keys(qtbot, Qt.Key.Key_F12)  # pay, so the shift can close
    payment = ui.sell.checkout.payment
    assert payment is not None and payment.dialog.isVisible()
    _keys(qtbot, Qt.Key.Key_Return)
    assert not payment.dialog.isVisible()
    choice = ui.sell.checkout.receipt.dialog
    assert choice is not None and choice.isVisible()
    _keys(qtbot, Qt.Key.Key_Return)  # the receipt: the store's default
    assert not choice.isVisible()
    _keys_work(qtbot, ui, "the receipt choice")
    _keys(qtbot, Qt.Key.Key_F9)
    _keys(qtbot, "9753", Qt.Key.Key_Return)  # Mia Manager closes the shift
    assert not ui.login.locked
    _keys_work(qtbot, ui, "the second sign-in")
    _menu(qtbot, ui).close_button.click()
    close = ui.manager.shift.close_dialog
    assert close is not None and close.isVisible()
    _keys(qtbot, Qt.Key.Key_Return)  # an empty count: short, which a manager may accept
    QApplication.processEvents()
    if close.isVisible():  # the outcome is shown: Enter again closes with it
        _keys(qtbot, Qt.Key.Key_Return)
    QApplication.processEvents()
    report = ui.manager.shift.report_view
    assert not close.isVisible() and report is not None and report.isVisible()
    _keys(qtbot, Qt.Key.Key_Escape)
    assert not report.isVisible()
    _keys_work(qtbot, ui, "the shift close and its Z report")
