"""F2 product search: a query field over a results table. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.i18n import translate
from omnipos.ui.selling import search_model


class SearchDialog(QDialog):
    def __init__(self, model: search_model.SearchResultsModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(translate("Sell", "Find a product"))
        self.resize(1000, 620)
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(translate("Sell", "Type words of the name, brand or SKU"))
        self.results = QTableView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Up/Down from the query move it
        self.results.verticalHeader().setVisible(False)
        self.results.verticalHeader().setDefaultSectionSize(40)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(search_model.COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((search_model.COL_BRAND, 180), (search_model.COL_SKU, 160),
                           (search_model.COL_PRICE, 120)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.results.setColumnWidth(col, width)
        self.status = QLabel("", self)
        self.add_button = QPushButton(translate("Sell", "Add  Enter"), self)
        self.add_button.setProperty("kind", "primary")
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button = QPushButton(translate("Sell", "Close  Esc"), self)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.reject)
        self.query.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_row(self) -> int:
        rows = self.results.selectionModel().selectedRows()
        return rows[0].row() if rows else -1
