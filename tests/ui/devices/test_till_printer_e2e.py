"""The issue's "done when", end to end through the real till window.

A till points at a tcp:// printer on loopback: a wedge scan and a cash sale
print a receipt and kick the drawer; with the printer gone the till keeps
selling and shows the problem; with it back, Reprint prints a COPY.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from omnipos.devices.decode import decode_escpos
from omnipos.devices.printing import PrintQueue
from omnipos.devices.wedge import WedgeDetector
from omnipos.services.selling import CheckoutService
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.shell.scanning import ScanRouter, install_scan_filter
from tests.conftest import make_store
from tests.devices.fakes import FakeTcpPrinter
from tests.ui.conftest import answer_receipt

SOAP = "4006381333931"


def _queue(uri: str, profile: Any, *, on_update: Any) -> PrintQueue:
    return PrintQueue(uri, profile, on_update=on_update, retry_delays=(0.01,))


@pytest.fixture
def till(qtbot, tmp_path: Path):
    db = make_store(tmp_path / "till.sqlite3")
    printer_box: dict[str, Any] = {"fake": FakeTcpPrinter().start()}
    printer = ReceiptPrinter(printer_box["fake"].uri, "tm-t88", queue_factory=_queue)
    router = ScanRouter()
    app = QApplication.instance()
    scan_filter = install_scan_filter(app, router, WedgeDetector(max_gap=0.5))
    ui = create_till(CheckoutService(db), SyncTaskRunner(), printer, data_dir=str(tmp_path),
                     scanner=router)
    controller, view = ui.sell, ui.sell.view
    qtbot.addWidget(ui.window)
    ui.window.resize(1280, 800)
    ui.window.show()
    qtbot.waitExposed(ui.window)
    ui.window.activateWindow()
    view.focus_scan()
    qtbot.waitUntil(view.scan_field.hasFocus)
    yield controller, printer_box
    app.removeEventFilter(scan_filter)
    printer.stop()
    printer_box["fake"].stop()
    db.close()


def _pay_cash(qtbot, controller) -> Any:
    window = controller.view.window()
    window.activateWindow()  # offscreen: the closed payment dialog left none active
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(controller.view.scan_field, Qt.Key.Key_F12)
    dialog = controller.checkout.payment.dialog
    qtbot.waitUntil(dialog.amount.hasFocus)
    with qtbot.waitSignal(controller.sale_completed) as blocker:
        qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    answer_receipt(qtbot, controller)  # Enter: a printed receipt
    return blocker.args[0]


def _wedge_scan(qtbot, controller, code: str) -> None:
    """Keys as fast as a scanner types them, into whatever has focus."""
    field = controller.view.scan_field
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == ""  # the scan never landed as text


def test_sell_print_printer_gone_keep_selling_reprint(qtbot, till) -> None:
    controller, box = till
    _wedge_scan(qtbot, controller, SOAP)
    qtbot.waitUntil(lambda: not controller.cart_view.is_empty)
    first = _pay_cash(qtbot, controller)
    drawer, receipt = box["fake"].wait_jobs(2)
    assert decode_escpos(drawer) == ["[DRAWER pin2]"]
    assert f"[CODE128 {first.receipt_no}]" in decode_escpos(receipt, "TM-T88V")

    port = box["fake"].port
    box["fake"].stop()
    _wedge_scan(qtbot, controller, SOAP)
    qtbot.waitUntil(lambda: not controller.cart_view.is_empty)
    second = _pay_cash(qtbot, controller)  # the sale completes without a printer
    assert second.receipt_no != first.receipt_no
    qtbot.waitUntil(lambda: "did not print" in controller.view.banner.text
                    or "did not open" in controller.view.banner.text, timeout=10000)

    box["fake"] = FakeTcpPrinter(port=port).start()
    controller.view.reprint_button.click()
    # The queue may still be retrying the second receipt: it can arrive before the copy.
    jobs = box["fake"].wait_jobs(1)
    copies = [j for j in jobs if "*** COPY ***" in decode_escpos(j, "TM-T88V")]
    if not copies:
        jobs = box["fake"].wait_jobs(2)
        copies = [j for j in jobs if "*** COPY ***" in decode_escpos(j, "TM-T88V")]
    assert len(copies) == 1, [decode_escpos(j, "TM-T88V") for j in jobs]
    lines = decode_escpos(copies[0], "TM-T88V")
    assert lines.count("*** COPY ***") == 2
    assert f"[CODE128 {second.receipt_no}]" in lines
