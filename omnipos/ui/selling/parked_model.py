"""Parked sales waiting to be resumed: a read-only table over ParkedInfo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from omnipos.services.selling import ParkedInfo
from omnipos.ui.common.rows_model import RowsTableModel

COL_LABEL = 0
COL_PARKED_AT = 1
COL_CASHIER = 2
COL_LINES = 3

HEADERS = {COL_LABEL: "Sale", COL_PARKED_AT: "Parked at", COL_CASHIER: "Cashier",
           COL_LINES: "Lines"}

class ParkedModel(RowsTableModel[ParkedInfo]):
    HEADERS = HEADERS

    def parked_at(self, row: int) -> ParkedInfo | None:
        return self.row_at(row)

    def cell(self, info: ParkedInfo, col: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == COL_LABEL:
            return info.label or "(no label)"
        if col == COL_PARKED_AT:
            return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == COL_CASHIER:
            return info.cashier
        if col == COL_LINES:
            return str(info.line_count)
        return None
