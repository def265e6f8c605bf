"""The sign-in layer: covers the screens until someone signs in by PIN or badge.

It is a page of the main window, not a window of its own: the keyboard never
leaves the application, window manager or not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.common import formatting
from omnipos.ui.common.pinpad import PinPad
from omnipos.ui.i18n import translate


class LockScreen(QWidget):
    """The PIN pad on a dark page; the shell turns the window's keys off while it shows."""

    def __init__(self, store_line: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#lockScreen { background: #1f2933; }"
            " QFrame#lockCard { background: #ffffff; border-radius: 12px; }"
        )
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFixedWidth(500)
        self.store_label = QLabel(store_line, card)
        self.store_label.setObjectName("dialogTitle")
        self.store_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.store_label.setWordWrap(True)
        self.prompt = QLabel(translate("SignIn", "Enter your PIN or scan your badge"), card)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setWordWrap(True)
        self.pinpad = PinPad(card)
        # Optional: with a staff number the PIN is checked for that person only, which still
        # works when PIN-alone sign-in on this till is locked after too many wrong PINs.
        self.number = QLineEdit(card)
        self.number.setObjectName("staffNumberField")
        self.number.setPlaceholderText(translate("SignIn", "Staff number (optional)"))
        self.error = QLabel("", card)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error.setMinimumHeight(56)  # room for two lines, so the card does not jump
        inner = QVBoxLayout(card)
        inner.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.store_label)
        inner.addWidget(self.prompt)
        inner.addWidget(self.number)
        inner.addWidget(self.pinpad)
        inner.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def show_error(self, text: str) -> None:
        self.error.setText(formatting.sentence(text))
        self.pinpad.focus()

    def reset(self) -> None:
        """A fresh sign-in: no old error, no staff number left from the last person."""
        self.error.clear()
        self.number.clear()
        self.pinpad.field.clear()
