"""The open-price item (Ctrl+O): unlabelled goods at a typed price, a right of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from omnipos.db.models import JournalEntry
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.selling import cart_model
from tests.ui.conftest import Till, show_window, type_keys


def cell(view: Any, row: int, col: int) -> str:
    return view.cart_model.data(view.cart_model.index(row, col))


def test_ctrl_o_sells_an_unlabelled_item_at_the_typed_price(qtbot: Any, till: Till) -> None:
    type_keys(qtbot, Qt.Key.Key_O)  # a plain "o" is typed, not the key
    assert till.controller.sale_actions.open_price_dialog is None
    till.view.scan_field.clear()
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = till.controller.sale_actions.open_price_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert dialog.price.hasFocus()
    type_keys(qtbot, "0", Qt.Key.Key_Return)  # no price: the dialog says so and stays
    assert dialog.isVisible() and "price" in dialog.error.text().lower()
    type_keys(qtbot, "7.50", Qt.Key.Key_Tab, "Garden gnome", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: till.view.cart_model.rowCount() == 1)
    assert cell(till.view, 0, cart_model.COL_NAME) == "Garden gnome"
    assert cell(till.view, 0, cart_model.COL_TOTAL) == "7.50"
    assert till.view.totals.total.text() == "8.12"  # standard tax 8.25 %
    with till.db.read() as s:
        entry = s.scalars(select(JournalEntry).order_by(JournalEntry.seq.desc())).first()
        assert entry is not None and entry.kind == "open_price.added"
        assert entry.payload["price_minor"] == 750


def test_a_cashier_needs_a_manager_for_an_open_price(qtbot: Any, db: Any, tmp_path: Path) -> None:
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff.add_staff("9", "Mia Manager", "manager", "9753", command_line=True)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), staff=staff, shifts=ShiftService(db))
    show_window(qtbot, ui.window)
    assert ui.login is not None and ui.approvals is not None
    ui.login.start()
    type_keys(qtbot, "2468", Qt.Key.Key_Return)
    qtbot.waitUntil(ui.sell.view.scan_field.hasFocus)
    ui.sell.view.open_price_button.click()
    dialog = ui.sell.sale_actions.open_price_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    type_keys(qtbot, "3.00", Qt.Key.Key_Return)
    approval = ui.approvals.dialog
    assert approval is not None
    qtbot.waitUntil(approval.isActiveWindow)
    assert ui.sell.view.cart_model.rowCount() == 0  # nothing sold before the approval
    type_keys(qtbot, "9753", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.sell.view.cart_model.rowCount() == 1)
    assert cell(ui.sell.view, 0, cart_model.COL_NAME) == "Unlabelled item"
    with db.read() as s:
        kinds = [e.kind for e in s.scalars(select(JournalEntry))]
    assert "override" in kinds and "open_price.added" in kinds
