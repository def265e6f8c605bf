"""The cart table: a read-only model over the immutable CartView snapshot.

The controller replaces the whole snapshot after each change (the service
returns a fresh one); rows are few, so a reset is cheap and simple.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

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
# Plain ints: comparing and returning Python enums on every cell paint is measurably slow.
_ALIGN_RIGHT = int(_RIGHT.value)
_ALIGN_LEFT = int(_LEFT.value)
_GRAMS = Decimal("0.001")  # a weight shows to the gram
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)

Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    """Rows are the cart's lines in the order they were added."""

    LINE_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1

    def __init__(self, currency: str = "USD") -> None:
        super().__init__()
        self._currency = currency
        self._lines: tuple[LineView, ...] = ()
        self._cells: list[tuple[str, ...]] = []  # display text per row, made once per change

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
            changed = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
            for i in changed:
                self._cells[i] = self._row_cells(new[i])
            if len(new) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
                self._lines = new
                self._cells.extend(self._row_cells(line) for line in new[len(old):])
                self.endInsertRows()
            else:
                self._lines = new
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), COLUMN_COUNT - 1))
            return
        gone = _single_removal(old, new)
        if gone is not None:
            self.beginRemoveRows(QModelIndex(), gone, gone)
            self._lines = new
            del self._cells[gone]
            self.endRemoveRows()
            return
        self.beginResetModel()
        self._lines = new
        self._cells = [self._row_cells(line) for line in new]
        self.endResetModel()

    def line_at(self, row: int) -> LineView | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, line_id: str) -> int:
        for row, line in enumerate(self._lines):
            if line.line_id == line_id:
                return row
        return -1

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

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

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        # Called for every visible cell and role on each paint: keep it to look-ups.
        row = index.row()
        if not 0 <= row < len(self._cells):
            return None
        if role == _DISPLAY:
            return self._cells[row][index.column()]
        if role == _ALIGN:
            return _ALIGN_LEFT if index.column() == COL_NAME else _ALIGN_RIGHT
        if role == _FONT:
            return _bold_font() if index.column() == COL_TOTAL else None
        if role == _TOOLTIP and index.column() == COL_NAME:
            line = self._lines[row]
            return translate("Sell", "{name}\nSKU {sku}").format(name=line.name, sku=line.sku)
        if role == self.LINE_ID_ROLE:
            return self._lines[row].line_id
        return None

    def _row_cells(self, line: LineView) -> tuple[str, ...]:
        return tuple(self._display(line, col) for col in range(COLUMN_COUNT))

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
