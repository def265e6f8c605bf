"""F5 / F6: a discount on the selected line or on the whole sale; F8: a new price with a reason.

The dialogs only read what the cashier typed into domain values (``Discount``,
minor units); the checkout service decides whether it is allowed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from omnipos.domain.cart import Discount, DiscountKind
from omnipos.domain.errors import ValidationError
from omnipos.domain.money import parse_amount
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate
from omnipos.ui.shell.keymap import KEYMAP, Act

PRICE_REASONS = (QT_TRANSLATE_NOOP("Sell", "Price match"),
                 QT_TRANSLATE_NOOP("Sell", "Damaged item"),
                 QT_TRANSLATE_NOOP("Sell", "Shelf label differs"),
                 QT_TRANSLATE_NOOP("Sell", "Staff error"))


class DiscountDialog(FormDialog):
    """Percent or amount, and an optional reason. Enter accepts; Esc closes.

    After ``accepted``: ``value`` is the Discount, or None when Remove was chosen.
    Typing ``%`` after the number picks Percent; Ctrl+1 / Ctrl+2 (or Shift+Tab, then Space)
    pick Percent or Amount from the keyboard.
    """

    def __init__(self, title: str, subject: str, currency: str, *,
                 current: Discount | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, name="discountDialog", parent=parent)
        self._currency = currency
        self.subject = self.add_widget(QLabel(subject, self))
        self.subject.setWordWrap(True)
        self.percent_button = QPushButton(self)
        self.amount_button = QPushButton(self)
        self._kind = QButtonGroup(self)
        self._kind.setExclusive(True)
        kinds = QHBoxLayout()
        amount = translate("Sell", "Amount  {currency}").format(currency=currency)
        for act, button, text in ((Act.DISCOUNT_PERCENT, self.percent_button,
                                   translate("Sell", "Percent  %")),
                                  (Act.DISCOUNT_AMOUNT, self.amount_button, amount)):
            button.setText(f"{text}  {KEYMAP.binding(act).key_text}")
            button.setCheckable(True)
            button.setProperty("kind", "tender")
            button.setAutoDefault(False)
            # Reached by Tab (Space picks it), never by a touch: the field keeps the keyboard.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self._kind.addButton(button)
            kinds.addWidget(button)
            for sequence in KEYMAP.sequences(act):
                QShortcut(sequence, self).activated.connect(button.click)
        self.percent_button.setChecked(True)
        self.body.addLayout(kinds)
        self.field = QLineEdit(self)
        self.field.setObjectName("discountField")
        self.field.setPlaceholderText(translate("Sell", "10  or  10%  or  2.50"))
        self.reason = QLineEdit(self)
        self.reason.setObjectName("discountReason")
        self.reason.setPlaceholderText(translate("Sell", "optional"))
        if current is not None:
            (self.amount_button if current.kind is DiscountKind.AMOUNT
             else self.percent_button).setChecked(True)
            self.field.setText(formatting.amount_input(int(current.value), currency)
                               if current.kind is DiscountKind.AMOUNT
                               else formatting.quantity(current.value))
            self.reason.setText(current.reason)
        self.add_row(translate("Sell", "Discount"), self.field)
        self.add_row(translate("Sell", "Reason"), self.reason)
        # Shift+Tab from the discount reaches the kinds: Percent, Amount, then the field.
        QWidget.setTabOrder(self.percent_button, self.amount_button)
        QWidget.setTabOrder(self.amount_button, self.field)
        QWidget.setTabOrder(self.field, self.reason)
        self.add_number_pad()
        self.remove_button = QPushButton(translate("Sell", "Remove discount"), self)
        self.remove_button.setProperty("kind", "danger")
        self.add_button(self.remove_button)
        self.remove_button.clicked.connect(self._remove)
        self.field.textEdited.connect(self._on_edited)

    @property
    def is_percent(self) -> bool:
        return self.percent_button.isChecked()

    def _on_edited(self, text: str) -> None:
        if text.strip().endswith("%"):
            self.percent_button.setChecked(True)

    def read(self) -> Discount:
        """The Discount typed, or ValidationError saying what is wrong."""
        text = self.field.text().strip()
        reason = self.reason.text().strip()
        if not text.rstrip("%").strip():
            raise ValidationError(translate("Sell", "type the discount, for example 10 for 10 %"))
        if self.is_percent:
            return Discount.percent(text.rstrip("%").strip(), reason)
        return Discount.amount(parse_amount(formatting.typed(text), self._currency), reason)

    def _remove(self) -> None:
        self.value = None
        self.accept()


class PriceOverrideDialog(FormDialog):
    """A new unit price and the reason for it (required). After ``accepted``:
    ``price_minor`` and ``reason_text``."""

    def __init__(self, name: str, price_minor: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Sell", "Change price"), heading=name, ok_text=translate(
            "Sell", "Change price  Enter"),
                         name="priceOverrideDialog", parent=parent)
        self._currency = currency
        self.price_minor: int | None = None
        self.reason_text = ""
        self.was = self.add_widget(
            QLabel(translate("Sell", "Price now {amount}").format(
                amount=formatting.money_with_code(price_minor, currency)), self))
        self.field = QLineEdit(formatting.amount_input(price_minor, currency), self)
        self.field.setObjectName("priceField")
        self.reason = QComboBox(self)
        self.reason.setObjectName("priceReason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)  # Enter submits the form
        # A free text reason, kept as the cashier reads it.
        self.reason.addItems([""] + [translate("Sell", reason) for reason in PRICE_REASONS])
        self.reason.setCurrentIndex(0)
        line_edit = self.reason.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText(translate("Sell", "why the price changes (required)"))
        self.add_row(translate("Sell", "New price ({currency})").format(currency=currency),
                     self.field)
        self.add_row(translate("Sell", "Reason"), self.reason)
        self.add_number_pad()

    def read(self) -> tuple[int, str]:
        price = parse_amount(formatting.typed(self.field.text()), self._currency)
        if price < 0:
            raise ValidationError(translate("Sell", "a price cannot be negative"))
        reason = self.reason.currentText().strip()
        if not reason:
            self.reason.setFocus()
            raise ValidationError(translate("Sell", "say why the price changes (choose or type a "
                                                    "reason)"))
        self.price_minor, self.reason_text = price, reason
        return price, reason
