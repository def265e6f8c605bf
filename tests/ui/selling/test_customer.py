"""The customer of a sale (Ctrl+M): find by phone, email or name, add one, attach, take off."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from omnipos.db.models import OutboxEvent
from omnipos.services.customers import CustomerService
from omnipos.services.selling import CheckoutService
from omnipos.ui.app import create_till
from omnipos.ui.common.tasks import SyncTaskRunner
from omnipos.ui.devices.receipt_printer import ReceiptPrinter
from tests.ui.conftest import SOAP, show_window, type_keys


@pytest.fixture
def sell(qtbot: Any, db: Any, tmp_path: Path) -> Any:
    customers = CustomerService(db)
    customers.create("Ada Lovelace", "+1 555 0100", "ada@example.com")
    customers.create("Grace Hopper", "+1 555 0199")
    customers.create("Grace Kelly", email="grace@example.com")
    ui = create_till(CheckoutService(db), SyncTaskRunner(), ReceiptPrinter(None),
                     data_dir=str(tmp_path), customers=customers)
    show_window(qtbot, ui.window)
    ui.sell.view.focus_scan()
    return ui.sell


def _ctrl_m(qtbot: Any, sell: Any) -> Any:
    qtbot.keyClick(sell.view.scan_field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    picker = sell.sale_actions.customer_picker
    assert picker is not None
    qtbot.waitUntil(picker.isActiveWindow)
    assert picker.query.hasFocus()
    return picker


@pytest.mark.parametrize("typed", ["0100", "ADA@example.com", "lovel"])
def test_find_by_phone_email_or_name_and_attach(qtbot: Any, sell: Any, typed: str) -> None:
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    assert sell.view.customer_name == ""
    assert sell.view.customer_button.text() == "Customer\nCtrl+M"
    _ctrl_m(qtbot, sell)
    type_keys(qtbot, typed, Qt.Key.Key_Return, Qt.Key.Key_Return)  # search, then choose
    qtbot.waitUntil(lambda: sell.view.customer_name == "Ada Lovelace")
    assert sell.view.customer_button.text() == "Ada Lovelace\nCtrl+M"  # named where it was
    assert sell.cart_view.customer.name == "Ada Lovelace"
    assert sell.view.cart_model.rowCount() == 1  # the sale goes on as it was
    qtbot.waitUntil(sell.view.scan_field.hasFocus)


def test_down_chooses_the_next_one_found(qtbot: Any, sell: Any) -> None:
    picker = _ctrl_m(qtbot, sell)
    type_keys(qtbot, "grace", Qt.Key.Key_Return)
    assert picker.results.count() == 2
    second = picker.results.item(1).data(Qt.ItemDataRole.UserRole).name
    type_keys(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sell.view.customer_name == second)


def test_a_new_customer_from_what_was_typed(qtbot: Any, sell: Any, db: Any) -> None:
    picker = _ctrl_m(qtbot, sell)
    type_keys(qtbot, "555 0142", Qt.Key.Key_Return)
    assert "Nobody found" in picker.hint.text()
    qtbot.keyClick(picker.query, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert picker.new_phone.text() == "555 0142" and picker.new_name.hasFocus()
    type_keys(qtbot, "Alan Turing", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sell.view.customer_name == "Alan Turing")
    with db.read() as s:
        kinds = [e.type for e in s.scalars(select(OutboxEvent))]
    assert kinds == ["customer.created"] * 4


def test_no_customer_takes_them_off_the_sale(qtbot: Any, sell: Any) -> None:
    type_keys(qtbot, SOAP, Qt.Key.Key_Return)
    picker = _ctrl_m(qtbot, sell)
    assert picker.findChild(object, "removeCustomerButton") is None  # nobody to take off
    type_keys(qtbot, "hopper", Qt.Key.Key_Return, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sell.cart_view.customer is not None)
    qtbot.waitUntil(sell.view.scan_field.hasFocus)
    picker = _ctrl_m(qtbot, sell)
    assert "Grace Hopper" in picker.heading.text()
    qtbot.keyClick(picker.query, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: sell.cart_view.customer is None)
    assert sell.view.customer_button.text() == "Customer\nCtrl+M"
