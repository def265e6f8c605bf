"""About (Shift+F1, or the key list's button) shows the versions a help desk asks for."""

from __future__ import annotations

import platform
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication

from omnipos import __version__
from omnipos.services.selling import CheckoutService
from omnipos.services.support import versions
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.about import AboutDialog, show_about
from tests.ui.conftest import show_window


def _about(qtbot: Any) -> AboutDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AboutDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AboutDialog)
    return dialog


def test_shift_f1_and_the_key_list_open_about_with_every_version(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), versions=lambda: versions(db),
                     log_file=str(tmp_path / "logs" / "omnipos.log"))
    show_window(qtbot, ui.window)
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = _about(qtbot)
    rows = dict(dialog.rows())
    assert rows["OmniPOS"] == __version__
    assert rows["Qt"].startswith(qVersion())
    assert rows["Python"] == platform.python_version()
    assert rows["Database schema"] == f"{db.head()} (up to date)"
    assert rows["Data folder"] == str(tmp_path)
    assert rows["Log file"].endswith("omnipos.log")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ui.sell.view.scan_field)

    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F1)  # the key list names it ...
    assert ("Shift+F1", "About OmniPOS: versions, data folder, log file") in ui.window.key_list.rows
    ui.window.key_list.about_button.click()  # ... and its button opens it (touch)
    dialog = _about(qtbot)
    assert not ui.window.key_list.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_about_says_when_the_schema_cannot_be_read(qtbot: Any, tmp_path: Path) -> None:
    parent = AboutDialog()
    qtbot.addWidget(parent)

    def broken() -> Any:
        raise OSError("disk gone")

    dialog = show_about(parent, SyncTaskRunner(), broken)
    assert dict(dialog.rows())["Database schema"] == "cannot be read: disk gone"
    dialog.reject()
