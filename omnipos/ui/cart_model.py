"""The cart table: a read-only model over the immutable CartView snapshot.

The controller replaces the whole snapshot after each change (the service
returns a fresh one); rows are few, so a reset is cheap and simple.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from omnipos.domain.cart import CartView, LineView
from omnipos.ui import formatting

COL_NAME = 0
COL_QTY = 1
COL_UNIT_PRICE = 2
COL_DISCOUNT = 3
COL_TOTAL = 4
COLUMN_COUNT = 5

HEADERS = {
    COL_NAME: "Item",
    COL_QTY: "Qty",
    COL_UNIT_PRICE: "Unit price",
    COL_DISCOUNT: "Discount",
    COL_TOTAL: "Total",
}

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    """Rows are the cart's lines in the order they were added."""

    LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, currency: str = "USD") -> None:
        super().__init__()
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
        if len(new) >= len(old) and all(a.line_id == b.line_id for a, b in zip(old, new)):
            changed = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
            if len(new) > len(old):
                self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
                self._lines = new
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
            self.endRemoveRows()
            return
        self.beginResetModel()
        self._lines = new
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
            return HEADERS.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section == COL_NAME else _RIGHT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if col == COL_NAME else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return f"{line.name}\nSKU {line.sku}"
        if role == Qt.ItemDataRole.FontRole and col == COL_TOTAL:
            return _bold_font()
        if role == self.LINE_ID_ROLE:
            return line.line_id
        return None

    def _display(self, line: LineView, col: int) -> str:
        cur = self._currency
        if col == COL_NAME:
            return f"{line.name}  (price changed)" if line.overridden else line.name
        if col == COL_QTY:
            qty = formatting.quantity(line.qty)
            return f"{qty} kg" if line.sold_by == "weight" else qty
        if col == COL_UNIT_PRICE:
            return formatting.money(line.unit_price_minor, cur)
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
