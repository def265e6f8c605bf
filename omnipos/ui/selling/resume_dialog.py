"""Pick a parked sale to resume. Layout and its two signals only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.i18n import translate
from omnipos.ui.selling import parked_model


class ResumeDialog(QDialog):
    chosen = Signal(str)  # parked id

    def __init__(self, model: parked_model.ParkedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self.setWindowTitle(translate("Sell", "Resume a parked sale"))
        self.resize(820, 480)
        self._model = model
        title = QLabel(translate("Sell", "Parked sales"), self)
        title.setObjectName("dialogTitle")
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.horizontalHeader().setSectionResizeMode(
            parked_model.COL_LABEL, QHeaderView.ResizeMode.Stretch)
        for col, width in ((parked_model.COL_PARKED_AT, 190), (parked_model.COL_CASHIER, 150),
                           (parked_model.COL_LINES, 80)):
            self.table.setColumnWidth(col, width)
        self.resume_button = QPushButton(translate("Sell", "Resume  Enter"), self)
        self.resume_button.setProperty("kind", "primary")
        self.close_button = QPushButton(translate("Sell", "Close  Esc"), self)
        row = QHBoxLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.resume_button, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resume_button.clicked.connect(self._choose)
        self.close_button.clicked.connect(self.reject)
        self.table.doubleClicked.connect(lambda _i: self._choose())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self).activated.connect(self._choose)
        if model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def _choose(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        info = self._model.parked_at(rows[0].row()) if rows else None
        if info is not None:
            self.accept()
            self.chosen.emit(info.parked_id)
