"""Search results: a read-only table over a list of ProductInfo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from omnipos.domain.cart import ProductInfo
from omnipos.ui import formatting

COL_NAME = 0
COL_BRAND = 1
COL_SKU = 2
COL_PRICE = 3
COLUMN_COUNT = 4

HEADERS = {COL_NAME: "Product", COL_BRAND: "Brand", COL_SKU: "SKU", COL_PRICE: "Price"}

Index = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, currency: str) -> None:
        super().__init__()
        self._currency = currency
        self._rows: tuple[ProductInfo, ...] = ()

    def set_results(self, rows: Sequence[ProductInfo]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def product_at(self, row: int) -> ProductInfo | None:
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
        product = self.product_at(index.row()) if index.isValid() else None
        if product is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return product.name
            if col == COL_BRAND:
                return product.brand
            if col == COL_SKU:
                return product.sku
            if col == COL_PRICE:
                price = formatting.money(product.price_minor, self._currency)
                return f"{price} /kg" if product.sold_by == "weight" else price
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_PRICE:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None
