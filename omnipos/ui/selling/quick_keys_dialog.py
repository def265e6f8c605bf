"""The manager's quick-keys editor: a SKU and a label for each of the twelve keys."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from omnipos.domain.quick_keys import LABEL_MAX, SLOTS, QuickKey, check_layout
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate


class QuickKeysDialog(FormDialog):
    """Enter saves (``value``: the layout); an empty SKU leaves that key blank."""

    close_on_submit = False  # the service (and maybe a manager) must accept it first

    def __init__(self, keys: Sequence[QuickKey], parent: QWidget | None = None) -> None:
        super().__init__(translate("Sell", "Quick keys"),
                         heading=translate("Sell", "Quick keys: the SKU each key sells and its "
                                                   "label (empty: the product's name)"),
                         ok_text=translate("Sell", "Save  Enter"),
                         width=1180, name="quickKeysDialog", parent=parent)
        grid = QGridLayout()  # keys 1-6 on the left, 7-12 on the right: it fits 800 px
        half = (SLOTS + 1) // 2
        for column in (0, 3):
            grid.addWidget(QLabel(translate("Sell", "Key"), self), 0, column)
            grid.addWidget(QLabel(translate("Sell", "SKU"), self), 0, column + 1)
            grid.addWidget(QLabel(translate("Sell", "Label"), self), 0, column + 2)
        by_position = {k.position: k for k in keys}
        self.skus: list[QLineEdit] = []
        self.labels: list[QLineEdit] = []
        for position in range(1, SLOTS + 1):
            key = by_position.get(position)
            sku = QLineEdit(key.sku if key else "", self)
            sku.setObjectName(f"quickSku{position}")
            label = QLineEdit(key.label if key else "", self)
            label.setObjectName(f"quickLabel{position}")
            label.setMaxLength(LABEL_MAX)
            row, column = (position - 1) % half + 1, 0 if position <= half else 3
            grid.addWidget(QLabel(f"Ctrl+F{position}", self), row, column)
            grid.addWidget(sku, row, column + 1)
            grid.addWidget(label, row, column + 2)
            self.skus.append(sku)
            self.labels.append(label)
        self.body.addLayout(grid)
        self.first_field = self.skus[0]

    def read(self) -> tuple[QuickKey, ...]:
        return check_layout(QuickKey(n, sku.text(), label.text())
                            for n, (sku, label) in enumerate(zip(self.skus, self.labels,
                                                                 strict=True), start=1)
                            if sku.text().strip())
