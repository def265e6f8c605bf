"""A yes/no question that does not block the event loop (opened with ``open()``).

Enter and Esc both answer no: a scanner's trailing Enter, or a second press of
the key that asked, must never do what the question guards. Yes is a click or
a touch, or the keys the caller takes from the keymap (``yes_keys``).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from omnipos.ui.i18n import translate


class ConfirmDialog(QDialog):
    """Back is the default button; ``yes_keys`` (the keymap's, e.g. F12) answer yes."""

    def __init__(self, title: str, question: str, yes_text: str, no_text: str = "",
                 parent: QWidget | None = None, *,
                 yes_keys: Iterable[QKeySequence] = ()) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        no_text = no_text or translate("Dialogs", "Back  Enter")
        self.setMinimumWidth(520)
        self.question = QLabel(question, self)
        self.question.setObjectName("dialogTitle")
        self.question.setWordWrap(True)
        self.yes_button = QPushButton(yes_text, self)
        self.yes_button.setObjectName("yesButton")
        self.yes_button.setProperty("kind", "danger")
        self.yes_button.setAutoDefault(False)
        self.no_button = QPushButton(no_text, self)
        self.no_button.setObjectName("noButton")
        self.no_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.no_button)
        row.addWidget(self.yes_button)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addLayout(self.body)
        layout.addLayout(row)
        self.yes_button.clicked.connect(self.confirm)
        self.no_button.clicked.connect(self.reject)
        for sequence in yes_keys:
            QShortcut(sequence, self).activated.connect(self.confirm)

    def can_confirm(self) -> bool:
        """Whether yes may be answered now (a subclass may want a reason first)."""
        return True

    def confirm(self) -> None:
        """Yes: the button, or its key."""
        if self.can_confirm():
            self.accept()
