"""The cart table: Qt's own items made from the immutable CartView snapshot.

The controller hands over the whole snapshot after each change (the service returns a
fresh one) and the model changes only the items that differ: a scan appends one row, an
edit rewrites one row's texts, a void removes one. The cells live in QStandardItems, so
painting the table (every visible cell asks for six or seven roles) runs no Python: a scan's
repaint is Qt's alone, and needs no turn at the interpreter while the database worker has it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from omnipos.domain.cart import CartView, LineView
from omnipos.ui.common import formatting
from omnipos.ui.i18n import translate

COL_NAME = 0
COL_QTY = 1
COL_UNIT_PRICE = 2
COL_DISCOUNT = 3
COL_TOTAL = 4
COLUMN_COUNT = 5

HEADERS = {  # shown translated
    COL_NAME: QT_TRANSLATE_NOOP("Columns", "Item"),
    COL_QTY: QT_TRANSLATE_NOOP("Columns", "Qty"),
    COL_UNIT_PRICE: QT_TRANSLATE_NOOP("Columns", "Unit price"),
    COL_DISCOUNT: QT_TRANSLATE_NOOP("Columns", "Discount"),
    COL_TOTAL: QT_TRANSLATE_NOOP("Columns", "Total"),
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
_GRAMS = Decimal("0.001")  # a weight shows to the gram


class CartModel(QStandardItemModel):
    """Rows are the cart's lines in the order they were added."""

    LINE_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # on each row's first cell

    def __init__(self, currency: str = "USD") -> None:
        super().__init__(0, COLUMN_COUNT)
        self._currency = currency
        self._lines: tuple[LineView, ...] = ()

    # -- updates from the controller -------------------------------------------------

    def set_view(self, view: CartView | None) -> None:
        """Show a new snapshot, telling the view only what changed (a scan adds one row).

        A full reset would re-lay the whole table on every scan; the scan-to-screen
        budget is 16 ms, so appends, single removals and edits are signalled as such.
        """
        new = view.lines if view is not None else ()
        if view is not None:
            self._currency = view.totals.currency
        old = self._lines
        same_start = all(a.line_id == b.line_id for a, b in zip(old, new, strict=False))
        if len(new) >= len(old) and same_start:
            self._lines = new
            for row, (was, now) in enumerate(zip(old, new, strict=False)):
                if was != now:
                    self._rewrite(row, now)
            for line in new[len(old):]:
                self.appendRow(self._items(line))
            return
        gone = _single_removal(old, new)
        if gone is not None:
            self._lines = new
            self.removeRow(gone)
            return
        # Another sale (a new one, a resumed one): one reset, its items made out of sight.
        self.beginResetModel()
        self.blockSignals(True)
        try:
            self._lines = new
            self.setRowCount(0)
            for line in new:
                self.appendRow(self._items(line))
        finally:
            self.blockSignals(False)
            self.endResetModel()

    def line_at(self, row: int) -> LineView | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, line_id: str) -> int:
        for row, line in enumerate(self._lines):
            if line.line_id == line_id:
                return row
        return -1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            header = HEADERS.get(section)
            return translate("Columns", header) if header else header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == COL_NAME else _RIGHT
        return None

    # -- the items -------------------------------------------------------------------

    def _items(self, line: LineView) -> list[QStandardItem]:
        items = []
        for col in range(COLUMN_COUNT):
            item = QStandardItem(self._display(line, col))
            item.setFlags(_READ_ONLY)
            item.setTextAlignment(_LEFT if col == COL_NAME else _RIGHT)
            if col == COL_TOTAL:
                item.setFont(_bold_font())
            items.append(item)
        self._describe(items[COL_NAME], line)
        return items

    def _rewrite(self, row: int, line: LineView) -> None:
        """An edited line: only the texts that differ change (each says so to the view)."""
        for col in range(COLUMN_COUNT):
            item = self.item(row, col)
            text = self._display(line, col)
            if item.text() != text:
                item.setText(text)
        self._describe(self.item(row, COL_NAME), line)

    @classmethod
    def _describe(cls, item: QStandardItem, line: LineView) -> None:
        item.setData(line.line_id, cls.LINE_ID_ROLE)
        item.setToolTip(translate("Sell", "{name}\nSKU {sku}").format(name=line.name,
                                                                     sku=line.sku))

    def _display(self, line: LineView, col: int) -> str:
        cur = self._currency
        if col == COL_NAME:
            return translate("Sell", "{name}  (price changed)").format(
                name=line.name) if line.overridden else line.name
        if col == COL_QTY:
            if line.sold_by == "weight":  # grams, as the scale printed them: 1.250 kg
                return f"{line.qty.quantize(_GRAMS)} kg"
            return formatting.quantity(line.qty)
        if col == COL_UNIT_PRICE:
            price = formatting.money(line.unit_price_minor, cur)
            return f"{price}/kg" if line.sold_by == "weight" else price
        if col == COL_DISCOUNT:
            return f"-{formatting.money(line.discount_minor, cur)}" if line.discount_minor else ""
        if col == COL_TOTAL:
            return formatting.money(line.total_minor, cur)
        return ""


def _single_removal(old: tuple[LineView, ...], new: tuple[LineView, ...]) -> int | None:
    """The row removed when ``new`` is ``old`` less exactly one line, else None."""
    if len(new) != len(old) - 1:
        return None
    for i, line in enumerate(old):
        if i == len(new) or new[i].line_id != line.line_id:
            return i if new[i:] == old[i + 1:] else None
    return None


_BOLD: list[QFont] = []


def _bold_font() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]
