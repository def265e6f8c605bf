"""``omnipos --self-test``'s driver: window shown, one scan adds a line, the window closes."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from omnipos.services.selling import CheckoutService
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
