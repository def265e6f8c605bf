"""Parked sales waiting to be resumed: a read-only table over ParkedInfo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from omnipos.services.checkout import ParkedInfo

COL_LABEL = 0
COL_PARKED_AT = 1
COL_CASHIER = 2
COL_LINES = 3
COLUMN_COUNT = 4

HEADERS = {COL_LABEL: "Sale", COL_PARKED_AT: "Parked at", COL_CASHIER: "Cashier", COL_LINES: "Lines"}

Index = QModelIndex | QPersistentModelIndex


class ParkedModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[ParkedInfo, ...] = ()

    def set_rows(self, rows: Sequence[ParkedInfo]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def parked_at(self, row: int) -> ParkedInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS.get(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.parked_at(index.row()) if index.isValid() else None
        if info is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_LABEL:
            return info.label or "(no label)"
        if col == COL_PARKED_AT:
            return info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if col == COL_CASHIER:
            return info.cashier
        if col == COL_LINES:
            return str(info.line_count)
        return None
