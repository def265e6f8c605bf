"""The Stock screen's layout: the find field, the item's card (here and at the other stores),
and receiving (the expected deliveries, then one being scanned in).

Layout only; ``stock_controller.StockController`` fills it and reacts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.common.table_view import action_button, till_table
from omnipos.ui.i18n import translate
from omnipos.ui.stock import stock_models as models

FIGURES = ("on_hand", "reserved", "available", "held", "counted", "as_of")
_LABELS = {"on_hand": QT_TRANSLATE_NOOP("Stock", "On hand"),
           "reserved": QT_TRANSLATE_NOOP("Stock", "Reserved for pickups"),
           "available": QT_TRANSLATE_NOOP("Stock", "Available here"),
           "held": QT_TRANSLATE_NOOP("Stock", "Held back"),
           "counted": QT_TRANSLATE_NOOP("Stock", "Last counted"),
           "as_of": QT_TRANSLATE_NOOP("Stock", "Hub's figure as of")}


class CardPanel(QFrame):
    """One item: what this store has, and what the other stores have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockCard")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 10, 12, 10)
        column.setSpacing(8)
        self.title = QLabel("", self)
        self.title.setObjectName("stockTitle")
        self.title.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.figures: dict[str, QLabel] = {}
        for i, key in enumerate(FIGURES):
            label = QLabel(translate("Stock", _LABELS[key]), self)
            value = QLabel("", self)
            value.setObjectName(f"stock_{key}")
            value.setProperty("kind", "figure" if i < 3 else "")
            grid.addWidget(label, i % 3 * 2, i // 3)
            grid.addWidget(value, i % 3 * 2 + 1, i // 3)
            self.figures[key] = value
        self.elsewhere_caption = QLabel(translate("Stock", "Other stores"), self)
        self.elsewhere_caption.setObjectName("stockCaption")
        self.others_model = models.OthersModel()
        self.others = till_table(self, "stockOthers", self.others_model, models.OTHER_STORE,
                             {models.OTHER_AVAILABLE: 120, models.OTHER_DISTANCE: 120,
                              models.OTHER_AS_OF: 200})
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addWidget(self.elsewhere_caption)
        column.addWidget(self.others, 1)


class StockView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockScreen")
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.setSpacing(8)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("scanField")
        self.heading = QLabel("", self)
        self.heading.setObjectName("countTitle")
        self.heading.setWordWrap(True)
        self.card = CardPanel(self)
        self.deliveries_model = models.DeliveriesModel()
        self.deliveries = till_table(self, "stockDeliveries", self.deliveries_model,
                                 models.DEL_SOURCE, {models.DEL_NUMBER: 140,
                                                     models.DEL_KIND: 120,
                                                     models.DEL_EXPECTED: 170,
                                                     models.DEL_LINES: 90})
        self.receiving_model = models.ReceivingModel()
        self.receiving = till_table(self, "stockReceiving", self.receiving_model, models.REC_NAME,
                                {models.REC_SKU: 150, models.REC_EXPECTED: 110,
                                 models.REC_RECEIVED: 110, models.REC_OVER_SHORT: 130})
        self.empty = QLabel(translate("Stock", "Scan an item, or type its SKU or barcode and press "
                                               "Enter, to see its stock here and at the other "
                                               "stores."), self)
        self.empty.setObjectName("countEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for widget in (self.empty, self.card, self.deliveries, self.receiving):
            self.stack.addWidget(widget)
        self.banner = MessageBanner(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.find_button = action_button(translate("Stock", "Find item\nF2"), "stockFindButton",
                                         self)
        self.adjust_button = action_button(translate("Stock", "Adjust\nF4"), "stockAdjustButton",
                                           self)
        self.receive_button = action_button(translate("Stock", "Receive\nF5"), "stockReceiveButton",
                                            self)
        self.order_button = action_button(translate("Stock", "Order for customer\nF8"),
                                          "stockOrderButton", self)
        self.back_button = action_button(translate("Stock", "Back\nEsc"), "stockBackButton", self)
        self.next_button = action_button("", "stockNextButton", self, "primary")
        for button in (self.find_button, self.adjust_button, self.receive_button,
                       self.order_button, self.back_button):
            buttons.addWidget(button, 1)  # one width for every key
        buttons.addWidget(self.next_button, 3)
        column.addWidget(self.find_field)
        column.addWidget(self.heading)
        column.addWidget(self.stack, 1)
        column.addWidget(self.banner)
        column.addLayout(buttons)
