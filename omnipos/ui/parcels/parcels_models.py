"""The Parcels screen's tables: the items the RMA expects, and the items found in the parcel.

Display only: rows are the services' immutable ``ExpectedLine`` and
``FoundItem``. A missing line and an item the RMA did not expect are marked:
both are exceptions for customer service.
"""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from omnipos.services.parcels import ExpectedLine, FoundItem
from omnipos.ui.common import formatting
from omnipos.ui.common.rows_model import RowsTableModel
from omnipos.ui.i18n import said, translate

EXP_ITEM = 0
EXP_QTY = 1
EXP_SCANNED = 2
EXP_MISSING = 3
EXP_REASON = 4

ITEM_NO = 0
ITEM_NAME = 1
ITEM_CONDITION = 2
ITEM_DISPOSITION = 3
ITEM_NOTE = 4

_MISSING = QColor("#fff3dc")
_COMPLETE = QColor("#e3f6e9")
_UNEXPECTED = QColor("#ffe3e6")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ExpectedModel(RowsTableModel[ExpectedLine]):
    HEADERS: ClassVar[dict[int, str]] = {
        EXP_ITEM: QT_TRANSLATE_NOOP("Columns", "Expected in the parcel"),
        EXP_QTY: QT_TRANSLATE_NOOP("Columns", "Qty"),
        EXP_SCANNED: QT_TRANSLATE_NOOP("Columns", "Scanned"),
        EXP_MISSING: QT_TRANSLATE_NOOP("Columns", "Missing"),
        EXP_REASON: QT_TRANSLATE_NOOP("Columns", "Reason"),
    }

    def cell(self, item: ExpectedLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                EXP_ITEM: f"{item.name}  ({item.sku})",
                EXP_QTY: formatting.quantity(item.quantity),
                EXP_SCANNED: formatting.quantity(item.scanned),
                EXP_MISSING: formatting.quantity(item.missing) if item.missing else "",
                EXP_REASON: item.reason,
            }.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (EXP_QTY, EXP_SCANNED,
                                                                    EXP_MISSING):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_COMPLETE if item.missing == 0 else _MISSING)
        return None


class FoundModel(RowsTableModel[FoundItem]):
    HEADERS: ClassVar[dict[int, str]] = {
        ITEM_NO: "#",
        ITEM_NAME: QT_TRANSLATE_NOOP("Columns", "Found in the parcel"),
        ITEM_CONDITION: QT_TRANSLATE_NOOP("Columns", "Condition"),
        ITEM_DISPOSITION: QT_TRANSLATE_NOOP("Columns", "Goes to"),
        ITEM_NOTE: QT_TRANSLATE_NOOP("Columns", "Note"),
    }

    def __init__(self) -> None:
        super().__init__()
        self.has_rma = True

    def cell(self, item: FoundItem, column: int, role: int) -> Any:
        unexpected = item.unexpected and self.has_rma
        if role == Qt.ItemDataRole.DisplayRole:
            note = item.note
            if unexpected:
                note = translate("Parcels", "not on the RMA") + (f"; {note}" if note else "")
            return {
                ITEM_NO: str(item.item_no),
                ITEM_NAME: f"{item.name}  ({item.sku})",
                ITEM_CONDITION: (said(item.condition.label) if item.condition
                                 else translate("Parcels", "missing")),
                ITEM_DISPOSITION: said(item.disposition.label),
                ITEM_NOTE: note,
            }.get(column)
        if role == Qt.ItemDataRole.BackgroundRole and unexpected:
            return QBrush(_UNEXPECTED)
        return None
