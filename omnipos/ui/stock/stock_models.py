"""The Stock screen's tables: the other stores, the expected deliveries, one being received."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from omnipos.services.stock import DeliveryView, OtherStore
from omnipos.ui.common import formatting
from omnipos.ui.common.rows_model import RowsTableModel

OTHER_STORE, OTHER_AVAILABLE, OTHER_DISTANCE, OTHER_AS_OF = range(4)
DEL_NUMBER, DEL_KIND, DEL_SOURCE, DEL_EXPECTED, DEL_LINES = range(5)
REC_SKU, REC_NAME, REC_EXPECTED, REC_RECEIVED, REC_OVER_SHORT = range(5)

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def when(moment: datetime | None) -> str:
    """A moment as the store reads it: "26 Nov 09:30" in local time."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{local.day} {local:%b} {local:%H:%M}"


class OthersModel(RowsTableModel[OtherStore]):
    HEADERS: ClassVar[dict[int, str]] = {
        OTHER_STORE: QT_TRANSLATE_NOOP("Columns", "Store"),
        OTHER_AVAILABLE: QT_TRANSLATE_NOOP("Columns", "Available"),
        OTHER_DISTANCE: QT_TRANSLATE_NOOP("Columns", "Distance"),
        OTHER_AS_OF: QT_TRANSLATE_NOOP("Columns", "As of"),
    }

    def cell(self, item: OtherStore, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == OTHER_STORE:
                return f"{item.code} {item.name}" if item.name != item.code else item.code
            if column == OTHER_AVAILABLE:
                return formatting.quantity(item.available)
            if column == OTHER_DISTANCE:
                return "" if item.distance_km is None else f"{item.distance_km:.1f} km"
            return when(item.as_of)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (OTHER_AVAILABLE,
                                                                     OTHER_DISTANCE):
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and item.available <= 0:
            return QColor("#8a93a3")
        return None


class DeliveriesModel(RowsTableModel[DeliveryView]):
    HEADERS: ClassVar[dict[int, str]] = {
        DEL_NUMBER: QT_TRANSLATE_NOOP("Columns", "Delivery"),
        DEL_KIND: QT_TRANSLATE_NOOP("Columns", "Kind"),
        DEL_SOURCE: QT_TRANSLATE_NOOP("Columns", "From"),
        DEL_EXPECTED: QT_TRANSLATE_NOOP("Columns", "Expected"),
        DEL_LINES: QT_TRANSLATE_NOOP("Columns", "Lines"),
    }

    def cell(self, item: DeliveryView, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (item.number, item.kind, item.source, when(item.expected_at),
                str(len(item.lines)))[column]


class ReceivingModel(RowsTableModel[Any]):
    """Lines of the delivery being received (``db.deliveries.ReceivedLine`` through services)."""

    HEADERS: ClassVar[dict[int, str]] = {
        REC_SKU: QT_TRANSLATE_NOOP("Columns", "SKU"),
        REC_NAME: QT_TRANSLATE_NOOP("Columns", "Item"),
        REC_EXPECTED: QT_TRANSLATE_NOOP("Columns", "Expected"),
        REC_RECEIVED: QT_TRANSLATE_NOOP("Columns", "Received"),
        REC_OVER_SHORT: QT_TRANSLATE_NOOP("Columns", "Over / short"),
    }

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == REC_SKU:
                return item.sku
            if column == REC_NAME:
                return item.name
            if column == REC_EXPECTED:
                return formatting.quantity(item.expected)
            if column == REC_RECEIVED:
                return formatting.quantity(item.received)
            diff = item.over_short
            return "" if not diff else ("over " if diff > 0 else "short ") + \
                formatting.quantity(abs(diff))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= REC_EXPECTED:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == REC_OVER_SHORT:
            return QColor("#b00020") if item.over_short < 0 else QColor("#7a4b00")
        return None
