"""The till window with staff: starts locked, the signed-in cashier's rights apply, F7 menu."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry, Sale
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import show_window, type_keys


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("OMNIPOS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # let pending layout requests run before the picture
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _till(
    qtbot: Any, db: Database, staff: StaffService, clock: FakeClock, tmp_path: Path
) -> tuple[Any, TillUI]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    runner = SyncTaskRunner()
    printer = ReceiptPrinter(None)
    ui = create_till(CheckoutService(db, clock=clock), runner, printer, data_dir=str(tmp_path),
                     staff=staff, shifts=ShiftService(db, clock=clock),
                     clock=clock)
    show_window(qtbot, ui.window)
    assert ui.login is not None
    ui.login.start()
    return ui.sell, ui


def _journal(db: Database) -> list[tuple[str, str]]:
    with db.read() as s:
        return [
            (e.kind, e.actor) for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))
        ]


def test_till_starts_locked_and_acts_as_the_signed_in_cashier(
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    controller, ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    login = ui.login
    assert login is not None and login.locked
    _shot(ui.window, "till_locked")
    qtbot.keyClicks(login.screen.pinpad.field, "2468")
    qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
    assert not login.locked and ui.login.current_actor() == crew.cashier
    view = controller.view
    assert "Cam Cashier" in ui.window.status.cashier_label.text()
    controller.scan("4006381333931")
    controller.scan("96385074")
    view.select_row(0)
    controller.sale_actions.void_selected_line()
    assert ("line.voided", crew.cashier.label) in _journal(store_db)
    _shot(ui.window, "till_signed_in")

    ui.manager.open_menu()
    assert ui.manager.menu is not None and ui.manager.menu.isVisible()
    _shot(ui.manager.menu, "shift_menu")
    ui.manager.menu.no_sale_button.click()
    assert ui.manager.shift is not None and ui.manager.shift.override_dialog is not None
    qtbot.keyClicks(ui.manager.shift.override_dialog.pinpad.field, "9753")
    qtbot.keyClick(ui.manager.shift.override_dialog.pinpad.field, Qt.Key.Key_Return)
    kinds = _journal(store_db)
    assert ("override", crew.manager.label) in kinds and (
        "drawer.no_sale",
        crew.cashier.label,
    ) in kinds

    qtbot.waitUntil(view.scan_field.hasFocus)  # the approval closed: the shell gives it back
    qtbot.keyClick(view.scan_field, Qt.Key.Key_F9)
    assert login.locked and ui.login.current_actor() is None
    assert QApplication.focusWidget() is login.screen.pinpad.field  # the keyboard stays in
    with store_db.read() as s:
        assert s.scalar(select(Sale)) is None


def test_sale_names_the_signed_in_cashier(
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    controller, ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    assert ui.login is not None
    ui.login.on_badge("STAFF-9")
    controller.scan("4006381333931")  # the till's cashier is "osuser"; the badge is Mia's
    controller.checkout.open_payment()
    assert controller.checkout.payment is not None
    controller.checkout.payment.dialog.amount.setText("10.00")
    controller.checkout.payment.take_tender()
    with store_db.read() as s:
        sale = s.scalar(select(Sale))
        assert sale is not None and sale.cashier == crew.manager.label


def test_manager_screen_adds_staff_with_approval(
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    _controller, ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    assert ui.login is not None
    ui.login.submit_pin("2468")  # the cashier
    ui.manager.open_menu()
    assert ui.manager.menu is not None
    ui.manager.menu.staff_button.click()
    d = ui.manager.staff_dialog
    assert d is not None and d.isVisible()
    d.number.setText("12")
    d.name.setText("Nia New")
    d.pin.setText("4826")
    d.pin_again.setText("4827")
    d.ok_button.click()
    assert "differ" in d.error.text()
    d.pin.setText("4826")
    d.pin_again.setText("4826")
    _shot(d, "add_staff")
    d.ok_button.click()
    assert ui.manager.shift is not None and ui.manager.shift.override_dialog is not None
    qtbot.keyClicks(ui.manager.shift.override_dialog.pinpad.field, "9753")
    qtbot.keyClick(ui.manager.shift.override_dialog.pinpad.field, Qt.Key.Key_Return)
    assert not d.isVisible()
    assert staff_svc.login("4826").name == "Nia New"


def _sign_in(qtbot: Any, ui: TillUI, pin: str) -> None:
    assert ui.login is not None and ui.login.locked
    type_keys(qtbot, pin, Qt.Key.Key_Return)  # to the focused PIN field, as a person types


def test_after_a_lock_the_next_person_continues_or_parks_the_sale(
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Issue 14, defect 8: the next person to sign in no longer silently takes the sale."""
    controller, ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    _sign_in(qtbot, ui, "2468")  # Cam rings up a sale, then locks the till
    controller.scan("4006381333931")
    qtbot.keyClick(controller.view.scan_field, Qt.Key.Key_F9)
    _sign_in(qtbot, ui, "9753")  # Mia signs in next
    dialog = controller.handover.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Continue the sale started by Cam Cashier" in dialog.question.text()
    _shot(dialog, "open_sale_handover")
    qtbot.waitUntil(dialog.no_button.hasFocus)
    type_keys(qtbot, Qt.Key.Key_F12)  # park it for Cam
    assert not dialog.isVisible()
    [parked] = controller._svc.parked()
    assert parked.cashier == crew.cashier.label
    qtbot.waitUntil(lambda: controller.view.cart_model.rowCount() == 0)
    qtbot.waitUntil(controller.view.scan_field.hasFocus)  # the shell gives the keyboard back

    controller.scan("96385074")  # Mia's own sale; she locks, and signs in again herself
    type_keys(qtbot, Qt.Key.Key_F9)
    _sign_in(qtbot, ui, "9753")
    assert controller.handover.dialog is dialog  # nothing asked: the sale is hers
    qtbot.waitUntil(controller.view.scan_field.hasFocus)
    type_keys(qtbot, Qt.Key.Key_F9)
    _sign_in(qtbot, ui, "2468")  # Cam now: continues Mia's sale with Enter
    dialog = controller.handover.dialog
    assert dialog is not None and dialog.isVisible() and "Mia Manager" in dialog.question.text()
    qtbot.waitUntil(dialog.no_button.hasFocus)
    type_keys(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible() and controller.view.cart_model.rowCount() == 1
    assert "continue" in controller.view.banner.text
    qtbot.waitUntil(controller.view.scan_field.hasFocus)

    # A sale with a tender taken cannot be parked: the next person is told they continue it.
    type_keys(qtbot, Qt.Key.Key_F12)
    payment = controller.checkout.payment
    qtbot.waitUntil(payment.dialog.amount.hasFocus)
    type_keys(qtbot, Qt.Key.Key_Backspace, "1", Qt.Key.Key_Return, Qt.Key.Key_Escape)
    assert not payment.dialog.isVisible() and payment.payment.paid_minor == 100
    qtbot.waitUntil(controller.view.scan_field.hasFocus)
    type_keys(qtbot, Qt.Key.Key_F9)
    _sign_in(qtbot, ui, "2468")  # the sale is still Mia's
    assert controller.handover.dialog is dialog  # no question this time
    assert "1.00 USD is paid already" in controller.view.banner.text
    assert "continue the sale Mia Manager" in controller.view.banner.text
