"""The Sell screen's layout: scan field and cart, totals and actions. Behaviour lives in
sell_controller.SellController."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.quick_keys import SLOTS as QUICK_SLOTS
from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.common.table_view import action_button, read_only_table
from omnipos.ui.i18n import translate
from omnipos.ui.selling import cart_model
from omnipos.ui.selling.totals_panel import TotalsPanel

QUICK_COLUMNS = 6  # two rows of six under the cart
QUICK_TEXT = 13  # characters of a quick key's label that fit its button


class SellView(QWidget):
    """Scan field and cart on the left; totals and action buttons on the right."""

    def __init__(self, currency: str, rates: Mapping[str, Decimal],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sellScreen")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(12)

        # -- left: banner, scan field, cart ----------------------------------------
        left = QVBoxLayout()
        left.setSpacing(8)
        self.banner = MessageBanner(self)
        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(translate("Sell", "Scan or type a barcode or SKU, then "
                                                             "Enter"))
        self.scan_field.setClearButtonEnabled(False)
        self.cart_model = cart_model.CartModel(currency)
        # Up/Down from the scan field move the selection: the table never takes the keyboard.
        self.cart_table = read_only_table(self, "cartTable", row_height=44)
        self.cart_table.setModel(self.cart_model)
        header = self.cart_table.horizontalHeader()
        header.setSectionResizeMode(cart_model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        # The quantity column holds a weight to the gram with its unit: "12.345 kg".
        for col, width in ((cart_model.COL_QTY, 120), (cart_model.COL_UNIT_PRICE, 120),
                           (cart_model.COL_DISCOUNT, 110), (cart_model.COL_TOTAL, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.cart_table.setColumnWidth(col, width)
        self._keep_banner_place()
        left.addWidget(self.banner)
        left.addWidget(self.scan_field)
        left.addWidget(self.cart_table, 1)
        # The store's quick keys under the sale (hidden while the store has none).
        self.quick_panel = QWidget(self)
        self.quick_panel.setObjectName("quickKeys")
        quick_grid = QGridLayout(self.quick_panel)
        quick_grid.setContentsMargins(0, 0, 0, 0)
        quick_grid.setSpacing(6)
        self.quick_buttons: list[QPushButton] = []
        for index in range(QUICK_SLOTS):
            button = action_button("", f"quickKey{index + 1}", self.quick_panel, role="quick")
            quick_grid.addWidget(button, index // QUICK_COLUMNS, index % QUICK_COLUMNS)
            self.quick_buttons.append(button)
        self.quick_panel.hide()
        left.addWidget(self.quick_panel)
        outer.addLayout(left, 1)

        # -- right: totals and buttons ------------------------------------------------
        right_panel = QWidget(self)
        right_panel.setFixedWidth(440)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(6)  # every button above the status bar at 1280x800
        self.totals = TotalsPanel(currency, rates, self)
        right.addWidget(self.totals)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.search_button = action_button(translate("Sell", "Search\nF2"), "searchButton", self)
        self.quantity_button = action_button(translate("Sell", "Quantity\nF4"),
                                             "quantityButton", self)
        self.void_button = action_button(translate("Sell", "Void line\nDel"),
                                         "voidButton", self, "danger")
        self.line_discount_button = action_button(translate("Sell", "Line discount\nF5"),
                                                  "lineDiscountButton", self)
        self.order_discount_button = action_button(translate("Sell", "Sale discount\nF6"),
                                                   "orderDiscountButton", self)
        self.price_button = action_button(translate("Sell", "Change price\nF8"),
                                          "priceButton", self)
        self.park_button = action_button(translate("Sell", "Park sale"), "parkButton", self)
        self.resume_button = action_button(translate("Sell", "Resume sale"), "resumeButton", self)
        self.cancel_button = action_button(translate("Sell", "Cancel sale"),
                                           "cancelButton", self, "danger")
        self.reprint_button = action_button(translate("Sell", "Reprint\nreceipt"),
                                            "reprintButton", self)
        self.devices_button = action_button(translate("Sell", "Devices\nF3"), "devicesButton", self)
        self.clear_button = action_button(translate("Sell", "Clear\nEsc"), "clearButton", self)
        self.open_price_button = action_button(translate("Sell", "Open price\nCtrl+O"),
                                               "openPriceButton", self)
        self.customer_button = action_button(translate("Sell", "Customer\nCtrl+M"),
                                             "customerButton", self)
        self.customer_name = ""  # whom the sale is for, as the button names them
        self.pay_button = action_button(translate("Sell", "Pay  F12"), "payButton", self,
                                        "primary", role="")
        buttons = (
            (self.search_button, self.quantity_button, self.void_button),
            (self.line_discount_button, self.order_discount_button, self.price_button),
            (self.park_button, self.resume_button, self.cancel_button),
            (self.reprint_button, self.devices_button, self.clear_button),
            (self.open_price_button, self.customer_button),
        )
        for row, line in enumerate(buttons):
            for col, button in enumerate(line):
                grid.addWidget(button, row, col)
        grid.addWidget(self.pay_button, len(buttons), 0, 1, 3)
        right.addStretch(1)
        right.addLayout(grid)
        outer.addWidget(right_panel)

    def _keep_banner_place(self) -> None:
        """Messages have a fixed place two lines high, there with or without one: showing,
        growing to two lines or hiding a message never moves the scan field and the cart."""
        banner = self.banner
        policy = banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        banner.setSizePolicy(policy)
        banner.ensurePolished()
        banner.label.ensurePolished()
        banner.label.setText("\n")  # two lines, in the banner's own type and margins
        banner.setMinimumHeight(banner.sizeHint().height())
        banner.label.setText("")

    # -- small helpers the controller uses ---------------------------------------------

    def selected_row(self) -> int:
        rows = self.cart_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.cart_model.rowCount():
            self.cart_table.lay_out()  # a line just added: scrolled to by a copy, not a repaint
            self.cart_table.selectRow(row)
            self.cart_table.scrollTo(self.cart_model.index(row, 0))
        else:
            self.cart_table.clearSelection()

    def show_quick_keys(self, texts: Mapping[int, str]) -> None:
        """The quick keys by position (1 …): their text; empty slots are blank and off."""
        for index, button in enumerate(self.quick_buttons):
            text = texts.get(index + 1, "")
            shown = text if len(text) <= QUICK_TEXT else f"{text[:QUICK_TEXT - 1]}…"
            button.setText(f"{shown}\nCtrl+F{index + 1}" if text else "")
            button.setToolTip(text)
            button.setEnabled(bool(text))
        self.quick_panel.setVisible(bool(texts))

    def show_customer(self, name: str | None) -> None:
        """Whom the sale is for: the Customer button names them (in place: nothing moves)."""
        if (name or "") == self.customer_name:
            return  # every scan comes here: a button's new tooltip costs a third of a ms
        self.customer_name = name or ""
        shown = name if not name or len(name) <= 16 else f"{name[:15]}…"
        self.customer_button.setText(f"{shown}\nCtrl+M" if name
                                     else translate("Sell", "Customer\nCtrl+M"))
        self.customer_button.setToolTip(translate("Sell", "The sale is for {name}").format(
            name=name) if name else "")

    def focus_scan(self) -> None:
        """Give the keyboard back to the scan field (after a dialog, a click, a message)."""
        window = self.window()
        if (window.isVisible() and not window.isActiveWindow()
                and QApplication.activeModalWidget() is None):
            window.activateWindow()  # with no window manager nobody else gives it back
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
