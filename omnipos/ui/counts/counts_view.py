"""The Counts screen's layout: the scan field, the count's header and progress, and one of
three tables (the open counts, what is counted so far, the review), with the keys' buttons.

Layout only; ``counts_controller.CountsController`` fills it and reacts. The
scan field keeps the keyboard; tables and buttons never take it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.common.table_view import action_button, till_table
from omnipos.ui.counts import count_models as models
from omnipos.ui.i18n import translate


class CountsView(QWidget):
    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countsScreen")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(8)
        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scanField")
        self.title = QLabel("", self)
        self.title.setObjectName("countTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel("", self)
        self.hint.setObjectName("countHint")
        self.hint.setWordWrap(True)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("countProgress")
        self.progress.setTextVisible(True)
        self.last = QLabel("", self)  # the last scan, big: what the counter looks at
        self.last.setObjectName("countLast")
        progress_row.addWidget(self.progress, 2)
        progress_row.addWidget(self.last, 3)
        self.banner = MessageBanner(self)

        self.sessions_model = models.SessionsModel()
        self.sessions = till_table(self, "countSessions", self.sessions_model, models.COL_TITLE,
                               {models.COL_NUMBER: 220, models.COL_DUE: 170,
                                models.COL_ITEMS: 70, models.COL_HERE: 200,
                                models.COL_AREAS: 200})
        self.lines_model = models.CountingModel()
        self.lines = till_table(self, "countLines", self.lines_model, models.LINE_NAME,
                            {models.LINE_SKU: 160, models.LINE_COUNTED: 110,
                             models.LINE_EXPECTED: 110})
        self.review_model = models.ReviewModel(currency)
        self.review = till_table(self, "countReview", self.review_model, models.REV_NAME,
                             {models.REV_SKU: 140, models.REV_COUNTED: 100,
                              models.REV_EXPECTED: 100, models.REV_VARIANCE: 100,
                              models.REV_VALUE: 110, models.REV_NOTE: 230})
        self.stack = QStackedWidget(self)
        for table in (self.sessions, self.lines, self.review):
            self.stack.addWidget(table)
        self.empty = QLabel(translate("Counts", "No count is open for this store.\n\nA manager "
                                                "starts one with F8, or the hub sends one "
                                                "(omnipos-hub count create)."), self)
        self.empty.setObjectName("countEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.find_button = action_button(translate("Counts", "Find item\nF2"), "countFindButton",
                                         self)
        self.quantity_button = action_button(translate("Counts", "Quantity\nF4"),
                                             "countQuantityButton", self)
        self.area_button = action_button(translate("Counts", "Area\nF5"), "countAreaButton", self)
        self.print_button = action_button(translate("Counts", "Count sheet\nF6"),
                                          "countPrintButton", self)
        self.other_button = action_button(translate("Counts", "New count\nF8"), "countOtherButton",
                                          self)
        self.export_button = action_button(translate("Counts", "Export CSV\nCtrl+E"),
                                           "countExportButton", self)
        self.back_button = action_button(translate("Counts", "Back\nEsc"), "countBackButton", self)
        self.next_button = action_button(translate("Counts", "Open  Enter"), "countNextButton",
                                         self, "primary")
        for button in (self.find_button, self.quantity_button, self.area_button,
                       self.print_button, self.other_button, self.export_button,
                       self.back_button):
            buttons.addWidget(button, 1)  # one width for every key
        buttons.addWidget(self.next_button, 3)

        column.addWidget(self.scan_field)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addLayout(progress_row)
        column.addWidget(self.stack, 1)
        column.addWidget(self.banner)
        column.addLayout(buttons)

    def table(self) -> QTableView:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, QTableView) else self.sessions

    def selected_row(self) -> int:
        rows = self.table().selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        table = self.table()
        model = table.model()
        if 0 <= row < model.rowCount():
            table.selectRow(row)
            table.scrollTo(model.index(row, 0))
        else:
            table.clearSelection()
