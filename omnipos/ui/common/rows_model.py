"""A read-only table over a tuple of immutable rows; subclasses say how a cell reads."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Rows replaced as a whole (search results, parked sales); cells come from ``cell``.

    ``HEADERS`` are English, marked ``QT_TRANSLATE_NOOP("Columns", …)``: shown translated.
    """

    HEADERS: ClassVar[Mapping[int, str]] = {}

    def __init__(self) -> None:
        super().__init__()
        self._rows: tuple[Row, ...] = ()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            header = self.HEADERS.get(section)
            return QCoreApplication.translate("Columns", header) if header else header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        return self.cell(item, index.column(), role)

    def cell(self, item: Row, column: int, role: int) -> Any:
        """What ``column`` of ``item`` shows for ``role``; None for nothing."""
        raise NotImplementedError
