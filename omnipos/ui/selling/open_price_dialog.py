"""An open-price item: unlabelled goods sold at a price the cashier types. Layout and reading."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from omnipos.domain.errors import ValidationError
from omnipos.domain.money import parse_amount
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate


class OpenPriceDialog(FormDialog):
    """The price first (it has the keyboard), then what the item is and its tax class.

    After ``accepted``: ``value`` is (description, price_minor, tax_class).
    """

    def __init__(self, currency: str, tax_classes: Iterable[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Sell", "Open-price item"),
                         heading=translate("Sell", "An unlabelled item: type its price"),
                         ok_text=translate("Sell", "Add  Enter"), name="openPriceDialog",
                         parent=parent)
        self._currency = currency
        self.price = QLineEdit(self)
        self.price.setObjectName("openPriceField")
        self.price.setPlaceholderText("0.00")
        self.description = QLineEdit(self)
        self.description.setObjectName("openPriceName")
        self.description.setMaxLength(200)
        self.description.setPlaceholderText(translate("Sell", "Unlabelled item (what it is, for "
                                                              "the receipt)"))
        self.tax_class = QComboBox(self)
        self.tax_class.setObjectName("openPriceTax")
        classes = sorted(tax_classes)
        self.tax_class.addItems(classes)
        if "standard" in classes:
            self.tax_class.setCurrentText("standard")
        self.add_row(translate("Sell", "Price ({currency})").format(currency=currency),
                     self.price)
        self.add_row(translate("Sell", "Item"), self.description)
        self.add_row(translate("Sell", "Tax class"), self.tax_class)
        self.add_number_pad()

    def read(self) -> tuple[str, int, str]:
        price = parse_amount(formatting.typed(self.price.text()), self._currency)
        if price <= 0:
            raise ValidationError(translate("Sell", "type the price of the item (above 0)"))
        if not self.tax_class.currentText():
            raise ValidationError(translate("Sell", "the store has no tax class to sell under"))
        return self.description.text().strip(), price, self.tax_class.currentText()
