"""The Pickups screen's layout: the find field, the queue with its tabs, the open order.

Layout only; ``pickups_controller.PickupsController`` fills it and reacts.
The find field keeps the keyboard; the tables and buttons never take it, so
a scanner and the function keys work wherever the associate last touched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.services.pickups import QueueFilter
from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.common.table_view import action_button, read_only_table
from omnipos.ui.i18n import translate
from omnipos.ui.pickups import pickup_models as models


class OrderPanel(QFrame):
    """The open order: who, what state, its lines, and what F12 does next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickupOrder")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(6)
        self.title = QLabel("", self)
        self.title.setObjectName("pickupTitle")
        self.facts = QLabel("", self)
        self.facts.setObjectName("pickupFacts")
        self.facts.setWordWrap(True)
        self.step = QLabel("", self)
        self.step.setObjectName("pickupStep")
        self.step.setWordWrap(True)
        self.hub = QLabel("", self)  # waiting for the hub, a refusal, an exception
        self.hub.setObjectName("pickupHub")
        self.hub.setWordWrap(True)
        self.lines_model = models.LinesModel()
        self.lines = read_only_table(self, "pickupLines", row_height=40)
        self.lines.setModel(self.lines_model)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(models.LINE_ITEM, QHeaderView.ResizeMode.Stretch)
        for col, width in ((models.LINE_TO_PICK, 80), (models.LINE_PICKED, 80),
                           (models.LINE_LEFT, 64)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.lines.setColumnWidth(col, width)
        self.lines.setWordWrap(True)  # a rejected or incoming line says so under its name
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.money = QLabel("", self)
        self.money.setObjectName("pickupMoney")
        self.verified = QLabel("", self)
        self.verified.setObjectName("pickupVerified")
        self.verified.setWordWrap(True)
        self.empty = QLabel(translate("Pickups", "Scan a pickup code or an order number, or type "
                                                 "the customer's name and press Enter.\nThe order "
                                                 "opens at its next step."), self)
        self.empty.setObjectName("pickupEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.title, self.facts, self.step, self.hub):
            column.addWidget(widget)
        column.addWidget(self.lines, 1)
        column.addWidget(self.money)
        column.addWidget(self.verified)
        column.addWidget(self.empty, 1)
        self.show_order(False)

    def show_order(self, shown: bool) -> None:
        for widget in (self.title, self.facts, self.step, self.lines, self.money, self.verified):
            widget.setVisible(shown)
        self.hub.setVisible(shown and bool(self.hub.text()))
        self.empty.setVisible(not shown)

    def set_hub_text(self, text: str, level: str) -> None:
        self.hub.setText(text)
        self.hub.setProperty("level", level)
        self.hub.style().unpolish(self.hub)
        self.hub.style().polish(self.hub)
        self.hub.setVisible(bool(text) and self.title.isVisible())


class PickupsView(QWidget):
    """Find field and queue on the left; the open order and its actions on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickupsScreen")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(12)

        left = QVBoxLayout()
        left.setSpacing(8)
        self.banner = MessageBanner(self)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("scanField")  # styled like the Sell screen's scan field
        self.find_field.setPlaceholderText(translate("Pickups", "Scan a pickup code, order or "
                                                                "item, or type a name"))
        tabs = QHBoxLayout()
        tabs.setSpacing(6)
        self.tab_group = QButtonGroup(self)
        self.tab_group.setExclusive(True)
        self.tabs: dict[QueueFilter, QPushButton] = {}
        for flt in QueueFilter:
            button = action_button(models.filter_words(flt), f"queueTab_{flt.value}", self,
                                   "queueTab")
            button.setCheckable(True)
            self.tab_group.addButton(button)
            self.tabs[flt] = button
            tabs.addWidget(button)
        self.tabs[QueueFilter.ALL].setChecked(True)
        self.queue_model = models.QueueModel()
        self.queue = read_only_table(self, "pickupQueue", row_height=40)
        self.queue.setModel(self.queue_model)
        header = self.queue.horizontalHeader()
        header.setSectionResizeMode(models.COL_CUSTOMER, QHeaderView.ResizeMode.Stretch)
        for col, width in ((models.COL_PROMISED, 100), (models.COL_ORDER, 112),
                           (models.COL_KIND, 64), (models.COL_STATE, 140),
                           (models.COL_ITEMS, 66), (models.COL_AGE, 74)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.queue.setColumnWidth(col, width)
        self.queue_caption = QLabel("", self)
        self.queue_caption.setObjectName("queueCaption")
        left.addWidget(self.find_field)
        left.addLayout(tabs)
        left.addWidget(self.queue, 1)
        left.addWidget(self.banner)  # below the queue: the find field never moves
        left.addWidget(self.queue_caption)
        outer.addLayout(left, 3)

        right_panel = QWidget(self)
        right_panel.setFixedWidth(470)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(8)
        self.order = OrderPanel(right_panel)
        right.addWidget(self.order, 1)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.print_button = action_button(
            translate("Pickups", "Pick list\nF6"), "pickListButton", self)
        self.reject_button = action_button(
            translate("Pickups", "Reject line\nF5"), "rejectButton", self, "danger")
        self.id_button = action_button(translate("Pickups", "ID check\nF4"), "idCheckButton", self)
        self.back_button = action_button(
            translate("Pickups", "Back\nEsc"), "pickupBackButton", self)
        self.next_button = action_button(
            translate("Pickups", "Ready  F12"), "pickupNextButton", self, "primary")
        for col, button in enumerate((self.print_button, self.reject_button, self.id_button,
                                      self.back_button)):
            grid.addWidget(button, 0, col)
        grid.addWidget(self.next_button, 1, 0, 1, 4)
        right.addLayout(grid)
        outer.addWidget(right_panel)

    def selected_queue_row(self) -> int:
        rows = self.queue.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_queue_row(self, row: int) -> None:
        if 0 <= row < self.queue_model.rowCount():
            self.queue.selectRow(row)
            self.queue.scrollTo(self.queue_model.index(row, 0))
        else:
            self.queue.clearSelection()

    def selected_line_row(self) -> int:
        rows = self.order.lines.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_line_row(self, row: int) -> None:
        model = self.order.lines_model
        if 0 <= row < model.rowCount():
            self.order.lines.selectRow(row)
            self.order.lines.scrollTo(model.index(row, 0))
