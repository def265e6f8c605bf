"""F12 payment: cash with Enter, change, card, split, and what the database holds afterwards."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from sqlalchemy import select

from omnipos.db.models import Sale
from omnipos.devices.printing import JobStatus, JobUpdate, PrinterState
from omnipos.ui.selling.payment_controller import quick_cash_amounts
from tests.ui.conftest import BREAD, SOAP, answer_receipt, type_keys
from tests.ui.selling.test_scan import scan


def sales(db) -> list[SimpleNamespace]:
    """The stored sales as plain values (ORM rows expire when the session ends)."""
    with db.read() as s:
        return [
            SimpleNamespace(
                receipt_no=sale.receipt_no, total_minor=sale.total_minor, cashier=sale.cashier,
                change_minor=sale.change_minor,
                tenders=[SimpleNamespace(kind=t.kind, amount_minor=t.amount_minor,
                                         card_last4=t.card_last4) for t in sale.tenders],
            )
            for sale in s.scalars(select(Sale).order_by(Sale.receipt_seq))
        ]


def open_payment(qtbot, till):
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F12)
    ctl = till.controller.checkout.payment
    assert ctl is not None and ctl.dialog.isVisible()
    qtbot.waitUntil(ctl.dialog.amount.hasFocus)  # the dialog is active: its keys work
    return ctl


def test_f12_then_enter_completes_a_cash_sale(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    assert ctl.dialog.amount.text() == "4.32"  # starts at the amount due
    qtbot.waitUntil(ctl.dialog.amount.hasFocus)
    with qtbot.waitSignal(till.controller.sale_completed) as blocker:
        qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    done = blocker.args[0]
    assert not ctl.dialog.isVisible()
    [sale] = sales(till.db)
    assert sale.receipt_no == done.receipt_no == "S001-T01-000001"
    assert sale.total_minor == 432 and sale.cashier == "Till T01"  # no staff: the till sells
    assert [t.kind for t in sale.tenders] == ["cash"]
    assert till.queue.drawers == 1  # cash: the drawer opens with the commit
    answer_receipt(qtbot, till.controller)  # Enter: the store's default, print
    # The receipt went to the print queue after the commit (the drawer is open already).
    [(receipt, kick)] = till.queue.submitted
    assert receipt.receipt_no == done.receipt_no and kick is False
    assert "done" in till.view.banner.text
    qtbot.waitUntil(till.view.scan_field.hasFocus)
    assert till.controller.cart_view.is_empty


def test_cash_tendered_shows_change_due(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    ctl.dialog.amount.setText("20")
    qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    assert till.view.totals.change.text() == "15.68"
    assert till.view.totals.paid.text() == "20.00"
    assert sales(till.db)[0].change_minor == 1568
    # The finished sale stays on screen while the customer chooses a receipt, then the
    # screen is clean for the next one.
    assert till.view.cart_model.rowCount() == 1
    answer_receipt(qtbot, till.controller, "n")
    assert "Change due 15.68 USD" in till.view.banner.text
    assert till.view.cart_model.rowCount() == 0
    assert till.view.totals.change.text() == "0.00"
    scan(qtbot, till, BREAD)
    assert till.view.cart_model.rowCount() == 1


def test_change_shows_while_cash_is_typed(qtbot, till) -> None:
    """Issue 14, the end of a sale: the change is there while the cashier types the cash."""
    scan(qtbot, till, SOAP)  # 4.32
    ctl = open_payment(qtbot, till)
    type_keys(qtbot, Qt.Key.Key_Backspace, "5")
    assert ctl.dialog.change.text() == "Change  0.68 USD"
    type_keys(qtbot, "0")  # 50
    assert ctl.dialog.change.text() == "Change  45.68 USD"
    type_keys(qtbot, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, "4")  # less than due: none
    assert ctl.dialog.change.text() == ""
    type_keys(qtbot, Qt.Key.Key_Backspace, "4,x")  # not an amount: no change shown
    assert ctl.dialog.change.text() == ""
    ctl.dialog.card_button.click()  # a card gives no change
    ctl.dialog.amount.setText("50")
    assert ctl.dialog.change.text() == ""


def test_quick_buttons_offer_next_round_amounts(qtbot, till) -> None:
    assert quick_cash_amounts(432, "USD") == [432, 500, 1000, 2000, 5000]
    assert quick_cash_amounts(1000, "USD")[:2] == [1000, 2000]
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    labels = [b.text() for b in ctl.dialog.quick_buttons if b.isVisible()]
    assert labels == ["4.32", "5.00", "10.00", "20.00", "50.00"]
    with qtbot.waitSignal(till.controller.sale_completed):
        qtbot.mouseClick(ctl.dialog.quick_buttons[2], Qt.MouseButton.LeftButton)
    assert sales(till.db)[0].change_minor == 1000 - 432


def test_split_card_then_cash(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)  # 3.99 + 0.33 + 4.50 + 0.09 = 8.91
    ctl = open_payment(qtbot, till)
    d = ctl.dialog
    qtbot.keyClick(d, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: card
    assert ctl.card_mode and d.approval.isVisible()
    d.amount.setText("5.00")
    qtbot.keyClick(d.amount, Qt.Key.Key_Return)
    assert d.approval.hasFocus()  # Enter walks to the approval code
    qtbot.keyClicks(d.approval, "AB12C")
    qtbot.keyClick(d.approval, Qt.Key.Key_Return)
    qtbot.keyClicks(d.last4, "4242")
    qtbot.keyClick(d.last4, Qt.Key.Key_Return)
    assert d.isVisible() and ctl.payment.remaining_minor == 391
    assert not ctl.card_mode and d.amount.text() == "3.91"  # the rest, in cash
    with qtbot.waitSignal(till.controller.sale_completed) as blocker:
        qtbot.keyClick(d.amount, Qt.Key.Key_Return)
    assert blocker.args[0].open_drawer
    [sale] = sales(till.db)
    assert [(t.kind, t.amount_minor, t.card_last4) for t in sale.tenders] == [
        ("card", 500, "4242"), ("cash", 391, "")]


def test_card_without_approval_code_is_refused_in_the_dialog(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    ctl.dialog.card_button.click()
    ctl.dialog.last4.setText("12")
    ctl.dialog.approval.setText("OK1")
    qtbot.keyClick(ctl.dialog.approval, Qt.Key.Key_Return)
    assert "last four" in ctl.dialog.error.text()
    assert sales(till.db) == []
    assert ctl.dialog.isVisible()


def test_escape_closes_the_payment_dialog_and_keeps_the_sale(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Escape)
    assert not ctl.dialog.isVisible()
    assert till.view.cart_model.rowCount() == 1
    assert sales(till.db) == []
    qtbot.waitUntil(till.view.scan_field.hasFocus)


def test_f12_on_an_empty_sale_says_so(qtbot, till) -> None:
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F12)
    assert till.controller.checkout.payment is None
    assert "empty" in till.view.banner.text


def test_printer_trouble_shows_a_message_and_selling_goes_on(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    with qtbot.waitSignal(till.controller.sale_completed) as blocker:
        qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    no = blocker.args[0].receipt_no
    with qtbot.waitSignal(till.printer.failed):
        # The queue reports from its own thread; the bridge brings it to the GUI thread.
        till.queue.on_update(JobUpdate(1, "receipt", no, JobStatus.FAILED,
                                       PrinterState.PAPER_OUT, "Printer is out of paper"))
    assert "out of paper" in till.view.banner.text and no in till.view.banner.text
    # A receipt that did not print stays on screen until dismissed: no timer hides it.
    assert till.view.banner.isVisibleTo(till.view) and not till.view.banner._timer.isActive()
    with qtbot.waitSignal(till.printer.trouble):
        till.queue.on_update(JobUpdate(2, "receipt", no, JobStatus.RETRYING,
                                       PrinterState.OFFLINE, "Printer is offline", attempt=1))
    assert "Retrying" in till.view.banner.text and till.view.banner._timer.isActive()
    scan(qtbot, till, BREAD)
    assert till.view.cart_model.rowCount() == 1


def test_sale_without_a_printer_is_still_saved(qtbot, till_without_printer) -> None:
    till = till_without_printer
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    assert len(sales(till.db)) == 1
    answer_receipt(qtbot, till.controller)  # Enter: no printer, so no receipt
    assert "No printer" in till.view.banner.text


def test_reprint_sends_a_copy_of_the_last_receipt(qtbot, till) -> None:
    qtbot.mouseClick(till.view.reprint_button, Qt.MouseButton.LeftButton)
    assert "No sale" in till.view.banner.text
    scan(qtbot, till, SOAP)
    qtbot.keyClick(open_payment(qtbot, till).dialog.amount, Qt.Key.Key_Return)
    answer_receipt(qtbot, till.controller, "n")  # no receipt: Reprint prints one later
    qtbot.mouseClick(till.view.reprint_button, Qt.MouseButton.LeftButton)
    [receipt] = till.queue.reprinted
    assert receipt.copy and receipt.receipt_no == "S001-T01-000001"


def test_cash_rounding_applies_to_cash_only(qtbot, tmp_path) -> None:
    from tests.conftest import make_store
    from tests.ui.conftest import _make_till

    db = make_store(tmp_path / "round.sqlite3", {"store.cash_step_minor": 5})
    try:
        till = _make_till(qtbot, db, with_printer=False, tmp=tmp_path)
        scan(qtbot, till, SOAP)  # total 4.32
        assert till.view.cart_model.rowCount() == 1, till.view.banner.text
        ctl = open_payment(qtbot, till)
        assert ctl.dialog.due_value.text() == "4.30" and ctl.dialog.amount.text() == "4.30"
        ctl.dialog.card_button.click()
        assert ctl.dialog.due_value.text() == "4.32" and ctl.dialog.amount.text() == "4.32"
        ctl.dialog.cash_button.click()
        with qtbot.waitSignal(till.controller.sale_completed):
            qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
        with db.read() as s:
            sale = s.scalars(select(Sale)).one()
            assert (sale.total_minor, sale.rounding_minor) == (432, -2)
    finally:
        db.close()


def test_f12_twice_opens_one_payment_dialog_even_before_the_worker_answers(qtbot, till) -> None:
    from PySide6.QtWidgets import QApplication

    from omnipos.ui.selling.payment_dialog import PaymentDialog

    scan(qtbot, till, SOAP)
    queued = []
    real = till.runner.run_db
    till.runner.run_db = lambda fn, done=None, err=None: queued.append((fn, done, err))
    till.controller.checkout.open_payment()
    till.controller.checkout.open_payment()
    till.runner.run_db = real
    assert len(queued) == 1
    fn, done, _err = queued[0]
    done(fn())
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, PaymentDialog) and w.isVisible()]
    assert len(dialogs) == 1


def test_escape_after_a_partial_tender_leaves_and_the_sale_keeps_it(qtbot, till) -> None:
    """Issue 14, defect 5: Esc after a partial tender was refused and Remove last tender had
    no key, so a keyboard-only cashier could not leave the payment."""
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)  # 8.91
    ctl = open_payment(qtbot, till)
    type_keys(qtbot, Qt.Key.Key_Backspace, "5.00", Qt.Key.Key_Return)  # 5.00 cash taken
    assert ctl.payment.paid_minor == 500 and ctl.dialog.isVisible()
    type_keys(qtbot, Qt.Key.Key_Escape)
    assert not ctl.dialog.isVisible()
    assert till.view.cart_model.rowCount() == 2 and sales(till.db) == []
    assert "5.00" in till.view.banner.text and "F12" in till.view.banner.text
    assert "5.00" in till.view.totals.paid.text()
    qtbot.waitUntil(till.view.scan_field.hasFocus)
    ctl = open_payment(qtbot, till)  # F12 again: the tender is still there
    assert ctl.payment.paid_minor == 500 and ctl.dialog.amount.text() == "3.91"
    assert "F8" in ctl.dialog.remove_button.text()
    type_keys(qtbot, Qt.Key.Key_F8)  # Remove last tender, by key
    assert ctl.payment.tenders == [] and ctl.dialog.amount.text() == "8.91"
    assert ctl.dialog.amount.hasFocus()
    type_keys(qtbot, Qt.Key.Key_Escape)
    assert not ctl.dialog.isVisible()
    assert till.svc.open_sale().tenders == ()
    qtbot.waitUntil(till.view.scan_field.hasFocus)
    scan(qtbot, till, SOAP)  # no tender left: the sale changes again
    assert till.view.cart_model.rowCount() == 3


def test_escape_while_the_sale_is_being_saved_is_refused(qtbot, till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    ctl._busy = True  # the commit is on the database worker
    qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Escape)
    assert ctl.dialog.isVisible()


def test_the_totals_behind_the_payment_show_each_tender_as_it_is_taken(qtbot, till) -> None:
    """The Sell screen's totals (and so what a customer sees over the dialog's edge) say what
    is paid while the payment is still open, not only once it closes."""
    scan(qtbot, till, SOAP)
    scan(qtbot, till, BREAD)  # 8.91
    ctl = open_payment(qtbot, till)
    type_keys(qtbot, Qt.Key.Key_Backspace, "5.00", Qt.Key.Key_Return)  # 5.00 cash taken
    assert ctl.dialog.isVisible()
    assert till.view.totals.paid.text() == "5.00"
    type_keys(qtbot, Qt.Key.Key_F8)  # removed again: nothing is paid
    assert ctl.dialog.isVisible() and till.view.totals.paid.text() == "0.00"
