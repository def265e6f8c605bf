"""Device settings from the till (F3), saved per till; the print queue follows at once.
And the status bar at 1280x800: a long data directory never pushes the buttons off."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import select

from omnipos.db.models import JournalEntry
from omnipos.db.settings import get_setting
from omnipos.services.devices import DeviceSettings
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.app import create_till
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from tests.ui.conftest import MILK_UPC, SOAP, FakeQueue, answer_receipt, show_window


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("OMNIPOS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _till(qtbot: Any, db: Any, data_dir: str,
          **staffed: Any) -> tuple[Any, ReceiptPrinter, list[FakeQueue]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    queues: list[FakeQueue] = []

    def factory(uri: str, profile: Any, *, on_update: Any) -> FakeQueue:
        queues.append(FakeQueue(uri, profile, on_update).start())
        return queues[-1]

    runner = SyncTaskRunner()
    printer = ReceiptPrinter(None, queue_factory=factory)
    ui = create_till(CheckoutService(db), runner, printer, data_dir=data_dir,
                     device_settings=DeviceSettings(db), **staffed)
    show_window(qtbot, ui.window)
    ui.sell.view.focus_scan()
    return ui, printer, queues


def test_f3_saves_the_printer_and_the_next_receipt_uses_it(qtbot: Any, db: Any,
                                                           tmp_path: Path) -> None:
    ui, printer, queues = _till(qtbot, db, str(tmp_path))
    ctl = ui.sell
    assert not printer.configured
    qtbot.keyClick(ctl.view.scan_field, Qt.Key.Key_F3)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "deviceSettings"
    _shot(dialog, "polish_devices")
    uri = (tmp_path / "receipts.bin").as_uri()
    dialog.uri_edit.setText(uri)
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    with db.read() as s:
        assert get_setting(s, "printer.uri") == uri
        assert "settings.changed" in [e.kind for e in s.scalars(select(JournalEntry))]
    assert printer.configured and queues[0].uri == uri  # no restart needed
    assert "Receipts now go to" in ctl.view.banner.text
    ctl.scan(SOAP)
    ctl.checkout.open_payment()
    assert ctl.checkout.payment is not None
    ctl.checkout.payment.dialog.amount.returnPressed.emit()
    answer_receipt(qtbot, ctl)  # Enter: a printed receipt
    assert queues[0].submitted, "the receipt went to the printer set in the dialog"


def test_tax_rows_follow_the_cart_without_leftovers(qtbot: Any, db: Any, tmp_path: Path) -> None:
    ui, _printer, _queues = _till(qtbot, db, str(tmp_path))
    ctl = ui.sell
    ctl.scan(SOAP)  # standard
    ctl.scan(MILK_UPC)  # reduced
    totals = ctl.view.totals
    assert sorted(totals.tax_values) == ["reduced", "standard"]
    ctl.view.select_row(0)
    ctl.sale_actions.void_selected_line()
    _shot(ctl.view, "polish_after_void")
    shown = [w.text() for w in totals.findChildren(QLabel) if w.isVisible()]
    assert [t for t in shown if t.startswith("Tax")] == ["Tax reduced 2%"]
    assert list(totals.tax_values) == ["reduced"]
    assert totals.tax_values["reduced"].isVisible()


def test_no_path_on_the_status_bar_and_a_long_store_name_gives_way_to_the_buttons(
        qtbot: Any, db: Any, tmp_path: Path) -> None:
    """Issue 14, a stable screen: no file path or OS user name on the screen. The status bar
    showed "Data: /home/<user>/..."; the data folder is in About now."""
    long_dir = "/home/a-cashier-with-a-long-name/.local/share/omnipos/stores/" + "x" * 120
    ui, _printer, _queues = _till(qtbot, db, long_dir, staff=StaffService(db),
                                  shifts=ShiftService(db))
    assert ui.login is not None
    ui.login.start()
    status = ui.window.status
    long_name = "S1 " + "The Corner Shop on the Long High Street " * 4
    status.set_identity(store=long_name, till="T01", cashier="Casey Cashier (#1)")
    QApplication.processEvents()
    _shot(ui.window, "polish_status_bar")
    shown = " ".join(label.text() for label in status.findChildren(QLabel))
    assert "a-cashier-with-a-long-name" not in shown and ".local" not in shown
    button = status.findChild(QPushButton, "shiftMenuButton")
    assert button is not None
    right = button.mapTo(status, button.rect().topRight()).x()
    assert right <= status.width()
    assert button.width() >= button.sizeHint().width()  # not squeezed
    label = status.store_label
    assert "…" in label.text() and label.full_text.endswith("Street ")
    assert status.cashier_label.text() == "Cashier: Casey Cashier (#1)"  # never shortened
    assert button.height() <= 44  # a bar-sized button, not a 56 px touch button
    status.set_identity(store="DEMO OmniPOS Demo Store", till="T01", cashier="Casey")
    QApplication.processEvents()
    assert label.text() == "Store: DEMO OmniPOS Demo Store"  # a name that fits is whole


def test_f3_shows_the_printer_in_use_and_test_print_uses_it(qtbot: Any, db: Any,
                                                            tmp_path: Path) -> None:
    """Issue 14, defect 10: the till printed to a printer from --printer (or the demo's
    file) while F3 showed an empty address, and Test print said "Device address '' is not
    valid"."""
    ui, printer, _queues = _till(qtbot, db, str(tmp_path))
    in_use = (tmp_path / "receipts.escpos").as_uri()
    printer.reconfigure(in_use, None)  # what --printer or the demo's receipt file set up
    with db.read() as s:
        assert get_setting(s, "printer.uri") is None  # not a setting of the till
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F3)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "deviceSettings"
    assert dialog.uri_edit.text() == in_use
    dialog.test_print_button.click()  # the test runner prints at once
    assert dialog.error.text() == ""
    assert "Test page sent" in dialog.printer_status.text()
    assert (tmp_path / "receipts.escpos").stat().st_size > 0


