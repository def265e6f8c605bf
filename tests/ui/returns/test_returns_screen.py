"""The Returns screen (Alt+3) in the real till window: the scanner-only path from a printed
receipt, a line returned twice, an exchange, a no-receipt return as store credit and that
credit spent as a tender on the Sell screen."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.stock import till_level
from omnipos.devices.decode import decode_escpos
from omnipos.devices.profiles import get_profile
from omnipos.devices.templates import render
from omnipos.domain.receipt import SaleReceipt
from omnipos.domain.tenders import TenderKind
from omnipos.services.customers import CustomerService
from omnipos.services.returns import ReturnService
from omnipos.services.selling import CheckoutService
from omnipos.ui.app import TillUI, create_till
from omnipos.ui.common.customer_picker import CustomerPicker
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from omnipos.ui.returns.refund_dialog import RefundDialog
from omnipos.ui.shell.scanning import ScanRouter
from tests.ui.conftest import (
    BREAD,
    MILK_UPC,
    SOAP,
    FakeQueue,
    answer_receipt,
    show_window,
    type_keys,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Shop:
    ui: TillUI
    db: Database
    router: ScanRouter
    queue: FakeQueue

    @property
    def screen(self) -> Any:
        assert self.ui.returns is not None
        return self.ui.returns

    def scan(self, code: str) -> None:
        self.router.route(code)

    def key(self, qtbot: Any, key: Qt.Key,
            mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(QApplication.focusWidget() or self.ui.window, key, mods)

    def printed(self) -> list[SaleReceipt]:
        return [doc for doc, _kick in self.queue.submitted if isinstance(doc, SaleReceipt)]

    def printed_bytes(self, receipt: SaleReceipt) -> list[str]:
        """What the printer prints for it: the ESC/POS bytes decoded."""
        return decode_escpos(render(receipt, get_profile("tm-t88")), "TM-T88V")

    def refund(self, qtbot: Any) -> RefundDialog:
        """F12 shows where the money goes; Enter refunds it."""
        qtbot.waitUntil(self.screen.view.find_field.hasFocus)  # a dialog before has closed
        self.key(qtbot, Qt.Key.Key_F12)
        dialog = self.screen.dialog
        assert isinstance(dialog, RefundDialog)
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        text = dialog.where.text()
        type_keys(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        qtbot.waitUntil(self.screen.view.find_field.hasFocus)  # ready for the next receipt
        dialog.where.setText(text)  # what it said, for the test to read
        return dialog

    def events(self, kind: str) -> list[dict[str, Any]]:
        with self.db.read() as s:
            return [e.payload for e in s.scalars(select(OutboxEvent).where(
                OutboxEvent.type == kind).order_by(OutboxEvent.device_seq))]

    def sell(self, qtbot: Any, *codes: str) -> SaleReceipt:
        """Rung up and paid in cash on the Sell screen, as the cashier does."""
        self.key(qtbot, Qt.Key.Key_1, ALT)
        for code in codes:
            self.scan(code)
        self.key(qtbot, Qt.Key.Key_F12)
        payment = self.ui.sell.checkout.payment
        assert payment is not None
        qtbot.waitUntil(payment.dialog.amount.hasFocus)
        type_keys(qtbot, Qt.Key.Key_Return)  # the amount due, in cash
        qtbot.waitUntil(lambda: not payment.dialog.isVisible())
        answer_receipt(qtbot, self.ui.sell)  # Enter: a printed receipt
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # back to the window
        return self.printed()[-1]


@pytest.fixture
def shop(qtbot: Any, db: Database, tmp_path: Path) -> Shop:
    queues: list[FakeQueue] = []

    def factory(uri: str, profile: Any, *, on_update: Any) -> FakeQueue:
        queues.append(FakeQueue(uri, profile, on_update))
        return queues[-1]

    printer = ReceiptPrinter("file:///dev/null", queue_factory=factory)
    router = ScanRouter()
    checkout = CheckoutService(db)
    ui = create_till(checkout, SyncTaskRunner(), printer, data_dir=str(tmp_path),
                     scanner=router, returns=lambda: ReturnService(db, checkout),
                     customers=CustomerService(db))
    show_window(qtbot, ui.window)
    return Shop(ui, db, router, queues[0])


def _barcode(lines: list[str]) -> str:
    (code,) = [m.group(1) for ln in lines if (m := re.fullmatch(r"\[CODE128 (.+)\]", ln))]
    return code


def test_the_scanner_alone_returns_an_item_of_a_printed_receipt(qtbot, shop) -> None:
    sold = shop.sell(qtbot, SOAP, MILK_UPC)
    code = _barcode(shop.printed_bytes(sold))  # what the receipt's barcode says
    assert code == sold.receipt_no
    shop.key(qtbot, Qt.Key.Key_3, ALT)
    assert shop.ui.window.current_screen is shop.screen
    assert QApplication.focusWidget() is shop.screen.view.find_field
    type_keys(qtbot, code, Qt.Key.Key_Return)  # a wedge scanner types into the field
    draft = shop.screen.draft
    assert draft is not None and draft.original.receipt_no == sold.receipt_no
    assert shop.screen.view.original_model.rowCount() == 2
    shop.scan(SOAP)
    assert [(ln.line.sku, ln.line.qty) for ln in shop.screen.quote.lines] == [("SOAP", 1)]
    assert shop.screen.view.refund.text() == "4.32 USD"  # 3.99 and its tax
    dialog = shop.refund(qtbot)
    assert dialog.where.text() == "• 4.32 USD in cash from the drawer"
    assert shop.screen.draft is None
    banner = shop.screen.view.banner.text
    assert "done" in banner and "Give back 4.32 USD in cash" in banner
    (ret,) = [r for r in shop.printed() if r.kind == "return"]
    assert ret.total_minor == 432 and ret.extra["original_receipt_no"] == sold.receipt_no
    kicks = [kick for doc, kick in shop.queue.submitted if doc is ret]
    assert kicks == [True]  # cash back: the drawer opens
    (event,) = shop.events("return.completed")
    assert event["receipt_no"] == sold.receipt_no and event["refund_minor"] == 432
    with shop.db.read() as s:
        assert till_level(s, "SOAP") == 0 and till_level(s, "MILK") == -1


def test_a_line_already_returned_is_refused_in_words(qtbot, shop) -> None:
    sold = shop.sell(qtbot, SOAP)
    shop.key(qtbot, Qt.Key.Key_3, ALT)
    shop.scan(sold.receipt_no)
    shop.scan(SOAP)
    shop.refund(qtbot)
    assert shop.screen.draft is None
    shop.scan(sold.receipt_no)  # the same receipt again
    assert shop.screen.view.original_model.rowCount() == 1
    shop.scan(SOAP)
    assert "already coming back or was returned before" in shop.screen.view.banner.text
    assert shop.screen.quote is not None and not shop.screen.quote.lines
    shop.key(qtbot, Qt.Key.Key_Escape)  # nothing chosen: back to the empty screen
    assert shop.screen.draft is None
    assert len(shop.events("return.completed")) == 1


def test_an_exchange_for_dearer_goods_takes_the_difference(qtbot, shop) -> None:
    sold = shop.sell(qtbot, SOAP)
    shop.key(qtbot, Qt.Key.Key_3, ALT)
    shop.scan(sold.receipt_no)
    shop.scan(SOAP)
    shop.key(qtbot, Qt.Key.Key_E, CTRL)
    assert shop.screen.exchange_mode
    assert "NEW GOODS" in shop.screen.view.mode.text()
    shop.scan(BREAD)  # 4.50 + 2 % against 4.32 back
    assert shop.screen.view.exchange_model.rowCount() == 1
    assert shop.screen.quote.due_minor == 459 - 432
    assert shop.screen.view.refund_button.text() == "Take payment  F12"
    shop.key(qtbot, Qt.Key.Key_F12)
    payment = shop.screen.payment
    assert payment is not None and payment.payment.remaining_minor == 27
    qtbot.waitUntil(payment.dialog.amount.hasFocus)
    type_keys(qtbot, "1", Qt.Key.Key_Return)  # a coin: 0.73 change
    qtbot.waitUntil(lambda: shop.screen.draft is None)
    assert "Change due 0.73 USD" in shop.screen.view.banner.text
    kinds = [r.kind for r in shop.printed()]
    assert kinds[-2:] == ["return", "sale"]
    (event,) = shop.events("return.completed")
    assert event["refund_minor"] == 432
    with shop.db.read() as s:
        assert till_level(s, "SOAP") == 0 and till_level(s, "BREAD") == -1


def test_no_receipt_gives_store_credit_that_pays_on_the_sell_screen(qtbot, shop) -> None:
    shop.sell(qtbot, SOAP)  # the price it sold at lately
    shop.key(qtbot, Qt.Key.Key_3, ALT)
    shop.key(qtbot, Qt.Key.Key_F2)
    picker = shop.screen.dialog
    assert isinstance(picker, CustomerPicker) and picker.isVisible()
    qtbot.waitUntil(picker.query.hasFocus)
    type_keys(qtbot, "Ada Lovelace")
    shop.key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(picker.new_name.hasFocus)
    type_keys(qtbot, Qt.Key.Key_Tab, "555 0100", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not picker.isVisible() or bool(picker.error.text()))
    assert not picker.isVisible(), picker.error.text()
    assert shop.screen.draft.customer_name == "Ada Lovelace"
    shop.scan(SOAP)
    assert shop.screen.view.title.text() == "Return without a receipt"
    dialog = shop.refund(qtbot)
    assert dialog.where.text() == "• 4.32 USD as store credit to the customer's account"
    (event,) = shop.events("return.completed")
    assert [t["kind"] for t in event["refunds"]] == [TenderKind.STORE_CREDIT]
    # the credit pays for the next purchase: Ctrl+3 in the payment dialog
    shop.key(qtbot, Qt.Key.Key_1, ALT)
    shop.scan(MILK_UPC)
    shop.key(qtbot, Qt.Key.Key_F12)
    payment = shop.ui.sell.checkout.payment
    assert payment is not None and payment.dialog.credit_button.isVisible()
    qtbot.waitUntil(payment.dialog.amount.hasFocus)
    shop.key(qtbot, Qt.Key.Key_3, CTRL)
    assert shop.ui.sell.checkout.store_credit is not None
    picker = shop.ui.sell.checkout.store_credit.picker
    assert picker is not None and picker.isVisible()
    qtbot.waitUntil(picker.query.hasFocus)
    type_keys(qtbot, "555 0100", Qt.Key.Key_Return)  # search
    assert picker.results.count() == 1, picker.hint.text()
    type_keys(qtbot, Qt.Key.Key_Return)  # choose
    qtbot.waitUntil(lambda: not picker.isVisible())
    assert "Ada Lovelace can spend 4.32 USD" in payment.dialog.credit_note.text()
    assert payment.dialog.amount.text() == "1.32"  # milk 1.29 and its tax: all of it
    qtbot.waitUntil(payment.dialog.amount.hasFocus)  # the payment dialog has it back
    type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not payment.dialog.isVisible())
    answer_receipt(qtbot, shop.ui.sell)  # Enter: a printed receipt
    sale = shop.printed()[-1]
    assert sale.kind == "sale" and [t.kind for t in sale.tenders] == [TenderKind.STORE_CREDIT]
    (balance,) = [ln for ln in shop.printed_bytes(sale) if "Store credit balance" in ln]
    assert balance.split()[-1] == "$3.00"  # what is left of the credit, on the receipt
