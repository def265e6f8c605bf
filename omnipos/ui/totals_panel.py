"""The totals panel in large type: subtotal, discount, each tax, total, paid, change due."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from omnipos.domain.cart import CartTotals
from omnipos.ui import formatting

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "totalsCaption")
    return label


def _value(parent: QWidget) -> QLabel:
    label = QLabel("", parent)
    label.setProperty("role", "totalsValue")
    label.setAlignment(_RIGHT)
    return label


class TotalsPanel(QFrame):
    """Shows one CartTotals; the tax rows follow the classes that appear in the cart."""

    def __init__(self, currency: str, rates: Mapping[str, Decimal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsPanel")
        self._currency = currency
        self._rates = dict(rates)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(16, 12, 16, 12)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 1)

        self.subtotal = _value(self)
        self.discount = _value(self)
        self._discount_caption = _caption("Discount", self)
        self.total = QLabel("", self)
        self.total.setObjectName("totalValue")
        self.total.setAlignment(_RIGHT)
        self._total_caption = QLabel("Total", self)
        self._total_caption.setObjectName("totalCaption")
        self.paid = _value(self)
        self.change = QLabel("", self)
        self.change.setObjectName("changeValue")
        self.change.setAlignment(_RIGHT)
        self._change_caption = QLabel("Change due", self)
        self._change_caption.setObjectName("changeCaption")
        self.title = QLabel("Current sale", self)
        self.title.setObjectName("salePanelTitle")
        self._subtotal_caption = _caption("Subtotal", self)
        self._paid_caption = _caption("Paid", self)
        self._tax_rows: list[tuple[QLabel, QLabel]] = []
        self.tax_values: dict[str, QLabel] = {}
        self._totals: CartTotals | None = None
        self._tax_word = "Tax"
        self._paid_minor = 0
        self._change_minor = 0
        self._layout_rows([])
        self.show_totals(None)

    def _layout_rows(self, tax_classes: list[str]) -> None:
        for caption, value in self._tax_rows:
            self._grid.removeWidget(caption)
            self._grid.removeWidget(value)
            caption.deleteLater()
            value.deleteLater()
        self._tax_rows = []
        self.tax_values = {}
        self._grid.addWidget(self.title, 0, 0, 1, 2)
        row = 1
        self._grid.addWidget(self._subtotal_caption, row, 0)
        self._grid.addWidget(self.subtotal, row, 1)
        row += 1
        self._grid.addWidget(self._discount_caption, row, 0)
        self._grid.addWidget(self.discount, row, 1)
        row += 1
        for code in tax_classes:
            rate = self._rates.get(code)
            text = f"{self._tax_word} {code}"
            if rate is not None:
                text += f" {formatting.percent(rate)}"
            caption, value = _caption(text, self), _value(self)
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(value, row, 1)
            self._tax_rows.append((caption, value))
            self.tax_values[code] = value
            row += 1
        self._grid.addWidget(self._total_caption, row, 0)
        self._grid.addWidget(self.total, row, 1)
        row += 1
        self._grid.addWidget(self._paid_caption, row, 0)
        self._grid.addWidget(self.paid, row, 1)
        row += 1
        self._grid.addWidget(self._change_caption, row, 0)
        self._grid.addWidget(self.change, row, 1)

    def show_totals(self, totals: CartTotals | None, *, paid_minor: int = 0,
                    change_minor: int = 0, title: str = "Current sale") -> None:
        """Show a cart's totals (None: an empty sale) and what was paid on it."""
        self.title.setText(title)
        cur = totals.currency if totals is not None else self._currency
        self._currency = cur
        classes = sorted(totals.tax_by_class) if totals is not None else []
        tax_word = "incl. tax" if totals is not None and totals.prices_include_tax else "Tax"
        if classes != sorted(self.tax_values) or tax_word != self._tax_word:
            self._tax_word = tax_word
            self._layout_rows(classes)
        money = formatting.money
        self.subtotal.setText(money(totals.subtotal_minor if totals else 0, cur))
        discount = totals.discount_minor if totals else 0
        self.discount.setText(f"-{money(discount, cur)}" if discount else money(0, cur))
        for code, label in self.tax_values.items():
            label.setText(money(totals.tax_by_class.get(code, 0) if totals else 0, cur))
        self.total.setText(money(totals.total_minor if totals else 0, cur))
        self._total_caption.setText(f"Total {cur}")
        self.paid.setText(money(paid_minor, cur))
        self.change.setText(money(change_minor, cur))
        self._totals = totals
        self._paid_minor, self._change_minor = paid_minor, change_minor
