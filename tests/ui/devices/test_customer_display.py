"""The customer display: the second window and a pole display follow the sale; F3 sets them."""

from __future__ import annotations

import os
import select
import time
import tty
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from omnipos.devices.pole_display import DisplayProtocol, display_bytes
from omnipos.services.devices import DeviceSettings, DisplayWindow
from omnipos.services.selling import CheckoutService
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.customer_display import CustomerDisplays
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from tests.ui.conftest import SOAP, answer_receipt, show_window, type_keys


@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    if not hasattr(os, "openpty"):
        pytest.skip("needs a POSIX pty")
    master, slave = os.openpty()
    tty.setraw(slave)
    tty.setraw(master)
    yield master, os.ttyname(slave)
    os.close(slave)
    os.close(master)


def _drain(master: int, until: bytes, timeout: float = 5.0) -> bytes:
    """What the display received, up to and including the frame ending ``until``."""
    data = b""
    deadline = time.monotonic() + timeout
    while until not in data:
        ready, _, _ = select.select([master], [], [], max(deadline - time.monotonic(), 0))
        if not ready:
            break
        data += os.read(master, 4096)
    return data


def _till(qtbot: Any, db: Any, tmp_path: Path, displays: CustomerDisplays) -> Any:
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), displays=displays,
                     device_settings=DeviceSettings(db))
    show_window(qtbot, ui.window)
    ui.sell.view.focus_scan()
    return ui


def _pay_cash(qtbot: Any, ui: Any, tendered: str) -> None:
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F12)
    ctl = ui.sell.checkout.payment
    qtbot.waitUntil(ctl.dialog.amount.hasFocus)
    ctl.dialog.amount.setText(tendered)
    with qtbot.waitSignal(ui.sell.sale_completed):
        qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    step = ui.sell.checkout.receipt  # the receipt choice has the till's keys, not the window
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible())


def test_the_pole_shows_the_last_line_the_total_and_the_change(qtbot: Any, db: Any,
                                                              tmp_path: Path, pty_pair) -> None:
    master, path = pty_pair
    displays = CustomerDisplays(SyncTaskRunner(), "USD", "Welcome to Corner Store")
    displays.configure(f"serial://{path}?baudrate=9600", "cd5220", DisplayWindow.OFF)
    welcome = display_bytes(DisplayProtocol.CD5220, "Welcome to Corner St", "")
    assert welcome in _drain(master, welcome)
    ui = _till(qtbot, db, tmp_path, displays)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    first = display_bytes(DisplayProtocol.CD5220, "Lavender soap b 3.99", "TOTAL           4.32")
    assert first in _drain(master, first)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    second = display_bytes(DisplayProtocol.CD5220, "2 x Lavender so 7.98", "TOTAL           8.64")
    assert second in _drain(master, second)
    _pay_cash(qtbot, ui, "10.00")
    paid = display_bytes(DisplayProtocol.CD5220, "TOTAL           8.64", "CHANGE          1.36")
    assert paid in _drain(master, paid)
    answer_receipt(qtbot, ui.sell, "n")  # the receipt chosen: welcome the next customer
    welcome = display_bytes(DisplayProtocol.CD5220, "Welcome to Corner St", "")
    assert welcome in _drain(master, welcome)
    assert displays.window is None


def test_a_display_that_does_not_answer_says_so_once(qtbot: Any, db: Any,
                                                     tmp_path: Path) -> None:
    displays = CustomerDisplays(SyncTaskRunner(), "USD", "Welcome")
    problems: list[str] = []
    displays.problem.connect(problems.append)
    displays.configure("serial:///dev/omnipos-no-such-tty", "dmd", DisplayWindow.OFF)
    ui = _till(qtbot, db, tmp_path, displays)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    assert len(problems) == 1 and "not answering" in problems[0]
    assert ui.sell.view.cart_model.rowCount() == 1  # the sale goes on


def test_the_window_on_a_second_screen_shows_lines_total_and_change(qtbot: Any, db: Any,
                                                                   tmp_path: Path) -> None:
    primary = QGuiApplication.primaryScreen()
    displays = CustomerDisplays(SyncTaskRunner(), "USD", "Welcome to Corner Store",
                                screens=lambda: [primary, primary])
    displays.configure("", "dmd", DisplayWindow.AUTO)
    window = displays.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(window.isVisible)
    assert window.heading.text() == "Welcome to Corner Store"
    ui = _till(qtbot, db, tmp_path, displays)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1 and window.total.text() == "4.32"
    assert ui.window.isActiveWindow() and ui.sell.view.scan_field.hasFocus()  # never its keys
    _pay_cash(qtbot, ui, "5.00")
    assert window.heading.text() == "Thank you"  # while the receipt is chosen
    assert window.note.text() == "Paid 5.00   Change 0.68"
    answer_receipt(qtbot, ui.sell, "n")
    assert window.heading.text() == "Welcome to Corner Store" and window.note.text() == ""
    qtbot.waitUntil(ui.sell.view.scan_field.hasFocus)
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)  # the next customer's sale
    assert window.note.text() == "" and window.total.text() == "4.32"


def test_one_screen_shows_no_window_unless_asked(qtbot: Any) -> None:
    displays = CustomerDisplays(SyncTaskRunner(), "USD", "Welcome",
                                screens=lambda: [QGuiApplication.primaryScreen()])
    displays.configure("", "dmd", DisplayWindow.AUTO)
    assert displays.window is None
    displays.configure("", "dmd", DisplayWindow.ON)
    assert displays.window is not None
    qtbot.addWidget(displays.window)
    displays.configure("", "dmd", DisplayWindow.OFF)
    assert displays.window is None


def test_f3_sets_the_display_and_the_till_follows(qtbot: Any, db: Any, tmp_path: Path,
                                                 pty_pair) -> None:
    master, path = pty_pair
    displays = CustomerDisplays(SyncTaskRunner(), "USD", "Welcome")
    displays.configure("", "dmd", DisplayWindow.OFF)
    ui = _till(qtbot, db, tmp_path, displays)
    ctl = ui.devices.open(ui.window)
    view = ctl.view
    view.display_uri_edit.setText("tcp://10.0.0.5:9100")
    view.buttons.accepted.emit()
    assert "serial" in view.error.text() and view.isVisible()  # not saved
    view.display_uri_edit.setText(f"serial://{path}")
    view.display_protocol_combo.setCurrentIndex(view.display_protocol_combo.findData("dmd"))
    view.test_display_button.click()
    test = display_bytes(DisplayProtocol.DMD, "Corner Store", "Display test  12.34")
    assert test in _drain(master, test)
    view.buttons.accepted.emit()
    assert not view.isVisible()
    assert DeviceSettings(db).at_startup().display_uri == f"serial://{path}"
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    frame = display_bytes(DisplayProtocol.DMD, "Lavender soap b 3.99", "TOTAL           4.32")
    assert frame in _drain(master, frame)
