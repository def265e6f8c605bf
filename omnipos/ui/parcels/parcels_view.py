"""The Parcels screen's layout: the find field, what the RMA expects, what was found, the keys.
Layout only; ``parcels_controller.ParcelsController`` fills it.
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
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common.banner import MessageBanner
from omnipos.ui.common.table_view import action_button, read_only_table
from omnipos.ui.i18n import translate
from omnipos.ui.parcels import parcels_models as models


class ParcelsView(QWidget):
    """The parcel being taken in on the left; its summary and the keys on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcelsScreen")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(12)

        left = QVBoxLayout()
        left.setSpacing(6)
        self.find_field = QLineEdit(self)
        self.find_field.setObjectName("scanField")
        self.find_field.setPlaceholderText(translate("Parcels", "Scan the RMA label, or type the "
                                                                "order number"))
        self.banner = MessageBanner(self)
        self.title = QLabel("", self)
        self.title.setObjectName("returnTitle")
        self.facts = QLabel("", self)
        self.facts.setObjectName("returnFacts")
        self.facts.setWordWrap(True)
        self.expected_model = models.ExpectedModel()
        self.expected = read_only_table(self, "expectedItems")
        self.expected.setModel(self.expected_model)
        header = self.expected.horizontalHeader()
        header.setSectionResizeMode(models.EXP_ITEM, QHeaderView.ResizeMode.Stretch)
        for col, width in ((models.EXP_QTY, 60), (models.EXP_SCANNED, 90),
                           (models.EXP_MISSING, 90)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.expected.setColumnWidth(col, width)
        header.setSectionResizeMode(models.EXP_REASON, QHeaderView.ResizeMode.ResizeToContents)
        self.found_caption = QLabel(translate("Parcels", "Found in the parcel"), self)
        self.found_caption.setObjectName("returnCaption")
        self.found_model = models.FoundModel()
        self.found = read_only_table(self, "foundItems")
        self.found.setModel(self.found_model)
        header = self.found.horizontalHeader()
        header.setSectionResizeMode(models.ITEM_NAME, QHeaderView.ResizeMode.Stretch)
        # Wide enough for the longest choices in Spanish ("otro artículo", "devolver al
        # proveedor").
        for col, width in ((models.ITEM_NO, 44), (models.ITEM_CONDITION, 150),
                           (models.ITEM_DISPOSITION, 220)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.found.setColumnWidth(col, width)
        header.setSectionResizeMode(models.ITEM_NOTE, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(
            translate("Parcels", "Scan the RMA label on the parcel (or type the order or receipt "
                                 "number inside it), then scan each item in the parcel.\n\nEach "
                                 "item is taken as new and restocked unless F5 and F6 say "
                                 "otherwise. F12 completes: what was not scanned is recorded as "
                                 "missing.\n\nNo label and nothing to go by? F2 sets the parcel "
                                 "aside with a note."), self)
        self.empty.setObjectName("returnEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.find_field)
        left.addWidget(self.banner)
        left.addWidget(self.title)
        left.addWidget(self.facts)
        left.addWidget(self.expected, 2)
        left.addWidget(self.found_caption)
        left.addWidget(self.found, 3)
        left.addWidget(self.empty, 1)
        outer.addLayout(left, 1)

        right_panel = QFrame(self)
        right_panel.setObjectName("refundPanel")
        right_panel.setFixedWidth(420)
        right = QVBoxLayout(right_panel)
        right.setContentsMargins(12, 10, 12, 10)
        right.setSpacing(8)
        self.summary = QLabel("", right_panel)
        self.summary.setObjectName("parcelSummary")
        self.summary.setWordWrap(True)
        self.exceptions = QLabel("", right_panel)
        self.exceptions.setObjectName("refundProblems")
        self.exceptions.setProperty("level", "warning")
        self.exceptions.setWordWrap(True)
        self.others = QLabel("", right_panel)
        self.others.setObjectName("returnMode")
        self.others.setWordWrap(True)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.set_aside_button = action_button(
            translate("Parcels", "Set aside\nF2"), "setAsideButton", right_panel)
        self.match_button = action_button(
            translate("Parcels", "Match to order\nF4"), "matchButton", right_panel)
        self.condition_button = action_button(
            translate("Parcels", "Condition\nF5"), "parcelConditionButton", right_panel)
        self.disposition_button = action_button(
            translate("Parcels", "Goes to\nF6"), "parcelDispositionButton", right_panel)
        self.note_button = action_button(
            translate("Parcels", "Note\nF8"), "parcelNoteButton", right_panel)
        self.remove_button = action_button(
            translate("Parcels", "Remove scan\nDel"), "parcelRemoveButton", right_panel, "danger")
        self.back_button = action_button(
            translate("Parcels", "Back\nEsc"), "parcelBackButton", right_panel)
        buttons = (self.set_aside_button, self.match_button, self.condition_button,
                   self.disposition_button, self.note_button, self.remove_button,
                   self.back_button)
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 2, i % 2)
        self.complete_button = action_button(
            translate("Parcels", "Complete  F12"), "completeParcelButton", right_panel, "primary")
        self.complete_button.setMinimumHeight(72)
        right.addWidget(self.summary)
        right.addWidget(self.exceptions)
        right.addWidget(self.others)
        right.addStretch(1)
        right.addLayout(grid)
        right.addWidget(self.complete_button)
        outer.addWidget(right_panel)
        self.show_parcel(False, expected=False)

    def show_parcel(self, shown: bool, *, expected: bool) -> None:
        for widget in (self.title, self.facts, self.found_caption, self.found):
            widget.setVisible(shown)
        self.expected.setVisible(shown and expected)
        self.empty.setVisible(not shown)

    def selected_item(self) -> int:
        rows = self.found.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_item(self, row: int) -> None:
        if 0 <= row < self.found_model.rowCount():
            self.found.selectRow(row)
            self.found.scrollTo(self.found_model.index(row, 0))
        else:
            self.found.clearSelection()
