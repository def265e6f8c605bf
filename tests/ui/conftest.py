"""UI fixtures: a real till window over a fresh store database, with a synchronous runner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from omnipos.db.engine import Database
from omnipos.services.selling import CheckoutService
from omnipos.ui.app import create_till
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.i18n import Language, install
from omnipos.ui.selling.sell_controller import SellController
from omnipos.ui.shell.main_window import MainWindow
from tests.conftest import make_store

# Staff and device fixtures the UI tests share with the service and device tests.
from tests.devices.conftest import fake_printer  # noqa: F401
from tests.support.staff import clock, crew, staff_svc  # noqa: F401

SOAP = "4006381333931"  # Lavender soap bar, 3.99, standard tax 8.25 %
MILK_UPC = "036000291452"  # Whole milk 1 l, 1.29, reduced 2 %
BREAD = "96385074"  # Sourdough bread, 4.50


@dataclass
class FakeQueue:
    """Stands in for devices.printing.PrintQueue: records jobs, reports what the test says."""

    uri: str
    profile: Any
    on_update: Any
    submitted: list[tuple[Any, bool]] = field(default_factory=list)
    reprinted: list[Any] = field(default_factory=list)
    started: bool = False

    def start(self) -> FakeQueue:
        self.started = True
        return self

    def stop(self) -> None:
        self.started = False

    def submit(self, document: Any, *, kick_drawer: bool = False) -> int:
        self.submitted.append((document, kick_drawer))
        return len(self.submitted)

    def reprint(self, document: Any) -> int:
        self.reprinted.append(document)
        return len(self.reprinted)

    drawers: int = 0

    def open_drawer(self) -> int:
        self.drawers += 1
        return self.drawers

    def configure(self, uri: str, profile: Any = None, options: Any = None) -> None:
        self.uri, self.profile = uri, profile


@dataclass
class Till:
    controller: SellController
    window: MainWindow
    db: Database
    svc: CheckoutService
    runner: SyncTaskRunner
    printer: ReceiptPrinter
    queue: FakeQueue | None

    @property
    def view(self) -> Any:
        return self.controller.view


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = make_store(tmp_path / "till" / "omnipos.sqlite3")
    yield database
    database.close()


def _make_till(qtbot: Any, db: Database, *, with_printer: bool, tmp: Path) -> Till:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    svc = CheckoutService(db)
    runner = SyncTaskRunner()
    queues: list[FakeQueue] = []

    def factory(uri: str, profile: Any, *, on_update: Any) -> FakeQueue:
        queue = FakeQueue(uri, profile, on_update)
        queues.append(queue)
        return queue

    printer = ReceiptPrinter("file:///dev/null" if with_printer else None, queue_factory=factory)
    ui = create_till(svc, runner, printer, data_dir=str(tmp))
    window = show_window(qtbot, ui.window)
    ui.sell.view.focus_scan()
    return Till(ui.sell, window, db, svc, runner, printer, queues[0] if queues else None)


def show_window(qtbot: Any, window: MainWindow) -> MainWindow:
    """Show the till's window at 1280x800 and wait until it has the keyboard."""
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts (F2, F4, F12) need an active window
    return window


@pytest.fixture
def till(qtbot: Any, db: Database, tmp_path: Path) -> Till:
    return _make_till(qtbot, db, with_printer=True, tmp=tmp_path)


@pytest.fixture
def till_without_printer(qtbot: Any, db: Database, tmp_path: Path) -> Till:
    return _make_till(qtbot, db, with_printer=False, tmp=tmp_path)



def type_keys(qtbot: Any, *keys: str | Qt.Key) -> None:
    """Real key events to whichever widget has the keyboard now, as a person types.

    A text types its characters; a ``Qt.Key`` presses that key. Sending keys to the
    focused widget (not to a widget the test picks) is what proves the focus rule.
    """
    from PySide6.QtWidgets import QApplication

    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard"
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def answer_receipt(qtbot: Any, sell: SellController, key: str | Qt.Key = Qt.Key.Key_Return
                   ) -> None:
    """After payment: wait for the receipt choice and press ``key`` (Enter: the store's
    default) on whatever has the keyboard, as a cashier does."""
    step = sell.checkout.receipt
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible())
    dialog = step.dialog
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))  # it has the keys
    type_keys(qtbot, key)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def staffed_till(qtbot: Any, db: Database, staff: Any, now: Any, tmp: Path,
                 printer: ReceiptPrinter | None = None) -> Any:
    """A till window with sign-in, approvals and the F7 menu, locked until a PIN is typed."""
    from PySide6.QtWidgets import QApplication

    from omnipos.services.shifts import ShiftService

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    ui = create_till(CheckoutService(db, clock=now), SyncTaskRunner(),
                     printer or ReceiptPrinter(None), data_dir=str(tmp),
                     staff=staff, shifts=ShiftService(db, clock=now), clock=now)
    show_window(qtbot, ui.window)
    assert ui.login is not None
    ui.login.start()
    return ui


@pytest.fixture
def spanish(qapp: Any) -> Iterator[Language]:
    """The till in Spanish for one test (its language given), English again after it."""
    yield install(qapp, Language("es", "es_ES"))
    install(qapp, Language("en", "en_US"))
