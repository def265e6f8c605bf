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
from omnipos.services.staff import StaffService
from omnipos.ui.app import create_till
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.manager.staff_session import StaffUI
from tests.support.staff import Crew, FakeClock


def _shot(widget: Any, name: str) -> None:
    folder = os.environ.get("OMNIPOS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # let pending layout requests run before the picture
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _till(
    qtbot: Any, db: Database, staff: StaffService, clock: FakeClock, tmp_path: Path
) -> tuple[Any, StaffUI]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    runner = SyncTaskRunner()
    printer = ReceiptPrinter(None)
    staff_ui = StaffUI(db, runner, printer=printer, clock=clock, staff=staff)
    svc = staff_ui.checkout(CheckoutService(db, clock=clock))
    controller = create_till(svc, runner, printer, cashier="osuser", data_dir=str(tmp_path))
    view = controller.view
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    staff_ui.attach(view, start_now=True)
    return controller, staff_ui


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
    controller, staff_ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    login = staff_ui.login
    assert login is not None and login.locked
    _shot(login.screen, "till_locked")
    qtbot.keyClicks(login.screen.pinpad.field, "2468")
    qtbot.keyClick(login.screen.pinpad.field, Qt.Key.Key_Return)
    assert not login.locked and staff_ui.actor() == crew.cashier
    view = controller.view
    assert "Cam Cashier" in view.status.cashier_label.text()
    controller.scan("4006381333931")
    controller.scan("96385074")
    view.select_row(0)
    controller.void_selected_line()
    assert ("line.voided", crew.cashier.label) in _journal(store_db)
    _shot(view, "till_signed_in")

    staff_ui.open_menu()
    assert staff_ui.menu is not None and staff_ui.menu.isVisible()
    _shot(staff_ui.menu, "shift_menu")
    staff_ui.menu.no_sale_button.click()
    assert staff_ui.shift is not None and staff_ui.shift.override_dialog is not None
    qtbot.keyClicks(staff_ui.shift.override_dialog.pinpad.field, "9753")
    qtbot.keyClick(staff_ui.shift.override_dialog.pinpad.field, Qt.Key.Key_Return)
    kinds = _journal(store_db)
    assert ("override", crew.manager.label) in kinds and (
        "drawer.no_sale",
        crew.cashier.label,
    ) in kinds

    login.f9.activated.emit()
    assert login.locked and staff_ui.actor() is None
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
    controller, staff_ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    assert staff_ui.login is not None
    staff_ui.login.on_badge("STAFF-9")
    svc = controller._svc
    cart = svc.new_cart()
    svc.scan(cart, "4006381333931")
    pay = svc.start_payment(cart)
    pay.add_cash(1000)
    svc.complete_sale(cart, pay, cashier="osuser")
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
    _controller, staff_ui = _till(qtbot, store_db, staff_svc, clock, tmp_path)
    assert staff_ui.login is not None
    staff_ui.login.submit_pin("2468")  # the cashier
    staff_ui.open_menu()
    assert staff_ui.menu is not None
    staff_ui.menu.staff_button.click()
    d = staff_ui.staff_dialog
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
    assert staff_ui.shift is not None and staff_ui.shift.override_dialog is not None
    qtbot.keyClicks(staff_ui.shift.override_dialog.pinpad.field, "9753")
    qtbot.keyClick(staff_ui.shift.override_dialog.pinpad.field, Qt.Key.Key_Return)
    assert not d.isVisible()
    assert staff_svc.login("4826").name == "Nia New"
