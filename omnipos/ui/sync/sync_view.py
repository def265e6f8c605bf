"""The Sync screen (Alt+8, F10 or a click on the sync status): waiting and quarantined events.

Layout and the table model only; ``sync_controller.SyncController`` loads the
rows on the database worker and handles Retry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnipos.services.sync import OutboxItem, OutboxListing, OutboxStatus
from omnipos.ui.i18n import translate
from omnipos.ui.sync.sync_status import age_text

COL_SEQ = 0
COL_TYPE = 1
COL_OCCURRED = 2
COL_STATUS = 3
COL_ATTEMPTS = 4
COL_ERROR = 5
HEADERS = ("#", QT_TRANSLATE_NOOP("Columns", "Event"), QT_TRANSLATE_NOOP("Columns", "Happened"),
           QT_TRANSLATE_NOOP("Columns", "State"), QT_TRANSLATE_NOOP("Columns", "Tries"),
           QT_TRANSLATE_NOOP("Columns", "Error"))

_Index = QModelIndex | QPersistentModelIndex


class OutboxModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[OutboxItem] = []

    def set_items(self, items: list[OutboxItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> OutboxItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Columns", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row())
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_SEQ:
                return str(item.device_seq)
            if col == COL_TYPE:
                return item.type
            if col == COL_OCCURRED:
                return item.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if col == COL_STATUS:
                if item.status is OutboxStatus.QUARANTINED:
                    return translate("Sync", "Quarantined")
                return translate("Sync", "Waiting")
            if col == COL_ATTEMPTS:
                return str(item.attempts)
            if col == COL_ERROR:
                return item.error
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ERROR and item.error:
            return item.error
        if role == Qt.ItemDataRole.ForegroundRole and item.status is OutboxStatus.QUARANTINED:
            return QColor("#a11212")
        return None


class SyncView(QWidget):
    """Summary line, the event table, Retry / Retry all / Sync now / Back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncScreen")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # keeps the keyboard when nothing is listed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        title = QLabel(translate("Sync", "Sync with the hub"), self)
        title.setObjectName("dialogTitle")
        self.summary = QLabel(self)
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        # Events missing at the hub, an unencrypted keyring, plain HTTP, a changed certificate.
        self.warnings = QLabel(self)
        self.warnings.setObjectName("syncWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        self.model = OutboxModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("syncEvents")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(36)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col, width in ((COL_SEQ, 70), (COL_TYPE, 190), (COL_OCCURRED, 250),
                           (COL_STATUS, 140), (COL_ATTEMPTS, 75)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(COL_ERROR, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(translate("Sync", "Nothing is waiting: every event reached the hub."),
                            self)
        self.empty.setObjectName("syncEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.notice = QLabel(self)
        self.notice.setObjectName("syncNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.retry_button = QPushButton(translate("Sync", "Retry selected"), self)
        self.retry_button.setObjectName("syncRetry")
        self.retry_all_button = QPushButton(translate("Sync", "Retry all quarantined"), self)
        self.retry_all_button.setObjectName("syncRetryAll")
        self.enroll_button = QPushButton(translate("Sync", "Enroll again…"), self)
        self.enroll_button.setObjectName("syncEnrollAgain")
        self.enroll_button.setProperty("kind", "primary")
        self.enroll_button.hide()  # only when the hub refused the till's token
        self.sync_now_button = QPushButton(translate("Sync", "Sync now  F12"), self)
        self.sync_now_button.setObjectName("syncNow")
        self.close_button = QPushButton(translate("Sync", "Back to Sell  Esc"), self)
        self.close_button.setObjectName("syncClose")
        for b in (self.retry_button, self.retry_all_button, self.enroll_button,
                  self.sync_now_button, self.close_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table keeps the keyboard
        buttons = QHBoxLayout()
        for b in (self.retry_button, self.retry_all_button, self.sync_now_button,
                  self.enroll_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.warnings)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def show_listing(self, listing: OutboxListing, *, state_text: str = "") -> None:
        keep = self.selected_event_id()
        self.model.set_items(listing.items)
        parts = [state_text] if state_text else []
        parts.append(translate("Sync", "{count} waiting").format(count=listing.waiting))
        waiting = [i for i in listing.items if i.status is not OutboxStatus.QUARANTINED]
        if waiting:
            oldest = min(i.occurred_at for i in waiting)
            parts[-1] += translate("Sync", " (oldest {age_text})").format(
                age_text=age_text((datetime.now(UTC) - oldest).total_seconds()))
        parts.append(translate("Sync", "{count} quarantined").format(count=listing.quarantined))
        shown = len(listing.items)
        if shown < listing.waiting + listing.quarantined:
            parts.append(translate("Sync", "showing the first {shown}").format(shown=shown))
        self.summary.setText(" · ".join(parts))
        self.table.setVisible(bool(listing.items))
        self.empty.setVisible(not listing.items)
        for row, item in enumerate(listing.items):
            if item.event_id == keep:
                self.table.selectRow(row)
        self._update_buttons()

    def show_warnings(self, lines: list[str]) -> None:
        """What a person should know about this till's sync, one sentence a line."""
        self.warnings.setText("\n".join(f"⚠ {line}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def show_notice(self, message: str) -> None:
        """A passing word (a scan that has no use here)."""
        self.notice.setText(message)
        self.notice.setVisible(bool(message))

    def selected_event_id(self) -> str | None:
        item = self.selected_item()
        return item.event_id if item is not None else None

    def selected_item(self) -> OutboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.retry_button.setEnabled(item is not None and item.status is OutboxStatus.QUARANTINED)
        any_quarantined = any(self.model.item(r).status is OutboxStatus.QUARANTINED  # type: ignore[union-attr]
                              for r in range(self.model.rowCount()))
        self.retry_all_button.setEnabled(any_quarantined)
