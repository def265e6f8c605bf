"""Parked sales waiting to be resumed: a read-only table over ParkedInfo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from omnipos.services.selling import ParkedInfo
from omnipos.ui.common.rows_model import RowsTableModel
from omnipos.ui.i18n import translate

COL_LABEL = 0
COL_PARKED_AT = 1
COL_CASHIER = 2
COL_LINES = 3

HEADERS = {COL_LABEL: QT_TRANSLATE_NOOP("Columns", "Sale"),
           COL_PARKED_AT: QT_TRANSLATE_NOOP("Columns", "Parked at"),
           COL_CASHIER: QT_TRANSLATE_NOOP("Columns", "Cashier"),
           COL_LINES: QT_TRANSLATE_NOOP("Columns", "Lines")}

class ParkedModel(RowsTableModel[ParkedInfo]):
    HEADERS = HEADERS

    def parked_at(self, row: int) -> ParkedInfo | None:
        return self.row_at(row)

    def cell(self, info: ParkedInfo, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_LABEL:
            return info.label or translate("Sell", "(no label)")
        if col == COL_PARKED_AT:
            return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == COL_CASHIER:
            return info.cashier
        if col == COL_LINES:
            return str(info.line_count)
        return None
