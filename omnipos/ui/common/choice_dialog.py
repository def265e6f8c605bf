"""Choose one of a few options: a digit, Up/Down then Enter, or a touch.

The Returns and Parcels screens grade an item with it (its condition, what
becomes of it). The option now in force is selected when it opens, so Enter
alone keeps it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from omnipos.domain.errors import ValidationError
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate


class ChoiceDialog(FormDialog):
    """``value`` is the chosen option's value; digits 1..9 choose and close at once."""

    def __init__(self, title: str, heading: str, options: Sequence[tuple[Any, str]],
                 current: Any = None, *, name: str = "choiceDialog",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, heading=heading, ok_text=translate("Dialogs", "Choose  Enter"),
                         width=520, name=name, parent=parent)
        self._values = [value for value, _label in options]
        self.options = QListWidget(self)
        self.options.setObjectName("choiceList")
        for i, (_value, label) in enumerate(options, start=1):
            QListWidgetItem(f"{i}   {label}" if i < 10 else label, self.options)
        self.options.setMinimumHeight(52 * min(len(options), 7))
        self.options.installEventFilter(self)
        self.options.itemClicked.connect(lambda _item: self.submit())
        self.add_widget(self.options)
        self.first_field = self.options
        row = self._values.index(current) if current in self._values else 0
        self.options.setCurrentRow(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The list would take a digit as a type-ahead search: here it chooses.
        if (watched is self.options and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            text = event.text()
            if text.isdigit() and 1 <= int(text) <= min(9, len(self._values)):
                self.options.setCurrentRow(int(text) - 1)
                self.submit()
                return True
        return super().eventFilter(watched, event)

    def read(self) -> Any:
        row = self.options.currentRow()
        if row < 0:
            raise ValidationError(translate("Dialogs", "choose one"))
        # The value itself, by its row: an item's data would come back a plain str for an
        # enum member.
        return self._values[row]
