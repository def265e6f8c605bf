"""Counting cash by denomination: one row per note and coin, a running total.

Used for the opening float and for the blind closing count: it shows only
what was counted, never what the drawer should hold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from omnipos.domain.shifts import CashCount, denominations
from omnipos.ui.common import formatting
from omnipos.ui.i18n import translate

MAX_PIECES = 9999


class CountBox(QSpinBox):
    """How many pieces of one note or coin; what it holds is selected when it gets the keyboard.

    Qt selects a spin box's text only for Tab; given the focus by a touch or by the
    dialog, the cursor sat before the "0" and typing "1" made "10".
    """

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # After the press that gave the focus has placed the cursor.
        QTimer.singleShot(0, self.selectAll)


class CashCountView(QWidget):
    """Spin boxes per denomination (two columns: notes, coins) and the counted total."""

    changed = Signal(int)  # counted total, minor units

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currency = currency
        self.boxes: dict[int, QSpinBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        notes = [d for d in denominations(currency) if d.kind == "note"]
        coins = [d for d in denominations(currency) if d.kind == "coin"]
        for col, group, title in ((0, notes, translate("Manager", "Notes")),
                                  (2, coins, translate("Manager", "Coins"))):
            head = QLabel(title, self)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col, 1, 2)
            for row, d in enumerate(group, start=1):
                label = QLabel(formatting.money(d.value_minor, currency), self)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                box = CountBox(self)
                box.setObjectName(f"count_{d.value_minor}")
                box.setRange(0, MAX_PIECES)
                box.setMinimumWidth(110)
                box.valueChanged.connect(self._update)
                self.boxes[d.value_minor] = box
                grid.addWidget(label, row, col)
                grid.addWidget(box, row, col + 1)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("dialogTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.total_label)
        self._update()

    def set_counts(self, counts: dict[int, int]) -> None:
        for value, box in self.boxes.items():
            box.setValue(counts.get(value, 0))

    def count(self) -> CashCount:
        return CashCount(self.currency, {v: b.value() for v, b in self.boxes.items() if b.value()})

    def _update(self) -> None:
        total = self.count().total_minor
        self.total_label.setText(translate("Manager", "Counted: {amount}").format(
            amount=formatting.money_with_code(total, self.currency)))
        self.changed.emit(total)
