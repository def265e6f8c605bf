"""The Stock screen's dialogs: adjust an item's stock with a reason; confirm a delivery in."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from omnipos.domain.errors import ValidationError
from omnipos.domain.stock import AdjustReason
from omnipos.ui.common import formatting
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import said, translate


@dataclass(frozen=True, slots=True)
class Adjustment:
    reason: AdjustReason
    quantity: Decimal
    note: str


class AdjustDialog(FormDialog):
    """F4: how many, which way and why (the reason says the way: damaged, theft... off the
    shelf; found, received, transfer in onto it)."""

    def __init__(self, name: str, on_hand: Decimal, parent: QWidget | None = None) -> None:
        super().__init__(translate("Stock", "Adjust stock"), heading=translate(
            "Stock", "Adjust stock of {name}").format(name=name), width=600,
                         name="adjustDialog", parent=parent)
        self.add_widget(QLabel(translate("Stock", "On hand now: {qty}").format(
            qty=formatting.quantity(on_hand)), self))
        self.reason = QComboBox(self)
        self.reason.setObjectName("adjustReason")
        for reason in AdjustReason:
            sign = "+" if reason.moves(Decimal(1))[0][1] > 0 else "-"
            self.reason.addItem(f"{said(reason.label)} ({sign})", reason)
        self.quantity = QLineEdit("1", self)
        self.quantity.setObjectName("adjustQuantity")
        self.note = QLineEdit(self)
        self.note.setObjectName("adjustNote")
        self.note.setPlaceholderText(translate("Stock", "what happened; from or to where for a "
                                                        "transfer"))
        self.add_row(translate("Stock", "Quantity"), self.quantity)
        self.add_row(translate("Stock", "Reason"), self.reason)
        self.add_row(translate("Stock", "Note"), self.note)

    def read(self) -> Adjustment:
        try:
            qty = Decimal(self.quantity.text().strip().replace(",", "."))
        except InvalidOperation as exc:
            raise ValidationError(translate("Stock", "quantity: type a number")) from exc
        if not qty.is_finite() or qty <= 0:
            raise ValidationError(translate("Stock", "quantity: more than 0"))
        return Adjustment(AdjustReason(self.reason.currentData()), qty, self.note.text().strip())
