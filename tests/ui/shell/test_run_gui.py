"""run_gui end to end: database, services, runner, window, scanner filter, clean shutdown.

How long start-up takes is measured by bench/bench_startup.py, not here.
"""

from __future__ import annotations

import argparse
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from omnipos.db.models import Sale
from omnipos.domain.receipt import ReceiptChoice
from omnipos.ui.app import run_gui
from omnipos.ui.selling.receipt_choice import ReceiptChoiceDialog
from omnipos.ui.shell.main_window import MainWindow
from tests.conftest import make_store
from tests.ui.conftest import SOAP


def test_run_gui_opens_the_till_sells_and_closes(qtbot, tmp_path, monkeypatch) -> None:
    # run_gui installs crash hooks; put the originals back afterwards.
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    data_dir = tmp_path / "till"
    make_store(data_dir / "omnipos.sqlite3").close()
    receipt_file = tmp_path / "receipt.bin"
    args = argparse.Namespace(data_dir=data_dir, demo=False, printer=receipt_file.as_uri())
    seen: dict[str, object] = {}

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, drive)
            return
        window = windows[0]
        view = window.current_screen.view
        seen["title"] = window.windowTitle()
        seen["status"] = window.status.store_label.text()
        view.scan_field.setText(SOAP)
        view.scan_field.returnPressed.emit()

        def pay_when_ready() -> None:
            if view.cart_model.rowCount() == 0:
                QTimer.singleShot(20, pay_when_ready)
                return
            view.pay_button.click()
            QTimer.singleShot(50, accept_payment)

        def accept_payment() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, accept_payment)
                return
            dialog.amount.returnPressed.emit()
            QTimer.singleShot(50, close_when_saved)

        def close_when_saved() -> None:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, ReceiptChoiceDialog):  # the customer takes a printed one
                modal.choose(ReceiptChoice.PRINT)
            if "done" not in view.banner.text:
                QTimer.singleShot(20, close_when_saved)
                return
            seen["banner"] = view.banner.text
            window.close()

        pay_when_ready()

    QTimer.singleShot(0, drive)
    assert run_gui(args) == 0
    assert seen["status"] == "Store: S001 Corner Store"
    assert "S001-T01-000001" in str(seen["banner"])
    # Start-up time is a printed figure (bench/bench_startup.py), not a timed assertion.
    # After the window closed: the sale is stored and its receipt reached the printer file.
    from omnipos.db.engine import open_database

    db = open_database(data_dir / "omnipos.sqlite3")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Sale)) == 1
    db.close()
    assert receipt_file.exists() and b"S001-T01-000001" in receipt_file.read_bytes()
    log_text = (data_dir / "logs" / "omnipos.log").read_text(encoding="utf-8")
    assert "S001-T01-000001" in log_text  # the sale is in the till's log file