def test_f3_open_drawer_is_a_journalled_no_sale(
    qtbot: Any, store_db: Any, staff_svc: StaffService, crew: Any, clock: Any,
    fake_printer: Any, tmp_path: Path,
) -> None:
    """Issue 15, point 1: Devices (F3) opens the drawer through the no-sale of F7.

    A cashier's press asks for a manager first and sends no pulse until one
    approves; then the journal holds the override and the no-sale with both
    names. A manager's press needs no approval, and is journalled too.
    """
    from omnipos.db.settings import set_setting
    from omnipos.devices.decode import decode_escpos

    with store_db.transaction() as s:
        set_setting(s, "printer.uri", fake_printer.uri)
    ui, _printer, _queues = _till(qtbot, store_db, str(tmp_path), staff=staff_svc,
                                  shifts=ShiftService(store_db, clock=clock), clock=clock)
    login = ui.login
    assert login is not None
    login.start()

    def sign_in(pin: str) -> None:
        qtbot.keyClicks(login.screen.pinpad.field, pin)
        qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
        assert not login.locked

    def no_sales() -> list[tuple[str, str, str]]:
        with store_db.read() as s:
            return [(e.kind, e.actor, e.payload.get("approved_by", ""))
                    for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
                    if e.kind in ("override", "drawer.no_sale")]

    sign_in("2468")
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F3)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "deviceSettings"
    qtbot.waitUntil(lambda: dialog.uri_edit.text() == fake_printer.uri)
    dialog.drawer_button.click()
    approval = ui.approvals.dialog if ui.approvals else None
    assert approval is not None and approval.isVisible(), "a manager is asked first"
    assert "open the drawer without a sale" in approval.heading.text()
    _shot(ui.window, "f3_drawer_asks_a_manager")
    assert no_sales() == [] and fake_printer.jobs == []
    qtbot.keyClicks(approval.pinpad.field, "9753")
    qtbot.keyClick(approval.pinpad.field, Qt.Key.Key_Return)
    jobs = fake_printer.wait_jobs(1)
    assert decode_escpos(jobs[0]) == ["[DRAWER pin2]"]
    assert no_sales() == [("override", crew.manager.label, crew.manager.label),
                          ("drawer.no_sale", crew.cashier.label, crew.manager.label)]
    assert "journalled" in dialog.printer_status.text()
    dialog.reject()

    login.lock()
    sign_in("9753")
    qtbot.keyClick(ui.sell.view.scan_field, Qt.Key.Key_F3)
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "deviceSettings"
    qtbot.waitUntil(lambda: dialog.uri_edit.text() == fake_printer.uri)
    dialog.drawer_button.click()
    assert decode_escpos(fake_printer.wait_jobs(2)[1]) == ["[DRAWER pin2]"]
    assert no_sales()[-1] == ("drawer.no_sale", crew.manager.label, "")
