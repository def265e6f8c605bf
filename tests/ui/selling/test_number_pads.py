"""The on-screen number pad in the quantity, discount, price and payment dialogs: a touch
cashier rings up with the pad alone, and the keyboard still works beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from omnipos.ui.common.number_pad import CLEAR, ENTER, NumberPad
from omnipos.ui.selling import cart_model
from tests.ui.conftest import SOAP, Till
from tests.ui.selling.test_payment import open_payment, sales
from tests.ui.selling.test_scan import cell, scan


def tap(qtbot: Any, pad: NumberPad | None, *labels: str) -> None:
    assert pad is not None and pad.isVisible()
    for label in labels:
        qtbot.mouseClick(pad.keys[label], Qt.MouseButton.LeftButton)


def test_the_quantity_is_typed_on_the_pad(qtbot: Any, till: Till) -> None:
    scan(qtbot, till, SOAP)
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F4)
    dialog = till.controller.sale_actions.quantity_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.field.hasFocus)
    tap(qtbot, dialog.pad, "1", "2")  # "1" was selected: the first key replaces it
    assert dialog.field.text() == "12" and dialog.field.hasFocus()
    with qtbot.waitSignal(till.controller.cart_changed):
        tap(qtbot, dialog.pad, ENTER)
    assert not dialog.isVisible()
    assert cell(till, 0, cart_model.COL_QTY) == "12"


def test_a_line_discount_is_typed_on_the_pad_and_the_keyboard(qtbot: Any, till: Till) -> None:
    till.controller.scan(SOAP)
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F5)
    dialog = till.controller.sale_actions.discount_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.field.hasFocus)
    tap(qtbot, dialog.pad, "1")
    qtbot.keyClicks(dialog.field, "0")  # a key between two touches
    assert dialog.field.text() == "10"
    tap(qtbot, dialog.pad, ENTER)
    assert not dialog.isVisible()
    assert till.view.totals.discount.text() == "-0.40"  # 10 % of 3.99


def test_a_new_price_is_typed_on_the_pad(qtbot: Any, till: Till) -> None:
    till.controller.scan(SOAP)
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_F8)
    dialog = till.controller.sale_actions.price_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.field.hasFocus)
    tap(qtbot, dialog.pad, CLEAR, "2", ".", "9", "9")
    assert dialog.field.text() == "2.99"
    dialog.reason.setCurrentText("Price match")
    tap(qtbot, dialog.pad, ENTER)
    assert not dialog.isVisible()
    assert till.view.cart_model.index(0, 2).data() == "2.99"


def test_cash_is_typed_on_the_pad_and_enter_takes_it(qtbot: Any, till: Till) -> None:
    scan(qtbot, till, SOAP)
    ctl = open_payment(qtbot, till)
    pad = ctl.dialog.pad
    tap(qtbot, pad, "2", "00")  # the due amount is selected: replaced by 200
    assert ctl.dialog.amount.text() == "200" and ctl.dialog.amount.hasFocus()
    tap(qtbot, pad, CLEAR, "1", "0")
    assert ctl.dialog.amount.text() == "10"
    assert "5.68" in ctl.dialog.change.text()  # live change, as when typed: 10.00 - 4.32
    with qtbot.waitSignal(till.controller.sale_completed):
        tap(qtbot, pad, ENTER)
    [sale] = sales(till.db)
    assert sale.total_minor == 432 and sale.change_minor == 568


def test_an_open_price_is_typed_on_the_pad(qtbot: Any, till: Till) -> None:
    qtbot.keyClick(till.view.scan_field, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = till.controller.sale_actions.open_price_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.price.hasFocus)
    tap(qtbot, dialog.pad, "2", ".", "5", "0")
    assert dialog.price.text() == "2.50"
    with qtbot.waitSignal(till.controller.cart_changed):
        tap(qtbot, dialog.pad, ENTER)
    assert till.view.cart_model.index(0, 2).data() == "2.50"
