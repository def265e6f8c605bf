"""The Returns screen's tables: the original's lines, and what comes back with its worth.

Display only: rows are the services' immutable ``OriginalLine`` and
``QuotedLine``; a line the policy refuses is shown in red with why.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from omnipos.services.returns import OriginalLine, QuotedLine
from omnipos.ui.common import formatting
from omnipos.ui.common.rows_model import RowsTableModel
from omnipos.ui.i18n import said, translate

ORIG_ITEM = 0
ORIG_SOLD = 1
ORIG_BACK_BEFORE = 2
ORIG_LEFT = 3
ORIG_PAID = 4

RET_ITEM = 0
RET_QTY = 1
RET_CONDITION = 2
RET_DISPOSITION = 3
RET_REFUND = 4
RET_NOTE = 5

_REFUSED = QColor("#ffe3e6")
_DONE = QColor("#eef1f5")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class OriginalModel(RowsTableModel[OriginalLine]):
    """The lines of the receipt: sold, returned before, what may still come back."""

    HEADERS: ClassVar[dict[int, str]] = {
        ORIG_ITEM: QT_TRANSLATE_NOOP("Columns", "On the receipt"),
        ORIG_SOLD: QT_TRANSLATE_NOOP("Columns", "Sold"),
        ORIG_BACK_BEFORE: QT_TRANSLATE_NOOP("Columns", "Returned"),
        ORIG_LEFT: QT_TRANSLATE_NOOP("Columns", "Can return"),
        ORIG_PAID: QT_TRANSLATE_NOOP("Columns", "Paid"),
    }

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.currency = currency

    def cell(self, item: OriginalLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                ORIG_ITEM: f"{item.name}  ({item.sku})",
                ORIG_SOLD: formatting.quantity(item.qty),
                ORIG_BACK_BEFORE: formatting.quantity(item.returned_qty),
                ORIG_LEFT: formatting.quantity(item.returnable),
                ORIG_PAID: formatting.money(item.paid_minor, self.currency),
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != ORIG_ITEM:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and item.returnable <= 0:
            return QBrush(_DONE)
        return None


class ReturnLinesModel(RowsTableModel[QuotedLine]):
    """What comes back: quantity, condition, disposition, and what it refunds."""

    HEADERS: ClassVar[dict[int, str]] = {
        RET_ITEM: QT_TRANSLATE_NOOP("Columns", "Coming back"),
        RET_QTY: QT_TRANSLATE_NOOP("Columns", "Qty"),
        RET_CONDITION: QT_TRANSLATE_NOOP("Columns", "Condition"),
        RET_DISPOSITION: QT_TRANSLATE_NOOP("Columns", "Goes to"),
        RET_REFUND: QT_TRANSLATE_NOOP("Columns", "Refund"),
        RET_NOTE: QT_TRANSLATE_NOOP("Columns", "Note"),
    }

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.currency = currency

    def cell(self, item: QuotedLine, column: int, role: int) -> Any:
        line = item.line
        if role == Qt.ItemDataRole.DisplayRole:
            note = "; ".join(said(r.message) for r in item.refusals)
            if item.fee_minor:
                fee = formatting.money(item.fee_minor, self.currency)
                note = translate("Returns", "restocking fee {fee}").format(
                    fee=fee) + (f"; {note}" if note else "")
            return {
                RET_ITEM: line.name or line.sku,
                RET_QTY: formatting.quantity(line.qty),
                RET_CONDITION: said(line.condition.label),
                RET_DISPOSITION: said(line.disposition.label),
                RET_REFUND: formatting.money(item.refund_minor, self.currency),
                RET_NOTE: note,
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RET_QTY, RET_REFUND):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole and item.refusals:
            return QBrush(_REFUSED)
        return None
