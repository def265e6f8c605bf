"""The manager screen for adding a staff member on a standalone till.

The service decides who may (``manage_staff``: managers and admins, or an
approval); this dialog only collects the fields. The PIN is typed twice and
never shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.errors import ValidationError
from omnipos.domain.permissions import Role


class AddStaffDialog(QDialog):
    """Number, name, role, badge (optional) and the PIN twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addStaffDialog")
        self.setWindowTitle("Add staff member")
        self.setFixedWidth(560)
        head = QLabel("Add staff member", self)
        head.setObjectName("dialogTitle")
        self.number = QLineEdit(self)
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role.value.capitalize(), role)
        self.badge = QLineEdit(self)
        self.badge.setPlaceholderText("optional: scan the badge")
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow("Employee number", self.number)
        form.addRow("Name", self.name)
        form.addRow("Role", self.role)
        form.addRow("Badge", self.badge)
        form.addRow("PIN (4 to 8 digits)", self.pin)
        form.addRow("PIN again", self.pin_again)
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.ok_button = QPushButton("Add  Enter", self)
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton("Cancel  Esc", self)
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)

    def values(self) -> tuple[str, str, Role, str, str | None]:
        """(number, name, role, pin, badge); ValidationError when the PINs differ."""
        if self.pin.text() != self.pin_again.text():
            raise ValidationError("the two PINs differ")
        badge = self.badge.text().strip() or None
        return (
            self.number.text().strip(),
            self.name.text().strip(),
            self.role.currentData(),
            self.pin.text(),
            badge,
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.pin.clear()
        self.pin_again.clear()
        self.adjustSize()
