"""The Pickups screen's tables: the queue of orders and the lines of the open order.

Display only: the rows are the services' immutable ``QueueRow`` and
``DetailLine``; times show in the till's local time, ages in words.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from omnipos.domain.picking import Step
from omnipos.domain.pickup import FulfilmentKind
from omnipos.services.pickups import DetailLine, QueueFilter, QueueRow
from omnipos.ui.common import formatting
from omnipos.ui.common.rows_model import RowsTableModel
from omnipos.ui.i18n import translate

COL_PROMISED = 0
COL_ORDER = 1
COL_CUSTOMER = 2
COL_KIND = 3
COL_STATE = 4
COL_ITEMS = 5
COL_AGE = 6

LINE_ITEM = 0
LINE_TO_PICK = 1
LINE_PICKED = 2
LINE_LEFT = 3

#: The queue's tabs (the services' QueueFilter), in the till's language.
FILTER_WORDS = {QueueFilter.ALL: QT_TRANSLATE_NOOP("Pickups", "All"),
                QueueFilter.NEW: QT_TRANSLATE_NOOP("Pickups", "New"),
                QueueFilter.PICKING: QT_TRANSLATE_NOOP("Pickups", "Picking"),
                QueueFilter.READY: QT_TRANSLATE_NOOP("Pickups", "Ready"),
                QueueFilter.OVERDUE: QT_TRANSLATE_NOOP("Pickups", "Overdue"),
                QueueFilter.TASKS: QT_TRANSLATE_NOOP("Pickups", "Put back")}


def filter_words(flt: QueueFilter) -> str:
    return translate("Pickups", FILTER_WORDS.get(flt, flt.label))


KIND_WORDS = {FulfilmentKind.PICKUP: QT_TRANSLATE_NOOP("Pickups", "Pickup"),
              FulfilmentKind.SHIP: QT_TRANSLATE_NOOP("Pickups", "Ship"),
              FulfilmentKind.TRANSFER: QT_TRANSLATE_NOOP("Pickups", "To store")}
#: The queue's short words for each step (the order's card says it in full).
STEP_WORDS = {Step.PICK: QT_TRANSLATE_NOOP("Pickups", "to pick"),
              Step.WAIT_PARCEL: QT_TRANSLATE_NOOP("Pickups", "parcel due"),
              Step.HANDOVER: QT_TRANSLATE_NOOP("Pickups", "ready"),
              Step.SHIP: QT_TRANSLATE_NOOP("Pickups", "packed"),
              Step.PUT_BACK: QT_TRANSLATE_NOOP("Pickups", "put back"),
              Step.DONE: QT_TRANSLATE_NOOP("Pickups", "done")}
_OVERDUE = QColor("#ffe3e6")
_WAITING = QColor("#fff3dc")
_DONE = QColor("#e3f6e9")


def age_words(since: datetime, now: datetime) -> str:
    """How long ago, briefly: "4 min", "2 h 05", "3 d"."""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // (24 * 60)} d"


def local_time(when: datetime | None, now: datetime) -> str:
    """A time of day in the till's zone; another day, the day only."""
    if when is None:
        return ""
    here, today = when.astimezone(), now.astimezone()
    if here.date() == today.date():
        return here.strftime("%H:%M")
    return f"{here.day} {here:%b}"


