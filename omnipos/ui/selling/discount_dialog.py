"""F5 / F6: a discount on the selected line or on the whole sale; F8: a new price with a reason.

The dialogs only read what the cashier typed into domain values (``Discount``,
minor units); the checkout service decides whether it is allowed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.cart import Discount, DiscountKind
from omnipos.domain.errors import ValidationError
from omnipos.domain.money import parse_amount
from omnipos.ui.common import formatting

PRICE_REASONS = ("Price match", "Damaged item", "Shelf label differs", "Staff error")


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QPushButton, QPushButton]:
    ok = QPushButton(ok_text, dialog)
    ok.setObjectName("okButton")
    ok.setProperty("kind", "primary")
    ok.setDefault(True)
    cancel = QPushButton("Cancel  Esc", dialog)
    cancel.setAutoDefault(False)
    cancel.clicked.connect(dialog.reject)
    return ok, cancel


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setObjectName("dialogError")
    label.setWordWrap(True)
    return label


class DiscountDialog(QDialog):
    """Percent or amount, and an optional reason. Enter accepts; Esc closes.

    After ``accepted``: ``value`` is the Discount, or None when Remove was chosen.
    Typing ``%`` after the number picks Percent.
    """

    def __init__(self, title: str, subject: str, currency: str, *,
                 current: Discount | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discountDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._currency = currency
        self.value: Discount | None = None
        heading = QLabel(title, self)
        heading.setObjectName("dialogTitle")
        self.subject = QLabel(subject, self)
        self.subject.setWordWrap(True)
        self.percent_button = QPushButton("Percent  %", self)
        self.amount_button = QPushButton(f"Amount  {currency}", self)
        self._kind = QButtonGroup(self)
        self._kind.setExclusive(True)
        for button in (self.percent_button, self.amount_button):
            button.setCheckable(True)
            button.setProperty("kind", "tender")
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the keyboard
            self._kind.addButton(button)
        self.percent_button.setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.percent_button)
        kinds.addWidget(self.amount_button)
        self.field = QLineEdit(self)
        self.field.setObjectName("discountField")
        self.field.setPlaceholderText("10  or  10%  or  2.50")
        self.reason = QLineEdit(self)
        self.reason.setObjectName("discountReason")
        self.reason.setPlaceholderText("optional")
        if current is not None:
            (self.amount_button if current.kind is DiscountKind.AMOUNT
             else self.percent_button).setChecked(True)
            self.field.setText(formatting.amount_input(int(current.value), currency)
                               if current.kind is DiscountKind.AMOUNT
                               else formatting.quantity(current.value))
            self.reason.setText(current.reason)
        form = QFormLayout()
        form.addRow("Discount", self.field)
        form.addRow("Reason", self.reason)
        self.error = _error_label(self)
        self.ok_button, self.cancel_button = _buttons(self, "OK  Enter")
        self.remove_button = QPushButton("Remove discount", self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setProperty("kind", "danger")
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.subject)
        layout.addLayout(kinds)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.ok_button.clicked.connect(self._try_accept)
        self.field.returnPressed.connect(self._try_accept)
        self.reason.returnPressed.connect(self._try_accept)
        self.remove_button.clicked.connect(self._remove)
        self.field.textEdited.connect(self._on_edited)
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

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
            raise ValidationError("type the discount, for example 10 for 10 %")
        if self.is_percent:
            return Discount.percent(text.rstrip("%").strip(), reason)
        return Discount.amount(parse_amount(text, self._currency), reason)

    def _try_accept(self) -> None:
        try:
            self.value = self.read()
        except ValidationError as exc:
            self.error.setText(formatting.sentence(str(exc)))
            self.field.selectAll()
            self.field.setFocus()
            return
        self.accept()

    def _remove(self) -> None:
        self.value = None
        self.accept()


class PriceOverrideDialog(QDialog):
    """A new unit price and the reason for it (required). After ``accepted``:
    ``price_minor`` and ``reason_text``."""

    def __init__(self, name: str, price_minor: int, currency: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceOverrideDialog")
        self.setWindowTitle("Change price")
        self.setMinimumWidth(560)
        self._currency = currency
        self.price_minor: int | None = None
        self.reason_text = ""
        heading = QLabel(name, self)
        heading.setObjectName("dialogTitle")
        heading.setWordWrap(True)
        self.was = QLabel(f"Price now {formatting.money_with_code(price_minor, currency)}", self)
        self.field = QLineEdit(formatting.amount_input(price_minor, currency), self)
        self.field.setObjectName("priceField")
        self.reason = QComboBox(self)
        self.reason.setObjectName("priceReason")
        self.reason.setEditable(True)
        self.reason.addItems(("",) + PRICE_REASONS)
        self.reason.setCurrentIndex(0)
        line_edit = self.reason.lineEdit()
        if line_edit is not None:
            line_edit.setPlaceholderText("why the price changes (required)")
        form = QFormLayout()
        form.addRow(f"New price ({currency})", self.field)
        form.addRow("Reason", self.reason)
        self.error = _error_label(self)
        self.ok_button, self.cancel_button = _buttons(self, "Change price  Enter")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.was)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.ok_button.clicked.connect(self._try_accept)
        self.field.returnPressed.connect(self._try_accept)
        if line_edit is not None:
            line_edit.returnPressed.connect(self._try_accept)
        self.field.selectAll()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_accept(self) -> None:
        try:
            price = parse_amount(self.field.text(), self._currency)
            if price < 0:
                raise ValidationError("a price cannot be negative")
        except ValidationError as exc:
            self.error.setText(formatting.sentence(str(exc)))
            self.field.selectAll()
            self.field.setFocus()
            return
        reason = self.reason.currentText().strip()
        if not reason:
            self.error.setText("Say why the price changes (choose or type a reason).")
            self.reason.setFocus()
            return
        self.price_minor, self.reason_text = price, reason
        self.accept()
