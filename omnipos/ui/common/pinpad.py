"""A PIN entry: masked field plus a touch keypad, shared by the lock screen and approvals."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from omnipos.domain.pins import PIN_MAX
from omnipos.ui.i18n import translate


class PinPad(QWidget):
    """Digits only, shown as dots; Enter (or the OK key) emits ``submitted`` with the PIN."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit(self)
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(PIN_MAX)
        self.field.setPlaceholderText(translate("PinPad", "PIN"))
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.field)
        )
        self.field.setMinimumHeight(56)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]
        shown = {"Clear": translate("PinPad", "Clear"), "OK": translate("PinPad", "OK")}
        for i, label in enumerate(labels):
            button = QPushButton(shown.get(label, label), self)
            button.setMinimumWidth(88)
            if label == "OK":  # primary colours, but keypad height (the till's primary is taller)
                button.setStyleSheet(
                    "QPushButton { background: #0b7a35; border-color: #075a26; color: #ffffff; }"
                )
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=label: self._press(k))
            self.keys[label] = button
            grid.addWidget(button, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.field)
        layout.addLayout(grid)
        self.field.returnPressed.connect(self.submit)

    def _press(self, key: str) -> None:
        if key == "Clear":
            self.field.clear()
        elif key == "OK":
            self.submit()
        elif len(self.field.text()) < PIN_MAX:
            self.field.setText(self.field.text() + key)
        self.field.setFocus()

    def submit(self) -> None:
        pin = self.field.text()
        self.field.clear()  # the PIN never stays on screen or in the widget
        if pin:
            self.submitted.emit(pin)

    def focus(self) -> None:
        self.field.setFocus()
