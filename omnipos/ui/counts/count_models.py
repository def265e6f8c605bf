"""The Counts screen's tables: the open counts, the lines being counted, the review."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor

from omnipos.domain.counts import AreaState
from omnipos.services.counts import ReviewLine, SessionInfo
from omnipos.services.counts.review import Review
from omnipos.ui.common import formatting
from omnipos.ui.common.rows_model import RowsTableModel
from omnipos.ui.i18n import said, translate


class Mode(StrEnum):
    """What the Counts screen shows: the open counts, a count being counted, its review."""

    LIST = "list"
    COUNTING = "counting"
    REVIEW = "review"


# the list of counts
COL_NUMBER, COL_TITLE, COL_DUE, COL_ITEMS, COL_HERE, COL_AREAS = range(6)
# the lines counted so far
LINE_SKU, LINE_NAME, LINE_COUNTED, LINE_EXPECTED = range(4)
# the review
REV_SKU, REV_NAME, REV_COUNTED, REV_EXPECTED, REV_VARIANCE, REV_VALUE, REV_NOTE = range(7)

_ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_FLAG = QColor("#fff3dc")
_STATE_WORDS = {None: QT_TRANSLATE_NOOP("Counts", "not started"),
                AreaState.COUNTING: QT_TRANSLATE_NOOP("Counts", "counting"),
                AreaState.REVIEW: QT_TRANSLATE_NOOP("Counts", "in review"),
                AreaState.SUBMITTED: QT_TRANSLATE_NOOP("Counts", "submitted")}


def due_words(due: datetime | None, overdue: bool) -> str:
    if due is None:
        return ""
    local = due.astimezone()
    text = f"{local.day} {local:%b} {local:%H:%M}"
    return f"OVERDUE {text}" if overdue else text


class SessionsModel(RowsTableModel[SessionInfo]):
    HEADERS: ClassVar[dict[int, str]] = {
        COL_NUMBER: QT_TRANSLATE_NOOP("Columns", "Count"),
        COL_TITLE: QT_TRANSLATE_NOOP("Columns", "What"),
        COL_DUE: QT_TRANSLATE_NOOP("Columns", "Due"),
        COL_ITEMS: QT_TRANSLATE_NOOP("Columns", "Items"),
        COL_HERE: QT_TRANSLATE_NOOP("Columns", "This till"),
        COL_AREAS: QT_TRANSLATE_NOOP("Columns", "Areas done"),
    }

    def cell(self, item: SessionInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == COL_NUMBER:
                return item.number
            if column == COL_TITLE:
                return item.title + ("" if item.blind else translate(
                    "Counts", "  (expected shown)"))
            if column == COL_DUE:
                return due_words(item.due, item.overdue)
            if column == COL_ITEMS:
                return "all" if item.items is None and item.kind.value == "full" else (
                    item.items if item.items is not None else "")
            if column == COL_HERE:
                words = translate("Counts", _STATE_WORDS[item.area_state])
                return f"{words} ({item.area})" if item.area else words
            if column == COL_AREAS:
                return ", ".join(a or "whole store" for a in item.areas_submitted)
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE and item.overdue:
            return QColor("#b00020")
        return None


class CountedLine:
    """One line of the counting table: what is counted so far (and expected, if shown)."""

    __slots__ = ("counted", "expected", "name", "sku")

    def __init__(self, sku: str, name: str, counted: str, expected: str = "") -> None:
        self.sku, self.name, self.counted, self.expected = sku, name, counted, expected


class CountingModel(RowsTableModel[CountedLine]):
    HEADERS: ClassVar[dict[int, str]] = {
        LINE_SKU: QT_TRANSLATE_NOOP("Columns", "SKU"),
        LINE_NAME: QT_TRANSLATE_NOOP("Columns", "Item"),
        LINE_COUNTED: QT_TRANSLATE_NOOP("Columns", "Counted"),
        LINE_EXPECTED: QT_TRANSLATE_NOOP("Columns", "Expected"),
    }

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[CountedLine] = []
        self._where: dict[str, int] = {}

    def set_rows(self, rows: Any) -> None:
        super().set_rows(rows)
        self._lines = list(self._rows)  # a scan changes one row of perhaps 50,000: in place
        self._where = {line.sku: i for i, line in enumerate(self._lines)}

    def row_at(self, row: int) -> CountedLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Any = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._lines)

    def cell(self, item: CountedLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.sku, item.name, item.counted, item.expected)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= LINE_COUNTED:
            return _ALIGN_RIGHT
        return None

    def line_of(self, sku: str) -> CountedLine | None:
        row = self._where.get(sku)
        return None if row is None else self._lines[row]

    def without(self, sku: str) -> None:
        """Take a line off (it is being recounted from nothing)."""
        self.set_rows([line for line in self._lines if line.sku != sku])

    def upsert(self, line: CountedLine) -> int:
        """Show the line's new total (a new line goes at the end); returns its row."""
        row = self._where.get(line.sku)
        if row is not None:
            self._lines[row] = line
            self.dataChanged.emit(self.index(row, 0), self.index(row, LINE_EXPECTED))
            return row
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        self._where[line.sku] = row
        self.endInsertRows()
        return row


class ReviewModel(RowsTableModel[ReviewLine]):
    HEADERS: ClassVar[dict[int, str]] = {
        REV_SKU: QT_TRANSLATE_NOOP("Columns", "SKU"),
        REV_NAME: QT_TRANSLATE_NOOP("Columns", "Item"),
        REV_COUNTED: QT_TRANSLATE_NOOP("Columns", "Counted"),
        REV_EXPECTED: QT_TRANSLATE_NOOP("Columns", "Expected"),
        REV_VARIANCE: QT_TRANSLATE_NOOP("Columns", "Variance"),
        REV_VALUE: QT_TRANSLATE_NOOP("Columns", "Value"),
        REV_NOTE: "",
    }

    def __init__(self, currency: str) -> None:
        super().__init__()
        self.currency = currency

    def set_review(self, review: Review) -> None:
        self.currency = review.currency
        # Lines to look at first: flagged, then with a variance, then the rest.
        self.set_rows(sorted(review.lines, key=lambda ln: (
            not ln.flagged, not ln.variance, ln.sku)))

    def cell(self, item: ReviewLine, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and REV_COUNTED <= column <= REV_VALUE:
            return _ALIGN_RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and item.flagged:
            return _FLAG
        return None

    def _text(self, item: ReviewLine, column: int) -> str:
        if column == REV_SKU:
            return item.sku
        if column == REV_NAME:
            return item.name + ("" if item.in_scope else translate("Counts", "  (not on the list)"))
        if column == REV_COUNTED:
            if item.counted_at is None:
                return translate("Counts", "not found")
            return formatting.quantity(item.counted)
        hidden = "blind"
        if column == REV_EXPECTED:
            return hidden if item.expected is None else formatting.quantity(item.expected)
        if column == REV_VARIANCE:
            if item.variance is None:
                return hidden
            return ("+" if item.variance > 0 else "") + formatting.quantity(item.variance)
        if column == REV_VALUE:
            if item.value_minor is None:
                return ""
            return formatting.money(item.value_minor, self.currency)
        notes = []
        if item.flagged:
            notes.append(translate("Counts", "RECOUNT (F5)"))
        if item.recounted:
            notes.append(translate("Counts", "recounted"))
        if item.reason is not None:
            notes.append(said(item.reason.label))
        return ", ".join(notes)
