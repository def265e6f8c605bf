"""The customer's window: the sale's lines and its total, on a second screen facing them.

Layout and what it shows; ``ui.devices.customer_display`` decides when it is
shown (a second screen, or the ``display.window`` setting) and feeds it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.cart import CartView
from omnipos.ui.common import formatting
from omnipos.ui.common.amount_label import AmountLabel
from omnipos.ui.common.table_view import RowTable
from omnipos.ui.i18n import translate
from omnipos.ui.selling import cart_model


class CustomerWindow(QWidget):
    """A window of its own (no parent): the lines, the total, then what was paid."""

    def __init__(self, currency: str, welcome: str) -> None:
        # It never takes the keyboard: with no window manager, a closing dialog would
        # otherwise hand the activation to it instead of the till's window.
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setObjectName("customerWindow")
        self.setWindowTitle(translate("Sell", "Customer display"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._currency, self._welcome = currency, welcome
        self.heading = QLabel(welcome, self)
        self.heading.setObjectName("customerHeading")
        self.model = cart_model.CartModel(currency)
        self.lines = RowTable(self)  # a line scanned repaints from it down, as on Sell
        self.lines.setObjectName("customerLines")
        self.lines.setModel(self.model)
        self.lines.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.verticalHeader().setDefaultSectionSize(48)
        self.lines.setColumnHidden(cart_model.COL_UNIT_PRICE, True)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(cart_model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.total_caption = QLabel(translate("Sell", "Total {currency}").format(currency=currency),
                                    self)
        self.total_caption.setObjectName("customerTotalCaption")
        self.total = AmountLabel(self)
        self.total.setObjectName("customerTotal")
        self.total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.note = QLabel("", self)
        self.note.setObjectName("customerNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.total_caption)
        layout.addWidget(self.total)
        layout.addWidget(self.note)
        self.show_cart(None)

    def show_cart(self, view: CartView | None) -> None:
        """The sale as it is rung up (a welcome when there is none)."""
        self.model.set_view(view)
        if view is None or view.is_empty:
            self.heading.setText(self._welcome)
            self.total.setText(formatting.money(0, self._currency))
        else:
            self.lines.scrollToBottom()  # the line just scanned is the one they look for
            count = len(view.lines)
            self.heading.setText(formatting.lines(count))
            self.total.setText(formatting.money(view.totals.total_minor, self._currency))
        self.note.setText("")

    def show_paid(self, view: CartView, paid_minor: int, change_minor: int) -> None:
        """After payment: the sale stays with what was paid and the change, until the next."""
        self.model.set_view(view)
        self.heading.setText(translate("Sell", "Thank you"))
        self.total.setText(formatting.money(view.totals.total_minor, self._currency))
        paid = formatting.money(paid_minor, self._currency)
        change = formatting.money(change_minor, self._currency)
        self.note.setText(translate("Sell", "Paid {paid}   Change {change}").format(
            paid=paid, change=change) if change_minor else translate(
            "Sell", "Paid {paid}").format(paid=paid))
