"""Quick keys on the Sell screen: the grid, Ctrl+F1 … Ctrl+F12, and the manager's editor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from omnipos.db.models import JournalEntry, OutboxEvent
from omnipos.db.quick_keys import replace_layout
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.domain.quick_keys import QuickKey
from omnipos.services.quick_keys import QuickKeyService
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.selling import cart_model
from tests.ui.conftest import show_window, type_keys


def _layout(db: Any) -> None:
    with db.transaction() as s:
        replace_layout(s, [QuickKey(1, "SOAP", "Soap"), QuickKey(2, "MILK", ""),
                           QuickKey(4, "GONE", "Old item")])


def _names(view: Any) -> list[tuple[str, str]]:
    m = view.cart_model
    return [(m.data(m.index(r, cart_model.COL_NAME)), m.data(m.index(r, cart_model.COL_QTY)))
            for r in range(m.rowCount())]


@pytest.fixture
def sell(qtbot: Any, db: Any, tmp_path: Path) -> Any:
    _layout(db)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), quick_keys=QuickKeyService(db))
    show_window(qtbot, ui.window)
    ui.sell.view.focus_scan()
    return ui.sell


def test_the_grid_shows_the_stores_keys(sell: Any) -> None:
    view = sell.view
    assert view.quick_panel.isVisible()
    texts = [b.text() for b in view.quick_buttons]
    assert texts[:4] == ["Soap\nCtrl+F1", "Whole milk 1…\nCtrl+F2", "", "Old item\nCtrl+F4"]
    assert view.quick_buttons[1].toolTip() == "Whole milk 1 l"  # the name in full
    assert not view.quick_buttons[2].isEnabled()


def test_ctrl_f_keys_and_touches_sell(qtbot: Any, sell: Any) -> None:
    field = sell.view.scan_field
    qtbot.keyClick(field, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(sell.view.quick_buttons[1], Qt.MouseButton.LeftButton)
    assert _names(sell.view) == [("Lavender soap bar", "2"), ("Whole milk 1 l", "1")]
    assert field.hasFocus()  # a touch never takes the keyboard from the scan field
    qtbot.keyClick(field, Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier)
    assert "GONE" in sell.view.banner.text and "not in the catalog" in sell.view.banner.text
    qtbot.keyClick(field, Qt.Key.Key_F3, Qt.KeyboardModifier.ControlModifier)
    assert "Quick key 3 is not set" in sell.view.banner.text
    assert sell.view.cart_model.rowCount() == 2


def test_no_layout_no_grid(qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), quick_keys=QuickKeyService(db))
    show_window(qtbot, ui.window)
    assert not ui.sell.view.quick_panel.isVisible()


def test_a_cashier_changes_the_keys_with_a_managers_pin(qtbot: Any, db: Any,
                                                        tmp_path: Path) -> None:
    _layout(db)
    staff = StaffService(db, hasher=FAST_FOR_TESTS)
    staff.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff.add_staff("0", "Ada Admin", "admin", "5081", command_line=True)
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), staff=staff, shifts=ShiftService(db),
                     quick_keys=QuickKeyService(db))
    show_window(qtbot, ui.window)
    ui.login.start()
    type_keys(qtbot, "2468", Qt.Key.Key_Return)
    qtbot.waitUntil(ui.sell.view.scan_field.hasFocus)
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = ui.sell.quick_keys.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    assert [f.text() for f in dialog.skus[:4]] == ["SOAP", "MILK", "", "GONE"]
    dialog.skus[3].clear()
    dialog.skus[2].setText("BREAD")
    dialog.labels[2].setText("Sourdough")
    dialog.skus[0].setFocus()
    type_keys(qtbot, Qt.Key.Key_Return)
    approval = ui.approvals.dialog
    assert approval is not None
    qtbot.waitUntil(approval.isActiveWindow)
    type_keys(qtbot, "5081", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    texts = [b.text() for b in ui.sell.view.quick_buttons[:4]]
    assert texts == ["Soap\nCtrl+F1", "Whole milk 1…\nCtrl+F2", "Sourdough\nCtrl+F3", ""]
    with db.read() as s:
        kinds = [e.kind for e in s.scalars(select(JournalEntry))]
        sent = s.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.type == "quick_keys.changed")).one()
    assert "quick_keys.changed" in kinds and "override" in kinds
    assert [k["sku"] for k in sent["keys"]] == ["SOAP", "MILK", "BREAD"]
    assert sent["changed_by"] == "Cam Cashier (#1)"


def test_a_bad_layout_stays_in_the_editor(qtbot: Any, sell: Any) -> None:
    sell.quick_keys.open_editor()
    dialog = sell.quick_keys.dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.labels[0].setText("x" * 24)
    dialog.skus[1].setText(" ")
    dialog.skus[5].setText("S" * 65)
    type_keys(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and "quick key 6" in dialog.error.text().lower()
