"""run_gui on a store with staff: the till opens locked, a cashier signs in, F9 locks again."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.staff import StaffService
from omnipos.ui.app import run_gui
from omnipos.ui.selling.sell_view import TillView
from omnipos.ui.shell.lock_view import LockScreen
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

    def lock_screen() -> LockScreen | None:
        shown = [
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, LockScreen) and w.isVisible() and w.parentWidget() is not None
            and w.parentWidget().isVisible()  # not one left over by an earlier test
        ]
        return shown[0] if shown else None

    def drive() -> None:
        screen = lock_screen()
        if screen is None:
            QTimer.singleShot(20, drive)
            return
        seen["locked_at_start"] = True
        screen.pinpad.field.setText("2468")
        screen.pinpad.submit()
        QTimer.singleShot(20, after_sign_in)

    def after_sign_in() -> None:
        if lock_screen() is not None:
            QTimer.singleShot(20, after_sign_in)
            return
        view = next(w for w in QApplication.topLevelWidgets() if isinstance(w, TillView))
        seen["cashier"] = view.status.cashier_label.text()
        view.close()

    QTimer.singleShot(0, drive)
    assert run_gui(args) == 0
    assert seen["locked_at_start"] and seen["cashier"] == "Cashier: Cam (#1)"
