"""run_gui on a store with staff: the till opens locked, a cashier signs in, F9 locks again."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.staff import StaffService
from omnipos.ui.app import run_gui
from omnipos.ui.shell.main_window import MainWindow
from tests.conftest import make_store


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
