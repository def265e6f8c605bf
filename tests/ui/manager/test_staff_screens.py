"""Lock screen, manager approval and shift dialogs, driven like a cashier would.

Each screen is also saved as a PNG under $OMNIPOS_SHOTS (if set) for a look.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from omnipos.db.engine import Database
from omnipos.db.settings import set_setting
from omnipos.domain.permissions import Role
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import OVER_SHORT_SETTING, ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.style import load_style
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.manager.shift_controller import ShiftController
from omnipos.ui.shell.main_window import MainWindow
from omnipos.ui.shell.signin import LoginController
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import show_window


def _shot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("OMNIPOS_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # let pending layout requests run before the picture
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyleSheet(load_style())
    return show_window(qtbot, MainWindow())


def _type_pin(pad: Any, qtbot: Any, pin: str) -> None:
    qtbot.keyClicks(pad.field, pin)
    qtbot.keyClick(pad.field, Qt.Key.Key_Return)


def test_lock_screen_pin_badge_f9_and_idle(
    window: MainWindow, qtbot: Any, staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    login = LoginController(
        staff_svc,
        SyncTaskRunner(),
        window,
        "S001 Corner Store · Till T01",
        clock=clock,
        idle_seconds=120,
    )
    login.start()
    assert login.locked and login.actor is None
    _type_pin(login.screen.pinpad, qtbot, "1357")
    assert "Wrong PIN" in login.screen.error.text() and login.locked
    assert login.screen.pinpad.field.text() == ""  # the PIN does not stay in the field
    _shot(login.screen, "lock_screen_error")
    for key in "2468":
        login.screen.pinpad.keys[key].click()
    login.screen.pinpad.keys["OK"].click()
    assert not login.locked and login.actor is not None and login.actor.role is Role.CASHIER
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert login.locked and login.actor is None
    qtbot.keyClick(login.screen, Qt.Key.Key_Escape)  # Esc does not unlock
    assert login.locked
    login.on_badge("STAFF-9")
    assert login.actor == crew.manager and not login.locked
    clock.advance(seconds=119)
    login.idle.check()
    assert not login.locked
    clock.advance(seconds=2)
    login.idle.check()
    assert login.locked


def test_store_without_staff_never_locks(
    window: MainWindow, qtbot: Any, store_db: Database, clock: FakeClock
) -> None:
    login = LoginController(
        StaffService(store_db, clock=clock),
        SyncTaskRunner(),
        window,
        "S001",
        clock=clock,
        idle_seconds=1,
    )
    login.start()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert not login.locked and login.actor is None


def _shift_controller(
    window: MainWindow,
    store_db: Database,
    staff_svc: StaffService,
    clock: FakeClock,
    who: dict[str, Any],
) -> tuple[ShiftController, list[str], list[Any]]:
    opened: list[str] = []
    printed: list[Any] = []
    runner = SyncTaskRunner()
    ctl = ShiftController(
        ShiftService(store_db, clock=clock),
        Approvals(staff_svc, runner, lambda: who["actor"], window),
        runner,
        lambda: who["actor"],
        window,
        print_document=printed.append,
        open_drawer=lambda: opened.append("drawer"),
    )
    return ctl, opened, printed


def test_cashier_no_sale_asks_for_manager_pin(
    window: MainWindow,
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
) -> None:
    who = {"actor": crew.cashier}
    ctl, opened, _ = _shift_controller(window, store_db, staff_svc, clock, who)
    ctl.no_sale()
    dialog = ctl.override_dialog
    assert dialog is not None and dialog.isVisible() and not opened
    _shot(dialog, "override_dialog")
    _type_pin(dialog.pinpad, qtbot, "2468")  # the cashier's own PIN is no approval
    assert dialog.isVisible() and dialog.error.text()
    _type_pin(dialog.pinpad, qtbot, "9753")
    assert not dialog.isVisible() and opened == ["drawer"]


def test_open_sell_close_short_with_manager_and_z(
    window: MainWindow,
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
) -> None:
    with store_db.transaction() as s:
        set_setting(s, OVER_SHORT_SETTING, 100)
    who = {"actor": crew.cashier}
    ctl, _, printed = _shift_controller(window, store_db, staff_svc, clock, who)
    ctl.open_shift()
    assert ctl.open_dialog is not None
    ctl.open_dialog.counter.set_counts({2000: 2, 1000: 4, 500: 2, 100: 10, 25: 20})
    _shot(ctl.open_dialog, "open_shift")
    ctl.open_dialog.ok_button.click()
    assert not ctl.open_dialog.isVisible() and ctl._shifts.current() is not None
    co = CheckoutService(store_db, clock=clock)
    cart = co.new_cart()
    co.scan(cart, "4006381333931")
    pay = co.start_payment(cart)
    pay.add_cash(500)
    co.complete_sale(cart, pay, actor=crew.cashier)

    ctl.show_x_report()
    assert ctl.report_view is not None and "X REPORT" in ctl.report_view.text.toPlainText()
    _shot(ctl.report_view, "x_report")
    ctl.report_view.accept()

    ctl.close_shift()
    dialog = ctl.close_dialog
    assert dialog is not None
    _shot(dialog, "close_shift_blind")
    assert "Expected" not in dialog.result_label.text()  # blind: nothing shown before the count
    dialog.counter.set_counts(
        {2000: 2, 1000: 4, 500: 2, 100: 10}
    )  # 5.00 in quarters + sale missing
    dialog.ok_button.click()
    assert "Expected" in dialog.result_label.text() and dialog.approve_button.isVisible()
    _shot(dialog, "close_shift_short")
    dialog.approve_button.click()
    assert ctl.override_dialog is not None and ctl.override_dialog.isVisible()
    _type_pin(ctl.override_dialog.pinpad, qtbot, "9753")
    assert not dialog.isVisible() and ctl._shifts.current() is None
    assert ctl.report_view is not None and "Z REPORT" in ctl.report_view.text.toPlainText()
    assert "Approved by Mia Manager (#9)" in ctl.report_view.text.toPlainText()
    _shot(ctl.report_view, "z_report")
    ctl.report_view.print_button.click()
    assert printed and printed[0].kind == "Z"


def test_cash_movement_dialog(
    window: MainWindow,
    qtbot: Any,
    store_db: Database,
    staff_svc: StaffService,
    crew: Crew,
    clock: FakeClock,
) -> None:
    who = {"actor": crew.cashier}
    ctl, opened, _ = _shift_controller(window, store_db, staff_svc, clock, who)
    ctl._shifts.open(
        __import__("omnipos.domain.shifts", fromlist=["CashCount"]).CashCount("USD", {1000: 5}),
        actor=crew.cashier,
    )
    ctl.cash_in_out()
    d = ctl.cash_dialog
    assert d is not None
    d.amount.setText("12.345")
    d.ok_button.click()
    assert "decimals" in d.error.text()
    d.amount.setText("12.50")
    d.reason.setText("window cleaner")
    _shot(d, "cash_in_out")
    d.ok_button.click()
    assert ctl.override_dialog is not None
    _type_pin(ctl.override_dialog.pinpad, qtbot, "9753")
    assert opened == ["drawer"]


def test_z_document_prints_through_the_receipt_templates(
    store_db: Database, crew: Crew, clock: FakeClock
) -> None:
    from omnipos.devices.decode import decode_escpos
    from omnipos.devices.profiles import get_profile
    from omnipos.devices.templates import render
    from omnipos.domain.shifts import CashCount
    from omnipos.ui.manager.shift_controller import to_document

    shifts = ShiftService(store_db, clock=clock)
    shifts.open(CashCount("USD", {1000: 5}), actor=crew.cashier)
    co = CheckoutService(store_db, clock=clock)
    cart = co.new_cart()
    co.scan(cart, "4006381333931")
    pay = co.start_payment(cart)
    pay.add_cash(432)
    co.complete_sale(cart, pay)
    closed = shifts.close(
        CashCount("USD", {1000: 5, 100: 4, 25: 1, 5: 1, 1: 2}), actor=crew.cashier
    )
    text = "\n".join(
        decode_escpos(render(to_document(closed.report, "Corner Store"), get_profile(None)))
    )
    assert "Z REPORT" in text and "SHIFT CLOSED" in text
    assert "standard on 3.99" in text and "54.32" in text


def test_locked_pin_pad_still_takes_number_and_pin(
    window: MainWindow, qtbot: Any, staff_svc: StaffService, crew: Crew, clock: FakeClock
) -> None:
    login = LoginController(
        staff_svc, SyncTaskRunner(), window, "S001", clock=clock, idle_seconds=0
    )
    login.start()
    for _ in range(5):
        _type_pin(login.screen.pinpad, qtbot, "1357")
    _type_pin(login.screen.pinpad, qtbot, "2468")
    assert login.locked and "locked out" in login.screen.error.text()
    login.screen.number.setText("1")
    _shot(login.screen, "lock_screen_number")
    _type_pin(login.screen.pinpad, qtbot, "2468")
    assert not login.locked and login.actor == crew.cashier
