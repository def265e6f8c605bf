"""Line discount (F5), sale discount (F6) and price override (F8) at the till, with approval."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.models import JournalEntry
from omnipos.db.settings import set_setting
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.staff import StaffService
from tests.ui.conftest import MILK_UPC, SOAP, Till, show_window, type_keys


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("OMNIPOS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_f5_gives_a_percent_discount_on_the_selected_line(till: Till, qtbot: Any) -> None:
    view, ctl = till.view, till.controller
    ctl.scan(SOAP)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F5)
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None and dialog.isVisible() and dialog.is_percent
    _shot(dialog, "polish_line_discount")
    qtbot.keyClicks(dialog.field, "10%")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    # 3.99 less 10 % = 3.59 (0.40 off); the Discount column and the totals show it.
    assert view.cart_model.index(0, 3).data() == "-0.40"
    assert view.totals.discount.text() == "-0.40"
    assert view.totals.total.text() == "3.89"  # 3.59 + 8.25 % tax
    assert "Discount on Lavender soap bar" in view.banner.text


def test_f6_amount_off_the_sale_and_remove_again(till: Till, qtbot: Any) -> None:
    view, ctl = till.view, till.controller
    ctl.scan(SOAP)
    ctl.scan(MILK_UPC)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F6)
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    dialog.amount_button.click()
    qtbot.keyClicks(dialog.field, "1.00")
    qtbot.keyClicks(dialog.reason, "loyal customer")
    dialog.ok_button.click()
    assert view.totals.discount.text() == "-1.00"
    assert ctl.cart_view is not None and ctl.cart_view.order_discount is not None
    shares = [view.cart_model.index(r, 3).data() for r in range(2)]
    assert all(s.startswith("-") for s in shares)  # the sale discount is shared over the lines
    ctl.sale_actions.open_order_discount()
    again = ctl.sale_actions.discount_dialog
    assert again is not None and again.field.text() == "1.00"  # shows the current discount
    again.remove_button.click()
    assert view.totals.discount.text() == "0.00"


def test_bad_discount_stays_in_the_dialog_with_a_reason(till: Till, qtbot: Any) -> None:
    ctl = till.controller
    ctl.scan(SOAP)
    ctl.sale_actions.open_line_discount()
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "150")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert dialog.isVisible() and "100" in dialog.error.text()


def test_f8_changes_the_price_with_a_reason_and_journals_it(till: Till, qtbot: Any) -> None:
    view, ctl = till.view, till.controller
    ctl.scan(SOAP)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F8)
    dialog = ctl.sale_actions.price_dialog
    assert dialog is not None and dialog.field.text() == "3.99"
    dialog.field.setText("2.99")
    dialog.ok_button.click()
    assert dialog.isVisible() and "reason" in dialog.error.text()  # a reason is required
    dialog.reason.setCurrentText("Price match")
    _shot(dialog, "polish_price_override")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert view.cart_model.index(0, 2).data() == "2.99"
    assert "price changed" in view.cart_model.index(0, 0).data()
    with till.db.read() as s:
        kinds = [e.kind for e in s.scalars(select(JournalEntry))]
    assert "price.overridden" in kinds


def test_over_the_limit_discount_asks_a_manager_and_retries(qtbot: Any, db: Any,
                                                            tmp_path: Path) -> None:
    from omnipos.services.selling import CheckoutService
    from omnipos.services.shifts import ShiftService
    from omnipos.ui.app import create_till
    from omnipos.ui.common.tasks import SyncTaskRunner
    from omnipos.ui.devices.receipt_printer import ReceiptPrinter

    with db.transaction() as s:
        set_setting(s, "store.discount_limit_pct", 5)
    runner = SyncTaskRunner()
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff.add_staff("9", "Mia Manager", "manager", "9753", command_line=True)
    printer = ReceiptPrinter(None)
    ui = create_till(CheckoutService(db), runner, printer, data_dir=str(tmp_path),
                     staff=staff, shifts=ShiftService(db))
    ctl, view = ui.sell, ui.sell.view
    show_window(qtbot, ui.window)
    login = ui.login
    assert login is not None and ui.approvals is not None
    login.start()
    qtbot.keyClicks(login.screen.pinpad.field, "2468")
    qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
    ctl.scan(SOAP)
    ctl.sale_actions.open_line_discount()
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "20")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    approval = ui.approvals.dialog
    assert approval is not None and approval.isVisible()
    _shot(approval, "polish_discount_approval")
    assert view.totals.discount.text() == "0.00"  # nothing given yet
    qtbot.keyClicks(approval.pinpad.field, "9753")
    qtbot.keyClick(approval.pinpad.field, Qt.Key.Key_Return)
    assert not approval.isVisible()
    assert view.totals.discount.text() == "-0.80"  # 20 % of 3.99
    with db.read() as s:
        kinds = [e.kind for e in s.scalars(select(JournalEntry))]
    assert "override" in kinds and "discount.over_limit" in kinds


def test_a_new_quantity_past_the_limit_asks_a_manager(qtbot: Any, db: Any,
                                                       tmp_path: Path) -> None:
    """Issue 15, point 2 at the till: 3.99 off 10 soaps, then quantity 1 asks a manager."""
    from omnipos.services.selling import CheckoutService
    from omnipos.services.shifts import ShiftService
    from omnipos.ui.app import create_till
    from omnipos.ui.common.tasks import SyncTaskRunner
    from omnipos.ui.devices.receipt_printer import ReceiptPrinter

    with db.transaction() as s:
        set_setting(s, "store.discount_limit_pct", 10)
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff.add_staff("9", "Mia Manager", "manager", "9753", command_line=True)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), staff=staff, shifts=ShiftService(db))
    ctl, view = ui.sell, ui.sell.view
    show_window(qtbot, ui.window)
    assert ui.login is not None and ui.approvals is not None
    ui.login.start()
    qtbot.keyClicks(ui.login.screen.pinpad.field, "2468")
    qtbot.keyClick(ui.login.screen.pinpad.field, Qt.Key.Key_Return)
    ctl.scan(SOAP)
    ctl.sale_actions.open_quantity()
    assert ctl.sale_actions.quantity_dialog is not None
    ctl.sale_actions.quantity_dialog.field.setText("10")
    ctl.sale_actions.quantity_dialog.ok_button.click()
    ctl.sale_actions.open_line_discount()
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    dialog.amount_button.click()
    qtbot.keyClicks(dialog.field, "3.99")
    dialog.ok_button.click()
    assert view.totals.discount.text() == "-3.99" and ui.approvals.dialog is None  # 10 %: allowed
    ctl.sale_actions.open_quantity()
    ctl.sale_actions.quantity_dialog.field.setText("1")
    ctl.sale_actions.quantity_dialog.ok_button.click()
    approval = ui.approvals.dialog
    assert approval is not None and approval.isVisible()
    assert "100.0 % off" in approval.detail.text()
    _shot(ui.window, "quantity_past_the_limit_asks")
    assert view.cart_model.index(0, 1).data() == "10"  # nothing changed yet
    approval.reject()
    assert view.cart_model.index(0, 1).data() == "10" and view.totals.discount.text() == "-3.99"


def test_an_amount_off_is_typed_with_the_keyboard_only(till: Till, qtbot: Any) -> None:
    """F5, Ctrl+2 (Amount), 3.99, Enter: every step a real key to the focused widget."""
    view, ctl = till.view, till.controller
    ctl.scan(SOAP)
    ctl.scan(MILK_UPC)
    qtbot.keyClick(view.scan_field, Qt.Key.Key_Up)  # the soap line, 3.99
    type_keys(qtbot, Qt.Key.Key_F5)
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.field.hasFocus)
    assert "Ctrl+2" in dialog.amount_button.text()  # the key is on the button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.is_percent and dialog.field.hasFocus()  # the field keeps the keyboard
    type_keys(qtbot, "3.99", Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert view.cart_model.index(0, 3).data() == "-3.99"


def test_the_discount_kinds_are_in_the_focus_order(till: Till, qtbot: Any) -> None:
    """Shift+Tab from the field reaches Amount; Space picks it; Tab goes back to the field."""
    view, ctl = till.view, till.controller
    ctl.scan(SOAP)
    type_keys(qtbot, Qt.Key.Key_F6)
    dialog = ctl.sale_actions.discount_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.field.hasFocus)
    type_keys(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.amount_button
    type_keys(qtbot, Qt.Key.Key_Space)
    assert not dialog.is_percent
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert dialog.is_percent  # Ctrl+1 goes back to Percent
    type_keys(qtbot, Qt.Key.Key_Space)  # Amount still has the keyboard
    assert not dialog.is_percent
    type_keys(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.field
    type_keys(qtbot, "1.50", Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert view.totals.discount.text() == "-1.50"
