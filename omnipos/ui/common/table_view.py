"""The screens' shared parts: an action button that never takes the keyboard (the scan field
keeps it), and a read-only table of rows selected by Up/Down from the scan field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

__all__ = ["action_button", "read_only_table", "till_table"]


def action_button(text: str, name: str, parent: QWidget, kind: str = "", *,
                  role: str = "action") -> QPushButton:
    """A button that never takes the keyboard; ``role`` sizes it in the style sheet: "action"
    (a screen's grid of actions), "quick" (a quick key), "" (its own size, like Pay)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if role:
        button.setProperty("till", role)
    if kind:
        button.setProperty("kind", kind)
    return button


def read_only_table(parent: QWidget, name: str, row_height: int = 38) -> QTableView:
    """A table of whole rows, one selected at a time, that never takes the keyboard (Up/Down
    from the scan field move its selection)."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    return table


def till_table(parent: QWidget, name: str, model: object, stretch: int,
           widths: dict[int, int]) -> QTableView:
    table = read_only_table(parent, name)
    table.setModel(model)  # type: ignore[arg-type]
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col, width in widths.items():
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(col, width)
    return table
