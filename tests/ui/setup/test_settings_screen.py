"""The Manager screen (Alt+7): the store's settings and the receipt's lines, journalled."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.engine import database_path, open_database
from omnipos.db.models import JournalEntry
from omnipos.db.settings import get_setting
from omnipos.services.selling import CheckoutService
from omnipos.services.setup import StoreSetup
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.setup.wizard_view import WizardView
from omnipos.ui.shell.keymap import ScreenId
from omnipos.ui.shell.main_window import MainWindow
from tests.support.sync import sell
from tests.ui.conftest import show_window

ALT = Qt.KeyboardModifier.AltModifier


def test_alt_7_changes_the_receipt_and_the_store_refuses_a_new_currency(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    svc = CheckoutService(db)
    ui = create_till(svc, SyncTaskRunner(), ReceiptPrinter(None), data_dir=str(tmp_path),
                     setup=StoreSetup(db))
    show_window(qtbot, ui.window)
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_7, ALT)
    settings = ui.settings
    assert settings is not None and ui.window.current_screen is settings
    form = settings.view.form
    assert form.code_field.text() == "S001" and form.name_field.text() == svc.store.name
    assert QApplication.focusWidget() is form.name_field
    form.name_field.selectAll()
    qtbot.keyClicks(form.name_field, "Corner Shop")
    assert form.footer_field is not None
    form.footer_field.setFocus()
    qtbot.keyClicks(form.footer_field, "Thank you!")
    qtbot.keyClick(form.footer_field, Qt.Key.Key_Return)  # a second receipt line
    qtbot.keyClicks(form.footer_field, "Returns within 30 days")
    qtbot.keyClick(form.footer_field, Qt.Key.Key_F12)
    assert settings.view.message.text() == "Saved: receipt.footer, store.name."
    assert svc.store.name == "Corner Shop"  # the Sell screen's profile follows
    assert svc.store.footer == ("Thank you!", "Returns within 30 days")
    with db.read() as s:
        assert get_setting(s, "receipt.footer") == ["Thank you!", "Returns within 30 days"]
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "settings.changed")).one()
        assert entry.payload["keys"] == ["receipt.footer", "store.name"]

    sell(db, [("SOAP", 1)])
    form.currency_field.selectAll()
    qtbot.keyClicks(form.currency_field, "EUR")
    qtbot.keyClick(form.currency_field, Qt.Key.Key_F12)
    assert settings.view.message.text().startswith("this till already sold in USD")
    assert settings.view.message.objectName() == "dialogError"
    with db.read() as s:
        assert get_setting(s, "store.currency") == "USD"
    qtbot.keyClick(form.currency_field, Qt.Key.Key_Escape)  # leaves the screen; nothing lost
    assert ui.window.current_screen is ui.sell


def test_run_gui_without_a_store_shows_the_wizard_over_the_window(
        qtbot: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from omnipos.ui import app as app_module

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: dict[str, Any] = {}

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        wizards = windows[0].findChildren(WizardView) if windows else []
        if (not wizards or not wizards[0].isVisible() or not windows[0].isActiveWindow()
                or QApplication.focusWidget() is None):  # the keyboard is the wizard's
            QTimer.singleShot(20, drive)
            return
        window = windows[0]
        seen["focus_in_wizard"] = wizards[0].isAncestorOf(QApplication.focusWidget())
        seen["covered"] = window.covered
        seen["screens"] = window.screens
        seen["title"] = wizards[0].title.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)  # no store today
        seen["summary"] = wizards[0].summary.text()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F12)  # close

    QTimer.singleShot(0, drive)
    data_dir = tmp_path / "empty"
    args = argparse.Namespace(data_dir=data_dir, demo=False, printer=None)
    assert app_module.run_gui(args) == 0
    assert seen["covered"] and seen["screens"] == [] and seen["title"] == "Welcome to OmniPOS"
    assert seen["focus_in_wizard"]
    assert seen["summary"].startswith("This till has no store yet")
    db = open_database(database_path(data_dir))
    try:
        with db.read() as s:
            assert get_setting(s, "store.code") is None
    finally:
        db.close()
    assert ScreenId.MANAGER.number == 7
