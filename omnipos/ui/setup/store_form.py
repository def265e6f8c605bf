"""The store's fields, shared by the first-run wizard and the manager's settings screen.

``read`` gives ``StoreDetails`` (ValidationError names the field to fix); ``show``
fills the fields from what the till holds. The receipt's header and footer
lines are part of the settings screen only (``with_receipt``).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.errors import ValidationError
from omnipos.services.setup import StoreDetails, format_taxes, parse_taxes
from omnipos.ui.i18n import LANGUAGES, translate

__all__ = ["StoreForm"]


class StoreForm(QWidget):
    def __init__(self, *, with_receipt: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storeForm")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(10)
        self.code_field = self._line("storeCode", translate(
            "Setup", "e.g. S001 (letters and digits)"))
        self.name_field = self._line("storeName", translate(
            "Setup", "printed at the top of every receipt"))
        self.currency_field = self._line("storeCurrency", translate(
            "Setup", "ISO code: USD, EUR, GBP …"))
        self.currency_field.setText("USD")
        self.currency_field.setMaxLength(3)
        self.exclusive = QRadioButton(translate("Setup", "exclusive: tax is added at the till "
                                                         "(sales tax)"), self)
        self.exclusive.setObjectName("pricesExclusive")
        self.inclusive = QRadioButton(
            translate("Setup", "inclusive: shelf prices include tax (VAT)"), self)
        self.inclusive.setObjectName("pricesInclusive")
        self.exclusive.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.exclusive)
        group.addButton(self.inclusive)
        prices = QVBoxLayout()
        prices.setSpacing(4)
        prices.addWidget(self.exclusive)
        prices.addWidget(self.inclusive)
        self.taxes_field = self._line("storeTaxes", translate(
            "Setup", "standard=8.25%, reduced=2%"))
        self.rounding_combo = self._combo("storeRounding")
        self.rounding_combo.addItem(translate("Setup", "per line (each line's tax rounded)"),
                                    "line")
        self.rounding_combo.addItem(
            translate("Setup", "per document (the sale's tax rounded once)"), "document")
        self.cash_step_field = self._line("storeCashStep", translate(
            "Setup", "e.g. 0.05; empty: cash is not rounded"))
        form.addRow(translate("Setup", "Store code"), self.code_field)
        form.addRow(translate("Setup", "Store name"), self.name_field)
        form.addRow(translate("Setup", "Currency"), self.currency_field)
        form.addRow(translate("Setup", "Prices"), prices)
        form.addRow(translate("Setup", "Tax classes"), self.taxes_field)
        form.addRow(translate("Setup", "Tax rounding"), self.rounding_combo)
        form.addRow(translate("Setup", "Cash rounding"), self.cash_step_field)
        self.header_field: QPlainTextEdit | None = None
        self.footer_field: QPlainTextEdit | None = None
        self.language_combo: QComboBox | None = None
        if with_receipt:
            self.header_field = self._text("receiptHeader", translate(
                "Setup", "address, phone, tax number …"))
            self.footer_field = self._text("receiptFooter", translate(
                "Setup", "Thank you! Returns within 30 days"))
            form.addRow(translate("Setup", "Receipt header"), self.header_field)
            form.addRow(translate("Setup", "Receipt footer"), self.footer_field)
            self.language_combo = self._combo("tillLanguage")
            self.language_combo.addItem(translate("StoreForm", "the operating system's"), "")
            for code, name in LANGUAGES.items():
                self.language_combo.addItem(name, code)
            form.addRow(translate("StoreForm", "Language of this till"), self.language_combo)
        self._till: str | None = None

    def _combo(self, name: str) -> QComboBox:
        # As wide as the column leaves it, not as its longest choice: a long choice in
        # Spanish would take the width the labels need ("Redondeo del impuesto" was cut).
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        return combo

    def _line(self, name: str, hint: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(hint)
        return field

    def _text(self, name: str, hint: str) -> QPlainTextEdit:
        field = QPlainTextEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(hint)
        field.setTabChangesFocus(True)  # Tab moves on; Enter starts a new receipt line
        field.setFixedHeight(84)
        return field

    @property
    def first_field(self) -> QLineEdit:
        return self.code_field

    def fill(self, details: StoreDetails | None) -> None:
        """Fill the fields from the till's store (``None``: a new store keeps the defaults)."""
        if details is None:
            return
        self.code_field.setText(details.code)
        self.name_field.setText(details.name)
        self.currency_field.setText(details.currency)
        (self.inclusive if details.prices == "inclusive" else self.exclusive).setChecked(True)
        self.taxes_field.setText(format_taxes(details.rates))
        self.rounding_combo.setCurrentIndex(max(0, self.rounding_combo.findData(details.rounding)))
        self.cash_step_field.setText(details.cash_step)
        if self.header_field is not None and self.footer_field is not None:
            self.header_field.setPlainText("\n".join(details.header))
            self.footer_field.setPlainText("\n".join(details.footer))
        self._till = details.till
        if self.language_combo is not None:
            found = self.language_combo.findData(details.language or "")
            self.language_combo.setCurrentIndex(max(0, found))

    def read(self) -> StoreDetails:
        """What the fields say, checked in their order; ValidationError says what to fix."""
        header: tuple[str, ...] = ()
        footer: tuple[str, ...] = ()
        if self.header_field is not None and self.footer_field is not None:
            header = tuple(self.header_field.toPlainText().splitlines())
            footer = tuple(self.footer_field.toPlainText().splitlines())
        details = StoreDetails(
            self.code_field.text(), self.name_field.text(), self.currency_field.text(),
            "inclusive" if self.inclusive.isChecked() else "exclusive", {},
            str(self.rounding_combo.currentData()), self.cash_step_field.text(),
            header, footer, self._till,
            None if self.language_combo is None else str(self.language_combo.currentData()))
        try:
            details = details.checked()
        except ValidationError as exc:
            self._field_for(str(exc)).setFocus()
            raise
        try:
            rates = parse_taxes(self.taxes_field.text())
            if not rates:
                raise ValidationError(translate("Setup", "give at least one tax class, e.g. "
                                                         "standard=8.25%"))
        except ValidationError:
            self.taxes_field.setFocus()
            raise
        return replace(details, rates=rates)

    def _field_for(self, message: str) -> QWidget:
        """The field a message of ``StoreDetails.checked`` is about."""
        text = message.lower()
        for words, field in (("store code", self.code_field), ("name", self.name_field),
                             ("currency", self.currency_field), ("iso 4217", self.currency_field),
                             ("till code", self.code_field)):
            if words in text:
                return field
        return self.cash_step_field  # what is left is the cash rounding amount
