"""run_gui on a store with staff: the till opens locked, a cashier signs in, F9 locks again."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.app import create_till, run_gui
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.main_window import MainWindow
from tests.conftest import make_store
from tests.ui.conftest import show_window, type_keys


def test_run_gui_locks_until_a_pin(qtbot: Any, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    data_dir = tmp_path / "till"
    db = make_store(data_dir / "omnipos.sqlite3")
    StaffService(db, hasher=FAST_FOR_TESTS).add_staff(
        "1", "Cam", "cashier", "2468", command_line=True
    )
    db.close()
    args = argparse.Namespace(data_dir=data_dir, demo=False, printer=None)
    seen: dict[str, Any] = {}

    def window() -> MainWindow | None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        return shown[0] if shown else None

    def drive() -> None:
        win = window()
        if win is None or not win.locked:
            QTimer.singleShot(20, drive)
            return
        seen["locked_at_start"] = True
        screen = win.findChild(QWidget, "lockScreen")
        seen["lock_is_a_layer"] = screen is not None and screen.window() is win
        field = QApplication.focusWidget()
        seen["pin_has_focus"] = field is not None and field.objectName() == "pinField"
        screen.pinpad.field.setText("2468")
        screen.pinpad.submit()
        QTimer.singleShot(20, after_sign_in)

    def after_sign_in() -> None:
        win = window()
        assert win is not None
        if win.locked:
            QTimer.singleShot(20, after_sign_in)
            return
        seen["cashier"] = win.status.cashier_label.text()
        win.close()

    QTimer.singleShot(0, drive)
    assert run_gui(args) == 0
    assert seen["locked_at_start"] and seen["cashier"] == "Cashier: Cam (#1)"
    assert seen["lock_is_a_layer"] and seen["pin_has_focus"]


def test_f9_in_a_store_without_staff_says_why_it_does_nothing(qtbot: Any, tmp_path: Path) -> None:
    """Issue 14: F9 (lock) in a store without staff did nothing, silently."""
    db = make_store(tmp_path / "till.sqlite3")  # a store nobody signs in to
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), staff=StaffService(db), shifts=ShiftService(db))
    show_window(qtbot, ui.window)
    assert ui.login is not None
    ui.login.start()
    assert not ui.login.locked and ui.window.notice.text == ""  # nothing said at start-up
    ui.sell.view.focus_scan()
    type_keys(qtbot, Qt.Key.Key_F9)
    assert not ui.login.locked
    assert "no staff" in ui.window.notice.text and "omnipos staff add" in ui.window.notice.text
    db.close()
