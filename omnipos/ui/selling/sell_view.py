"""The till window's layout. Behaviour lives in till_controller.TillController."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.selling import cart_model
from omnipos.ui.selling.totals_panel import TotalsPanel

MIN_WIDTH = 1280
MIN_HEIGHT = 800


def _button(text: str, name: str, parent: QWidget, kind: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    # The scan field keeps the keyboard focus; buttons are for touch and mouse.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if kind:
        button.setProperty("kind", kind)
    return button


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle ("/home/…/omnipos") to fit.

    It asks for little width, so the status bar's permanent widgets (sync status,
    Shift and cash) always keep their room; the full text is in the tooltip.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        width = max(0, self.contentsRect().width())
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()  # the style sheet sets the font after construction

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())


class TillStatusBar(QStatusBar):
    """Store, till, cashier, data directory, and a slot the sync status fills."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.store_label = QLabel(self)
        self.till_label = QLabel(self)
        self.cashier_label = QLabel(self)
        self.data_dir_label = ElidedLabel(self)
        self.data_dir_label.setObjectName("dataDirLabel")
        self.data_dir_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for label in (self.store_label, self.till_label, self.cashier_label):
            self.addWidget(label)
        self.addWidget(self.data_dir_label, 1)  # takes what is left, shortened to fit
        # Placeholder for the sync engineer: online/offline and events waiting go in here.
        self.sync_slot = QWidget(self)
        self.sync_slot.setObjectName("syncSlot")
        self.sync_layout = QHBoxLayout(self.sync_slot)
        self.sync_layout.setContentsMargins(0, 0, 0, 0)
        self.addPermanentWidget(self.sync_slot)

    def set_identity(self, *, store: str, till: str, cashier: str, data_dir: str) -> None:
        self.store_label.setText(f"Store: {store}")
        self.till_label.setText(f"Till: {till}")
        self.cashier_label.setText(f"Cashier: {cashier}")
        self.data_dir_label.set_full_text(f"Data: {data_dir}")
        self.data_dir_label.setToolTip(data_dir)


class TillView(QMainWindow):
    """Scan field and cart on the left; totals and action buttons on the right."""

    closing = Signal()  # the window is about to close (the controller parks an open sale)

    def __init__(self, currency: str, rates: Mapping[str, Decimal],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tillWindow")
        self.setWindowTitle("OmniPOS till")
        self.setMinimumSize(1024, 700)
        self.resize(MIN_WIDTH, MIN_HEIGHT)

        central = QWidget(self)
        self.setCentralWidget(central)
        outer = QHBoxLayout(central)
        outer.setContentsMargins(12, 12, 12, 8)
        outer.setSpacing(12)

        # -- left: banner, scan field, cart ----------------------------------------
        left = QVBoxLayout()
        left.setSpacing(8)
        self.banner = MessageBanner(central)
        self.scan_field = QLineEdit(central)
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText("Scan or type a barcode or SKU, then Enter")
        self.scan_field.setClearButtonEnabled(False)
        self.cart_model = cart_model.CartModel(currency)
        self.cart_table = QTableView(central)
        self.cart_table.setObjectName("cartTable")
        self.cart_table.setModel(self.cart_model)
        self.cart_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart_table.setAlternatingRowColors(True)
        self.cart_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down from the scan field move it
        self.cart_table.verticalHeader().setVisible(False)
        self.cart_table.verticalHeader().setDefaultSectionSize(44)
        self.cart_table.setWordWrap(False)
        header = self.cart_table.horizontalHeader()
        header.setSectionResizeMode(cart_model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((cart_model.COL_QTY, 80), (cart_model.COL_UNIT_PRICE, 120),
                           (cart_model.COL_DISCOUNT, 110), (cart_model.COL_TOTAL, 130)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.cart_table.setColumnWidth(col, width)
        left.addWidget(self.banner)
        left.addWidget(self.scan_field)
        left.addWidget(self.cart_table, 1)
        outer.addLayout(left, 1)

        # -- right: totals and buttons ------------------------------------------------
        right_panel = QWidget(central)
        right_panel.setFixedWidth(440)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(10)
        self.totals = TotalsPanel(currency, rates, central)
        right.addWidget(self.totals)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.search_button = _button("Search\nF2", "searchButton", central)
        self.quantity_button = _button("Quantity\nF4", "quantityButton", central)
        self.void_button = _button("Void line\nDel", "voidButton", central, "danger")
        self.line_discount_button = _button("Line discount\nF5", "lineDiscountButton", central)
        self.order_discount_button = _button("Sale discount\nF6", "orderDiscountButton", central)
        self.price_button = _button("Change price\nF8", "priceButton", central)
        self.park_button = _button("Park sale", "parkButton", central)
        self.resume_button = _button("Resume sale", "resumeButton", central)
        self.cancel_button = _button("Cancel sale", "cancelButton", central, "danger")
        self.reprint_button = _button("Reprint\nreceipt", "reprintButton", central)
        self.devices_button = _button("Devices\nF3", "devicesButton", central)
        self.clear_button = _button("Clear\nEsc", "clearButton", central)
        self.pay_button = _button("Pay  F12", "payButton", central, "primary")
        buttons = (
            (self.search_button, self.quantity_button, self.void_button),
            (self.line_discount_button, self.order_discount_button, self.price_button),
            (self.park_button, self.resume_button, self.cancel_button),
            (self.reprint_button, self.devices_button, self.clear_button),
        )
        for row, line in enumerate(buttons):
            for col, button in enumerate(line):
                button.setProperty("till", "action")  # the style sheet sizes the 3-wide grid
                grid.addWidget(button, row, col)
        grid.addWidget(self.pay_button, len(buttons), 0, 1, 3)
        right.addStretch(1)
        right.addLayout(grid)
        outer.addWidget(right_panel)

        self.status = TillStatusBar(self)
        self.setStatusBar(self.status)

    # -- small helpers the controller uses ---------------------------------------------

    def selected_row(self) -> int:
        rows = self.cart_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.cart_model.rowCount():
            self.cart_table.selectRow(row)
            self.cart_table.scrollTo(self.cart_model.index(row, 0))
        else:
            self.cart_table.clearSelection()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        super().closeEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def focus_scan(self) -> None:
        """Give the keyboard back to the scan field (after a dialog, a click, a message)."""
        if self.isVisible() and not self.isActiveWindow() and QApplication.activeModalWidget() is None:
            self.activateWindow()  # some window managers leave no window active after a dialog
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
