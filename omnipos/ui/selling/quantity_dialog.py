"""F4: change the quantity of the selected line.

Small enough that its one rule (a whole number 1..9999, or a weight) lives
here beside the layout; the service checks the same bounds again.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.cart import MAX_UNITS, SoldBy, parse_quantity
from omnipos.domain.errors import ValidationError
from omnipos.ui.common import formatting


class QuantityDialog(QDialog):
    """Enter accepts a valid quantity; Esc closes without a change."""

    def __init__(self, name: str, qty: Decimal, sold_by: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quantityDialog")
        self.setWindowTitle("Change quantity")
        self.setMinimumWidth(520)
        self._sold_by = sold_by
        self.value: Decimal | None = None
        title = QLabel(name, self)
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        unit = "weight in kg" if sold_by == SoldBy.WEIGHT else f"quantity (1 to {MAX_UNITS})"
        self.prompt = QLabel(f"New {unit}:", self)
        self.field = QLineEdit(formatting.quantity(qty), self)
        self.field.setObjectName("quantityField")
        self.field.selectAll()
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton("OK  Enter", self)
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel  Esc", self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self._try_accept)
        self.field.returnPressed.connect(self._try_accept)
        self.cancel_button.clicked.connect(self.reject)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _try_accept(self) -> None:
        try:
            self.value = parse_quantity(self.field.text(), self._sold_by)
        except ValidationError as exc:
            self.error.setText(formatting.sentence(str(exc)))
            self.field.selectAll()
            self.field.setFocus()
            return
        self.accept()