class QueueModel(RowsTableModel[QueueRow]):
    HEADERS: ClassVar[dict[int, str]] = {
        COL_PROMISED: QT_TRANSLATE_NOOP("Columns", "Promised"),
        COL_ORDER: QT_TRANSLATE_NOOP("Columns", "Order"),
        COL_CUSTOMER: QT_TRANSLATE_NOOP("Columns", "Customer"),
        COL_KIND: QT_TRANSLATE_NOOP("Columns", "Kind"),
        COL_STATE: QT_TRANSLATE_NOOP("Columns", "Now"),
        COL_ITEMS: QT_TRANSLATE_NOOP("Columns", "Items"),
        COL_AGE: QT_TRANSLATE_NOOP("Columns", "Age"),
    }

    def __init__(self) -> None:
        super().__init__()
        self.now = datetime.now().astimezone()

    def set_queue(self, rows: list[QueueRow], now: datetime) -> None:
        self.now = now
        self.set_rows(rows)

    def row_of(self, pickup_id: str) -> int:
        for i in range(self.rowCount()):
            row = self.row_at(i)
            if row is not None and row.pickup_id == pickup_id:
                return i
        return -1

    def cell(self, item: QueueRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.overdue(self.now):
                return QBrush(_OVERDUE)
            if item.waiting or item.refused:
                return QBrush(_WAITING)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_ITEMS, COL_AGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: QueueRow, column: int) -> str:
        if column == COL_PROMISED:
            text = local_time(r.promised_by, self.now)
            return f"{text} late" if r.overdue(self.now) else text
        if column == COL_ORDER:
            return r.order_number
        if column == COL_CUSTOMER:
            return r.customer_name
        if column == COL_KIND:
            return translate("Pickups", KIND_WORDS[r.kind])
        if column == COL_STATE:
            text = translate("Pickups", STEP_WORDS[r.step])
            if r.step is Step.PICK and r.left != r.items:
                text = "picking"
            if r.refused:
                text += translate("Pickups", " · refused")
            elif r.waiting:
                text += translate("Pickups", " · waiting")
            return text
        if column == COL_ITEMS:
            return formatting.quantity(r.items)
        if column == COL_AGE:
            return age_words(r.placed_at, self.now)
        return ""


class LinesModel(RowsTableModel[DetailLine]):
    """The open order's lines; the item cell holds a second line for rejections and parcels."""

    HEADERS: ClassVar[dict[int, str]] = {
        LINE_ITEM: QT_TRANSLATE_NOOP("Columns", "Item"),
        LINE_TO_PICK: QT_TRANSLATE_NOOP("Columns", "To pick"),
        LINE_PICKED: QT_TRANSLATE_NOOP("Columns", "Picked"),
        LINE_LEFT: QT_TRANSLATE_NOOP("Columns", "Left"),
    }

    def __init__(self) -> None:
        super().__init__()
        self.picked = False  # ready or further: picked, here or by another till

    def set_lines(self, lines: tuple[DetailLine, ...], *, picked: bool) -> None:
        self.picked = picked
        self.set_rows(lines)

    def cell(self, item: DetailLine, column: int, role: int) -> Any:
        p = item.pick
        done = self.picked or p.done
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LINE_ITEM:
                name = f"{p.name}   {p.sku}" if p.name != p.sku else p.sku
                note = _note(item)
                return f"{name}\n{note}" if note else name
            if column == LINE_TO_PICK:
                return formatting.quantity(p.to_pick)
            if column == LINE_PICKED:
                return formatting.quantity(p.to_pick if self.picked else p.picked)
            if column == LINE_LEFT:
                return "✓" if done and p.to_pick else formatting.quantity(
                    0 if self.picked else p.left)
        if role == Qt.ItemDataRole.BackgroundRole and p.to_pick and done:
            return QBrush(_DONE)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != LINE_ITEM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _note(line: DetailLine) -> str:
    p, parts = line.pick, []
    if line.rejected:
        reason = line.reason.replace("_", " ") or "rejected"
        parts.append(translate("Pickups", "{qty} rejected ({reason})").format(
            qty=formatting.quantity(line.rejected), reason=reason))
    if p.incoming:
        parts.append(translate("Pickups", "{qty} coming by parcel").format(
            qty=formatting.quantity(p.incoming)))
    if p.received:
        parts.append(translate("Pickups", "{qty} arrived by parcel").format(
            qty=formatting.quantity(p.received)))
    return ", ".join(parts)
