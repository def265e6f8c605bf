"""The end of a sale: "Change 15.68" with Print / Email / No receipt, by real keys, then a
clean screen for the next customer."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from omnipos.db.models import OutboxEvent
from omnipos.db.settings import set_settings
from omnipos.domain.receipt import ReceiptChoice
from omnipos.services.customers import CustomerService
from omnipos.services.profile import RECEIPT_CHOICE_SETTING
from omnipos.sync.events import EventType
from omnipos.ui.selling.receipt_choice import ReceiptChoiceDialog
from tests.ui.conftest import BREAD, SOAP, type_keys
from tests.ui.selling.test_scan import scan


def pay_cash(qtbot: Any, till: Any, tendered: str = "20") -> ReceiptChoiceDialog:
    """F12, the cash handed over, Enter: the sale is committed and the choice is up."""
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F12)
    ctl = till.controller.checkout.payment
    qtbot.waitUntil(ctl.dialog.amount.hasFocus)
    type_keys(qtbot, Qt.Key.Key_Backspace, tendered, Qt.Key.Key_Return)
    step = till.controller.checkout.receipt
    qtbot.waitUntil(lambda: step.dialog is not None and step.dialog.isVisible())
    dialog = step.dialog
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


def email_requests(db: Any) -> list[dict[str, Any]]:
    with db.read() as s:
        return [row.payload for row in s.scalars(select(OutboxEvent).where(
            OutboxEvent.type == EventType.RECEIPT_EMAIL_REQUESTED.value))]


def test_the_change_shows_the_drawer_opens_and_enter_prints(qtbot: Any, till: Any) -> None:
    scan(qtbot, till, SOAP)  # 4.32
    dialog = pay_cash(qtbot, till)
    assert dialog.change_caption.text() == "Change" and dialog.change_value.text() == "15.68"
    assert "Enter" in dialog.buttons[ReceiptChoice.PRINT].text()  # the store's default
    assert till.queue.drawers == 1 and till.queue.submitted == []  # cash: the drawer at once
    type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [(receipt, kick)] = till.queue.submitted
    assert receipt.receipt_no == "S001-T01-000001" and kick is False  # the drawer was opened
    assert "Change due 15.68 USD" in till.view.banner.text
    assert till.view.cart_model.rowCount() == 0  # a clean screen for the next customer
    qtbot.waitUntil(till.view.scan_field.hasFocus)
    scan(qtbot, till, BREAD)
    assert till.view.cart_model.rowCount() == 1


@pytest.mark.parametrize("key", ["n", Qt.Key.Key_Escape])
def test_no_receipt_prints_nothing(qtbot: Any, till: Any, key: Any) -> None:
    scan(qtbot, till, SOAP)
    dialog = pay_cash(qtbot, till)
    type_keys(qtbot, key)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert till.queue.submitted == [] and email_requests(till.db) == []
    assert "done" in till.view.banner.text and till.view.cart_model.rowCount() == 0
    qtbot.waitUntil(till.view.scan_field.hasFocus)


def test_p_prints_the_receipt(qtbot: Any, till: Any) -> None:
    scan(qtbot, till, SOAP)
    dialog = pay_cash(qtbot, till)
    type_keys(qtbot, "p")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(till.queue.submitted) == 1


def test_email_is_prefilled_with_the_sales_customer_and_queued_for_the_hub(
        qtbot: Any, till: Any) -> None:
    ada = CustomerService(till.db).create("Ada Lovelace", email="ada@example.com")
    scan(qtbot, till, SOAP)
    till.controller.sale.with_cart(lambda cart: till.svc.set_customer(cart, ada.customer_id))
    dialog = pay_cash(qtbot, till)
    type_keys(qtbot, "e")
    qtbot.waitUntil(dialog.address.hasFocus)
    assert dialog.address.text() == "ada@example.com"
    type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [request] = email_requests(till.db)
    assert request["email"] == "ada@example.com" and request["receipt_no"] == "S001-T01-000001"
    assert till.queue.submitted == []  # no paper
    assert "ada@example.com" in till.view.banner.text
    assert till.view.cart_model.rowCount() == 0 and till.view.customer_name == ""


def test_a_bad_address_is_said_and_esc_goes_back_to_the_choice(qtbot: Any, till: Any) -> None:
    scan(qtbot, till, SOAP)
    dialog = pay_cash(qtbot, till)
    type_keys(qtbot, "e")
    qtbot.waitUntil(dialog.address.hasFocus)
    assert dialog.address.text() == ""  # a sale for nobody: nothing to fill in
    type_keys(qtbot, "grace at example", Qt.Key.Key_Return)
    assert "not an email address" in dialog.error.text() and dialog.isVisible()
    type_keys(qtbot, Qt.Key.Key_Escape)
    assert not dialog.asking_address and dialog.isVisible()
    type_keys(qtbot, "p")  # the letter chooses again on the choice
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(till.queue.submitted) == 1 and email_requests(till.db) == []


def test_a_scan_during_the_choice_takes_the_default_and_starts_the_next_sale(
        qtbot: Any, till: Any) -> None:
    scan(qtbot, till, SOAP)
    dialog = pay_cash(qtbot, till)
    till.controller.on_scan(BREAD)  # the scanner, wherever the focus is (ScanRouter)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(till.queue.submitted) == 1  # printed: the store's default
    assert till.controller.cart_view is not None
    assert [line.sku for line in till.controller.cart_view.lines] == ["BREAD"]


def test_the_store_default_email_makes_enter_ask_for_the_address(qtbot: Any, till: Any) -> None:
    with till.db.transaction() as s:
        set_settings(s, {RECEIPT_CHOICE_SETTING: "email"})
    till.svc.reload_profile()
    scan(qtbot, till, SOAP)
    dialog = pay_cash(qtbot, till)
    assert "Enter" in dialog.buttons[ReceiptChoice.EMAIL].text()
    type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.address.hasFocus)
    type_keys(qtbot, "grace@example.com", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [r["email"] for r in email_requests(till.db)] == ["grace@example.com"]


def test_without_a_printer_enter_gives_no_receipt(qtbot: Any, till_without_printer: Any) -> None:
    till = till_without_printer
    scan(qtbot, till, SOAP)
    dialog = pay_cash(qtbot, till)
    assert not dialog.buttons[ReceiptChoice.PRINT].isEnabled()
    assert "Enter" in dialog.buttons[ReceiptChoice.NONE].text()
    type_keys(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "No printer set up" in till.view.banner.text
