"""F4: change the quantity of the selected line.

Small enough that its one rule (a whole number 1..9999, or a weight) lives
here beside the layout; the service checks the same bounds again.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from omnipos.domain.cart import MAX_UNITS, SoldBy, parse_quantity
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate


class QuantityDialog(FormDialog):
    """Enter accepts a valid quantity (``value``); Esc closes without a change."""

    def __init__(self, name: str, qty: Decimal, sold_by: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("Sell", "Change quantity"), heading=name, width=520,
                         name="quantityDialog", parent=parent)
        self._sold_by = sold_by
        prompt = (translate("Sell", "New weight in kg:") if sold_by == SoldBy.WEIGHT
                  else translate("Sell", "New quantity (1 to {most}):").format(most=MAX_UNITS))
        self.prompt = self.add_widget(QLabel(prompt, self))
        self.field = QLineEdit(formatting.quantity(qty), self)
        self.field.setObjectName("quantityField")
        self.add_widget(self.field)
        self.first_field = self.field
        self.add_number_pad()

    def read(self) -> Decimal:
        return parse_quantity(self.field.text(), self._sold_by)
