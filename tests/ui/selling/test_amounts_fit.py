"""Issue 14, defect 1: amounts are shown whole, in every currency format the till supports.

A total of 10,000 or more lost its first digit in the totals panel ("1,003.76"
for 11,003.76): the label was wider than its box and Qt cut it on the left.
Here 1,000,000 is rendered in every ISO 4217 currency Babel knows (0, 2, 3 or
4 decimals; prices with and without tax; a discount and change on screen) in
the Sell screen at 1280x800 and in the payment dialog. Each amount is read
back from its label, and its pixels are checked: the text's ink must stay
inside the label and the label inside its panel, so nothing was clipped.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import list_currencies
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QWidget

from omnipos.domain.cart import CartTotals
from omnipos.domain.money import minor_digits
from omnipos.domain.tenders import Payment
from omnipos.ui.selling.payment_controller import PaymentController
from omnipos.ui.selling.payment_dialog import PaymentDialog

MILLION = Decimal(1_000_000)


def _currencies() -> list[str]:
    """Every currency the till can be set up with (``minor_digits`` accepts it)."""
    return sorted(c for c in list_currencies() if len(c) == 3 and c.isalpha())


def _million(currency: str) -> int:
    return int(MILLION.scaleb(minor_digits(currency)))


def _read_back(text: str) -> Decimal:
    return Decimal(text.replace(",", "").lstrip("-"))


_DARK = bytes(1 if value < 200 else 0 for value in range(256))  # grey level -> ink?


def _ink_columns(label: QLabel) -> tuple[int, int] | None:
    """First and last pixel column where the label drew text (None: nothing drawn).

    The till draws amounts dark on a light panel: in grey, ink is below 200.
    """
    image = label.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    data, stride, width = bytes(image.constBits()), image.bytesPerLine(), image.width()
    first, last = width, -1
    for y in range(image.height()):
        row = data[y * stride:y * stride + width].translate(_DARK)
        if (found := row.find(1)) >= 0:
            first, last = min(first, found), max(last, row.rfind(1))
    return (first, last) if last >= 0 else None


def _assert_whole(label: QLabel, expected: str, panel: QWidget) -> None:
    """``label`` shows the amount ``expected`` (a million), all of it."""
    assert label.text() == expected
    assert _read_back(label.text()) == MILLION
    _assert_not_clipped(label, panel)


def _assert_not_clipped(label: QLabel, panel: QWidget) -> None:
    expected = label.text()
    assert label.isVisible(), f"{expected!r} is hidden"
    # The label itself lies inside its panel (a panel narrower than its rows clips them).
    top_left = label.mapTo(panel, label.rect().topLeft())
    bottom_right = label.mapTo(panel, label.rect().bottomRight())
    assert panel.rect().contains(top_left) and panel.rect().contains(bottom_right), (
        f"{expected!r}: the label reaches outside its panel")
    ink = _ink_columns(label)
    assert ink is not None, f"{expected!r} drew nothing"
    first, last = ink
    # Ink in the column at the edge the text runs towards means it ran past that edge: a
    # right-aligned amount is cut on the left, a left-aligned caption on the right.
    if label.alignment() & Qt.AlignmentFlag.AlignRight:
        assert first > 0, f"{expected!r} is cut on the left: ink from column {first}"
    assert last < label.width() - 1, (
        f"{expected!r} is cut on the right: ink to column {last} of {label.width()}")


@pytest.mark.parametrize("inclusive", [False, True], ids=["tax-exclusive", "tax-inclusive"])
def test_a_million_shows_whole_in_the_totals_panel_in_every_currency(qtbot, till,
                                                                     inclusive) -> None:
    panel = till.view.totals
    checked = 0
    for currency in _currencies():
        amount = _million(currency)
        totals = CartTotals(
            currency=currency, subtotal_minor=amount, discount_minor=amount,
            tax_by_class={"standard": amount}, base_by_class={"standard": amount},
            tax_minor=amount, total_minor=amount, prices_include_tax=inclusive)
        panel.show_totals(totals, paid_minor=amount, change_minor=amount)
        panel.layout().activate()
        text = panel.total.text()
        for label in (panel.subtotal, panel.total, panel.paid, panel.change,
                      panel.tax_values["standard"]):
            _assert_whole(label, text, panel)
        _assert_whole(panel.discount, f"-{text}", panel)
        # The captions too ("incl. tax standard 8.25%" once, "Total JPY" in each currency).
        for caption in panel.findChildren(QLabel):
            left = not caption.alignment() & Qt.AlignmentFlag.AlignRight
            if (left and caption.isVisible() and caption.text()
                    and (checked == 0 or currency in caption.text())):
                _assert_not_clipped(caption, panel)
        checked += 1
    assert checked > 150  # Babel's whole list, not a handful


def test_a_million_shows_whole_in_the_payment_dialog_in_every_currency_format(qtbot,
                                                                           till) -> None:
    # The amount due shows no currency code: its text depends only on the decimals.
    formats = {minor_digits(c): c for c in _currencies()}
    assert set(formats) >= {0, 2, 3}
    for currency in formats.values():
        amount = _million(currency)
        dialog = PaymentDialog(till.view)
        qtbot.addWidget(dialog)
        PaymentController(dialog, Payment(total_minor=amount, currency=currency))
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.layout().activate()
        _assert_whole(dialog.due_value, dialog.due_value.text(), dialog)
        dialog.close()


def test_every_sell_button_and_the_whole_quantity_show_at_1280x800(qtbot, till) -> None:
    """Issue 14, a stable screen: at 1280x800 the Pay button was cut by the status bar and a
    weight read "1.25…" in the quantity column."""
    import dataclasses

    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QPushButton

    from omnipos.domain.cart import Cart
    from omnipos.ui.selling import cart_model
    from tests.ui.selling.test_scan import scan

    window = till.window
    assert window.height() == 800
    scan(qtbot, till, "4006381333931")  # a sale on screen: the buttons are live
    till.view.banner.show_message("A message above the scan field", ms=0)
    QApplication.processEvents()
    status_top = window.status.mapTo(window, QPoint(0, 0)).y()
    for button in till.view.findChildren(QPushButton):
        if not button.isVisible():
            continue
        bottom = button.mapTo(window, QPoint(0, button.height())).y()
        assert bottom <= status_top, f"{button.text()!r} ends at {bottom}, under {status_top}"
    cart = Cart(till.svc.store.policy)
    product = till.svc.lookup("4006381333931")[0]
    cart.add(dataclasses.replace(product, sold_by="weight"), "12.345")
    till.view.cart_model.set_view(cart.view())
    text = till.view.cart_model.data(till.view.cart_model.index(0, cart_model.COL_QTY))
    table = till.view.cart_table
    needed = table.fontMetrics().horizontalAdvance(text) + 16
    assert table.columnWidth(cart_model.COL_QTY) >= needed, (text, needed)


def _every_button_whole(view) -> None:
    from PySide6.QtWidgets import QApplication, QPushButton

    QApplication.processEvents()
    for button in view.findChildren(QPushButton):
        if button.isVisible():
            seen = button.visibleRegion().boundingRect()
            assert seen.height() == button.height() and seen.width() == button.width(), \
                f"{button.text()!r}: {seen.width()}x{seen.height()} of " \
                f"{button.width()}x{button.height()} seen"
    pay = view.pay_button
    assert pay.height() >= pay.minimumSizeHint().height()


def test_pay_is_whole_with_two_tax_rows_the_pickups_notice_and_a_message(qtbot, till) -> None:
    """Issue 14, a stable screen: with a notice over the screens (new pickup orders), two tax
    rows in the totals and a message, the Pay button was partly cut off at 1280x800."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import MILK_UPC, SOAP
    from tests.ui.selling.test_payment import open_payment
    from tests.ui.selling.test_scan import scan

    window = till.window
    assert window.height() == 800
    scan(qtbot, till, SOAP)  # standard tax
    scan(qtbot, till, MILK_UPC)  # reduced tax: two tax rows
    assert len(till.view.totals.tax_values) == 2
    window.notify("3 new orders for this store: Alt+2 Pickups", ms=0)
    till.view.banner.show_message("A message above the scan field that is long enough to take "
                                  "two lines of the banner, as the longer ones do", ms=0)
    _every_button_whole(till.view)
    # The fullest panel: a finished sale with two taxes, what was paid and the change.
    ctl = open_payment(qtbot, till)
    ctl.dialog.amount.setText("50.00")
    with qtbot.waitSignal(till.controller.sale_completed):
        qtbot.keyClick(ctl.dialog.amount, Qt.Key.Key_Return)
    totals = till.view.totals
    assert totals.paid.isVisible() and totals.change.isVisible()
    assert len(totals.tax_values) == 2
    _every_button_whole(till.view)
