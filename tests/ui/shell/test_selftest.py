"""``omnipos --self-test``'s driver: window shown, one scan adds a line, the window closes."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from omnipos.db.settings import set_setting
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import AUTO_SHIFT_SETTING
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.selftest import SelfTest
from omnipos.ui.shell.scanning import ScanRouter
from tests.ui.conftest import SOAP


@pytest.fixture(autouse=True)
def _app_outlives_the_window(qapp: QApplication) -> Any:
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def _till(qtbot: Any, db: Any, tmp_path: Path) -> tuple[Any, ScanRouter]:
    scanner = ScanRouter()
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), scanner=scanner)
    qtbot.addWidget(ui.window)
    return ui, scanner


def test_self_test_scans_one_item_and_closes(qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, scanner = _till(qtbot, db, tmp_path)
    out = io.StringIO()
    test = SelfTest(ui.window, ui.sell, scanner, SOAP, out=out)
    test.start()
    ui.window.show()
    qtbot.waitUntil(lambda: "window closed" in out.getvalue(), timeout=10_000)
    lines = out.getvalue().splitlines()
    assert [line.split(" (")[0] for line in lines] == [
        "self-test: main window shown",
        f"self-test: scan {SOAP} added a line: Lavender soap bar",
        "self-test: window closed",
    ]
    assert test.failed is None and not ui.window.isVisible()


def test_a_scan_that_adds_nothing_fails_the_self_test(qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, scanner = _till(qtbot, db, tmp_path)
    out = io.StringIO()
    exits: list[int] = []
    test = SelfTest(ui.window, ui.sell, scanner, "1234567890128", timeout_s=0.5, out=out,
                    exit=exits.append)
    test.start()
    ui.window.show()
    qtbot.waitUntil(lambda: test.failed is not None, timeout=10_000)
    assert test.failed == "timed out: wait for line"
    assert "self-test: FAILED: timed out: wait for line" in out.getvalue()
    assert exits == [1] and ui.window.isVisible()  # nothing pretended to finish


def test_a_till_that_opens_locked_is_signed_in_with_the_pin_given(
        qtbot: Any, store_db: Any, staff_svc: Any, crew: Any, tmp_path: Path) -> None:
    scanner = ScanRouter()
    ui = create_till(CheckoutService(store_db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), scanner=scanner, staff=staff_svc)
    qtbot.addWidget(ui.window)
    assert ui.login is not None and ui.login.required
    with store_db.transaction() as s:  # the first sale opens a shift by itself
        set_setting(s, AUTO_SHIFT_SETTING, True)
    out = io.StringIO()
    test = SelfTest(ui.window, ui.sell, scanner, SOAP, login=ui.login, pin="2468", out=out)
    test.start()
    ui.window.show()
    ui.login.start()  # as run_gui does: the store has staff, so the till locks
    qtbot.waitUntil(lambda: "window closed" in out.getvalue(), timeout=10_000)
    assert [line.split(" (")[0] for line in out.getvalue().splitlines()] == [
        "self-test: main window shown",
        "self-test: signed in as Cam Cashier",  # (#1) and the time are cut off
        f"self-test: scan {SOAP} added a line: Lavender soap bar",
        "self-test: window closed",
    ]
    assert test.failed is None


def test_a_locked_till_without_a_pin_fails_at_once(
        qtbot: Any, store_db: Any, staff_svc: Any, crew: Any, tmp_path: Path) -> None:
    scanner = ScanRouter()
    ui = create_till(CheckoutService(store_db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), scanner=scanner, staff=staff_svc)
    qtbot.addWidget(ui.window)
    exits: list[int] = []
    test = SelfTest(ui.window, ui.sell, scanner, SOAP, login=ui.login, out=io.StringIO(),
                    exit=exits.append)
    test.start()
    ui.window.show()
    qtbot.waitUntil(lambda: test.failed is not None, timeout=10_000)
    assert test.failed == "the till opens locked (the store has staff) and no PIN was given"
    assert exits == [1]
