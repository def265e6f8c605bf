"""The Returns screen's layout: the find field, the original's lines, what comes back, the
refund and its keys. Layout only; ``returns_controller.ReturnsController`` fills it.

The find field keeps the keyboard; tables and buttons never take it, so a
scanner and the function keys work wherever the cashier last touched.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.amount_label import AmountLabel
from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.common.table_view import action_button, read_only_table
from omnipos.ui.i18n import translate
from omnipos.ui.returns import returns_models as models
from omnipos.ui.selling.cart_model import CartModel


def _sizes(table: QTableView, stretch: int, fixed: dict[int, int]) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in fixed.items():
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(col, width)


class ReturnsView(QWidget):
    """The return being taken on the left; its refund and the keys on the right."""

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnsScreen")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(12)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("scanField")
        self.find_field.setPlaceholderText(translate("Returns", "Scan the receipt, or type its "
                                                                "number"))
        self.banner = MessageBanner(self)
        self.title = QLabel("", self)
        self.title.setObjectName("returnTitle")
        self.facts = QLabel("", self)
        self.facts.setObjectName("returnFacts")
        self.facts.setWordWrap(True)
        self.original_model = models.OriginalModel(currency)
        self.original = read_only_table(self, "originalLines")
        self.original.setModel(self.original_model)
        _sizes(self.original, models.ORIG_ITEM, {models.ORIG_SOLD: 64,
                                                 models.ORIG_BACK_BEFORE: 104,
                                                 models.ORIG_LEFT: 118, models.ORIG_PAID: 96})
        self.lines_caption = QLabel(translate("Returns", "Coming back"), self)
        self.lines_caption.setObjectName("returnCaption")
        self.lines_model = models.ReturnLinesModel(currency)
        self.lines = read_only_table(self, "returnLines")
        self.lines.setModel(self.lines_model)
        # Condition and disposition: wide enough for the longest choice in Spanish.
        _sizes(self.lines, models.RET_ITEM, {models.RET_QTY: 60, models.RET_CONDITION: 150,
                                             models.RET_DISPOSITION: 220,
                                             models.RET_REFUND: 90})
        self.lines.horizontalHeader().setSectionResizeMode(
            models.RET_NOTE, QHeaderView.ResizeMode.ResizeToContents)
        self.exchange_caption = QLabel(translate("Returns", "New goods (exchange)"), self)
        self.exchange_caption.setObjectName("returnCaption")
        self.exchange_model = CartModel(currency)
        self.exchange = read_only_table(self, "exchangeLines")
        self.exchange.setModel(self.exchange_model)
        self.exchange.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            translate("Returns", "Scan the barcode on the customer's receipt (or type its number, "
                                 "or a web order's number), then scan each item that comes "
                                 "back.\n\nNo receipt? F2 takes the return as store credit, with a "
                                 "manager."), self)
        self.empty.setObjectName("returnEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.find_field)
        left.addWidget(self.banner)
        left.addWidget(self.title)
        left.addWidget(self.facts)
        left.addWidget(self.original, 3)
        left.addWidget(self.lines_caption)
        left.addWidget(self.lines, 3)
        left.addWidget(self.exchange_caption)
        left.addWidget(self.exchange, 2)
        left.addWidget(self.empty, 1)
        outer.addLayout(left, 1)

        right_panel = QFrame(self)
        right_panel.setObjectName("refundPanel")
        right_panel.setFixedWidth(420)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(12, 10, 12, 10)
        right.setSpacing(8)
        self.refund_caption = QLabel(translate("Returns", "Refund"), right_panel)
        self.refund_caption.setObjectName("dueCaption")
        self.refund = AmountLabel(right_panel)
        self.refund.setObjectName("dueValue")
        self.shares = QLabel("", right_panel)
        self.shares.setObjectName("refundShares")
        self.shares.setWordWrap(True)
        self.problems = QLabel("", right_panel)
        self.problems.setObjectName("refundProblems")
        self.problems.setWordWrap(True)
        self.mode = QLabel("", right_panel)
        self.mode.setObjectName("returnMode")
        self.mode.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.no_receipt_button = action_button(
            translate("Returns", "No receipt\nF2"), "noReceiptButton", right_panel)
        self.quantity_button = action_button(
            translate("Returns", "Quantity\nF4"), "returnQuantityButton", right_panel)
        self.condition_button = action_button(
            translate("Returns", "Condition\nF5"), "conditionButton", right_panel)
        self.disposition_button = action_button(
            translate("Returns", "Goes to\nF6"), "dispositionButton", right_panel)
        self.customer_button = action_button(
            translate("Returns", "Customer\nF8"), "returnCustomerButton", right_panel)
        self.exchange_button = action_button(
            translate("Returns", "Exchange\nCtrl+E"), "exchangeButton", right_panel)
        self.remove_button = action_button(
            translate("Returns", "Remove\nDel"), "removeReturnLineButton", right_panel, "danger")
        self.back_button = action_button(
            translate("Returns", "Back\nEsc"), "returnBackButton", right_panel)
        buttons = (self.no_receipt_button, self.quantity_button, self.condition_button,
                   self.disposition_button, self.customer_button, self.exchange_button,
                   self.remove_button, self.back_button)
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 2, i % 2)
        self.refund_button = action_button(
            translate("Returns", "Refund  F12"), "refundButton", right_panel, "primary")
        self.refund_button.setMinimumHeight(72)
        right.addWidget(self.refund_caption)
        right.addWidget(self.refund)
        right.addWidget(self.shares)
        right.addWidget(self.problems)
        right.addWidget(self.mode)
        right.addStretch(1)
        right.addLayout(grid)
        right.addWidget(self.refund_button)
        outer.addWidget(right_panel)
        self.show_return(False, exchange=False)

    def show_return(self, shown: bool, *, exchange: bool) -> None:
        for widget in (self.title, self.facts, self.lines_caption, self.lines):
            widget.setVisible(shown)
        self.original.setVisible(shown and self.original_model.rowCount() > 0)
        self.exchange_caption.setVisible(shown and exchange)
        self.exchange.setVisible(shown and exchange)
        self.empty.setVisible(not shown)

    def selected_line(self) -> int:
        rows = self.lines.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_line(self, row: int) -> None:
        if 0 <= row < self.lines_model.rowCount():
            self.lines.selectRow(row)
            self.lines.scrollTo(self.lines_model.index(row, 0))
        else:
            self.lines.clearSelection()

    def set_problem_level(self, level: str) -> None:
        self.problems.setProperty("level", level)
        self.problems.style().unpolish(self.problems)
        self.problems.style().polish(self.problems)
