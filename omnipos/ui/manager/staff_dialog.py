"""The manager screen for adding a staff member on a standalone till.

The service decides who may (``manage_staff``: managers and admins, or an
approval); this dialog only collects the fields. The PIN is typed twice and
never shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from omnipos.domain.errors import ValidationError
from omnipos.domain.permissions import Role
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.i18n import translate

StaffForm = tuple[str, str, Role, str, str | None]  # number, name, role, pin, badge


class AddStaffDialog(FormDialog):
    """Number, name, role, badge (optional) and the PIN twice."""

    close_on_submit = False  # the service adds the person first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Manager", "Add staff member"),
                         ok_text=translate("Manager", "Add  Enter"), name="addStaffDialog",
                         parent=parent)
        self.number = QLineEdit(self)
        self.name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role.value.capitalize(), role)
        self.badge = QLineEdit(self)
        self.badge.setPlaceholderText(translate("Manager", "optional: scan the badge"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again = QLineEdit(self)
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(translate("Manager", "Employee number"), self.number)
        self.add_row(translate("Manager", "Name"), self.name)
        self.add_row(translate("Manager", "Role"), self.role)
        self.add_row(translate("Manager", "Badge"), self.badge)
        self.add_row(translate("Manager", "PIN (4 to 8 digits)"), self.pin)
        self.add_row(translate("Manager", "PIN again"), self.pin_again)

    def read(self) -> StaffForm:
        """(number, name, role, pin, badge); ValidationError when the PINs differ."""
        if self.pin.text() != self.pin_again.text():
            raise ValidationError(translate("Manager", "the two PINs differ"))
        badge = self.badge.text().strip() or None
        return (
            self.number.text().strip(),
            self.name.text().strip(),
            self.role.currentData(),
            self.pin.text(),
            badge,
        )

    def show_error(self, text: str) -> None:
        if text:
            self.pin.clear()  # a PIN is never left in a field
            self.pin_again.clear()
        super().show_error(text)
