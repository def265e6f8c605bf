"""Search results: a read-only table over a list of ProductInfo."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from omnipos.domain.cart import ProductInfo
from omnipos.ui.common import formatting
from omnipos.ui.common.rows_model import RowsTableModel

COL_NAME = 0
COL_BRAND = 1
COL_SKU = 2
COL_PRICE = 3

HEADERS = {COL_NAME: QT_TRANSLATE_NOOP("Columns", "Product"),
           COL_BRAND: QT_TRANSLATE_NOOP("Columns", "Brand"),
           COL_SKU: QT_TRANSLATE_NOOP("Columns", "SKU"),
           COL_PRICE: QT_TRANSLATE_NOOP("Columns", "Price")}

class SearchResultsModel(RowsTableModel[ProductInfo]):
    HEADERS = HEADERS

    def __init__(self, currency: str) -> None:
        super().__init__()
        self._currency = currency

    def set_results(self, rows: Sequence[ProductInfo]) -> None:
        self.set_rows(rows)

    def product_at(self, row: int) -> ProductInfo | None:
        return self.row_at(row)

    def cell(self, product: ProductInfo, col: int, role: int) -> Any:
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
