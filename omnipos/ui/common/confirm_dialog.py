"""A yes/no question that does not block the event loop (opened with ``open()``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class ConfirmDialog(QDialog):
    """Enter answers yes, Esc answers no."""

    def __init__(self, title: str, question: str, yes_text: str, no_text: str = "Back  Esc",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        text = QLabel(question, self)
        text.setObjectName("dialogTitle")
        text.setWordWrap(True)
        self.yes_button = QPushButton(yes_text, self)
        self.yes_button.setProperty("kind", "danger")
        self.yes_button.setDefault(True)
        self.no_button = QPushButton(no_text, self)
        row = QHBoxLayout()
        row.addWidget(self.no_button)
        row.addWidget(self.yes_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(text)
        layout.addLayout(row)
        self.yes_button.clicked.connect(self.accept)
        self.no_button.clicked.connect(self.reject)
