"""The first-run wizard over a real window (tests/ui/setup): a new till database, keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database, open_database
from omnipos.services.devices import DeviceSettings
from omnipos.services.selling import CheckoutService
from omnipos.services.setup import StoreSetup
from omnipos.services.sync import SyncService
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.setup.wizard import SetupWizard
from omnipos.ui.setup.wizard_view import WizardView
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.shell.scanning import ScanRouter
from tests.ui.conftest import show_window


@pytest.fixture
def new_db(tmp_path: Path) -> Any:
    db = open_database(tmp_path / "new.sqlite3")
    yield db
    db.close()


class FirstRun:
    """The wizard over a real window, building the till's screens when it has a store."""

    def __init__(self, qtbot: Any, db: Database, tmp_path: Path) -> None:
        self.db, self.qtbot = db, qtbot
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setStyleSheet(load_style())  # the till's sizes, as the wizard shows at a till
        self.runner = SyncTaskRunner()
        self.scanner = ScanRouter()
        self.window = MainWindow()
        self.view = WizardView()
        self.wizard = SetupWizard(self.view, StoreSetup(db), SyncService(db), DeviceSettings(db),
                                  self.runner, self.scanner, tokens=MemoryTokenStore(),
                                  receipt_file=tmp_path / "receipts.escpos")
        self.window.cover(self.view, self.wizard.focus_widget)
        self.printer = ReceiptPrinter(None)
        self.ui: TillUI | None = None
        self.finished: list[bool] = []
        self.receipt = tmp_path / "receipt.escpos"
        self.wizard.store_ready.connect(self._build)
        self.wizard.printer_chosen.connect(
            lambda values: self.printer.reconfigure(values["printer.uri"]))
        self.wizard.finished.connect(self.finished.append)
        self.wizard.finished.connect(lambda ok: self.window.uncover() if ok else None)
        show_window(qtbot, self.window)

    def _build(self) -> None:
        self.ui = create_till(CheckoutService(self.db), self.runner, self.printer,
                              data_dir="", window=self.window, scanner=self.scanner,
                              device_settings=DeviceSettings(self.db))
        devices = self.ui.devices
        assert devices is not None
        self.wizard.use_devices(devices.open)

    def key(self, key: Qt.Key) -> None:
        self.qtbot.keyClick(QApplication.focusWidget() or self.window, key)

    def type_into(self, field: Any, text: str) -> None:
        assert QApplication.focusWidget() is field, QApplication.focusWidget()
        field.selectAll()
        self.qtbot.keyClicks(field, text)
        self.key(Qt.Key.Key_Tab)

    def fill_store(self, code: str, name: str, taxes: str, currency: str = "") -> None:
        """Type the standalone store's form by keyboard, as a new user does (the currency
        left as it is when not given); F12 is the test's to press."""
        form = self.view.store_form
        self.type_into(form.code_field, code)
        self.type_into(form.name_field, name)
        if currency:
            self.type_into(form.currency_field, currency)
        form.taxes_field.setFocus()
        self.type_into(form.taxes_field, taxes)
