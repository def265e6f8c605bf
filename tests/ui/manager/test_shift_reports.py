"""Issue 14, defect 9: the Z report as it prints and the X/Z report on a 1280x800 screen.

The printed Z left out paid in, paid out and who closed the shift, and printed tax
without its rate; the on-screen report was taller than 800 px and hid its Close button.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from omnipos.db.engine import Database
from omnipos.devices.decode import decode_escpos
from omnipos.devices.profiles import get_profile
from omnipos.devices.templates import render
from omnipos.domain.shifts import CashCount
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.ui.manager.shift_controller import to_document
from tests.support.staff import Crew, FakeClock
from tests.ui.conftest import staffed_till, type_keys


def _a_shift_with_cash_moves(db: Database, crew: Crew, clock: FakeClock) -> ShiftService:
    shifts = ShiftService(db, clock=clock)
    shifts.open(CashCount("USD", {1000: 5}), actor=crew.cashier)
    checkout = CheckoutService(db, clock=clock)
    cart = checkout.new_cart()
    checkout.scan(cart, "4006381333931")  # soap 3.99, standard tax 8.25 %
    checkout.scan(cart, "036000291452")  # milk 1.29, reduced tax 2 %
    pay = checkout.start_payment(cart)
    pay.add_cash(pay.cash_due_minor)
    checkout.complete_sale(cart, pay, actor=crew.cashier)
    shifts.pay_in(2000, "change from the bank", actor=crew.manager)
    shifts.pay_out(750, "window cleaner", actor=crew.manager)
    shifts.safe_drop(1500, actor=crew.manager)
    return shifts


def test_the_printed_z_names_cash_moves_the_cashier_and_tax_rates(
        store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock) -> None:
    shifts = _a_shift_with_cash_moves(store_db, crew, clock)
    closed = shifts.close(CashCount("USD", {1000: 5, 100: 23, 25: 1}), actor=crew.manager,
                          approvals=[])
    document = to_document(closed.report, "Corner Store", shifts.store.policy.rates)
    text = "\n".join(decode_escpos(render(document, get_profile(None))))
    assert "Z REPORT" in text
    for words in ("Paid in", "20.00", "Paid out", "-7.50", "Safe drops", "-15.00",
                  "Cashier", "Cam Cashier", "Closed by", "Mia Manager",
                  "standard 8.25% on 3.99", "reduced 2% on 1.29"):
        assert words in text, words


def test_the_report_on_screen_fits_800_px_with_its_close_button(
        qtbot: Any, store_db: Database, staff_svc: StaffService, crew: Crew, clock: FakeClock,
        tmp_path: Path) -> None:
    _a_shift_with_cash_moves(store_db, crew, clock)
    ui = staffed_till(qtbot, store_db, staff_svc, clock, tmp_path)
    type_keys(qtbot, "9753", "\r")
    ui.manager.shift.show_x_report()
    view = ui.manager.shift.report_view
    assert view is not None and view.isVisible()
    QApplication.processEvents()
    screen = QApplication.primaryScreen().geometry()
    top = view.mapToGlobal(QPoint(0, 0)).y()
    assert view.frameGeometry().height() <= 800
    button = view.close_button
    bottom = button.mapToGlobal(QPoint(0, button.height())).y()
    assert button.isVisible() and 0 <= top and bottom <= min(800, screen.height())
