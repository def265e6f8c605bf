"""The one shape of a till dialog: a title, fields, an error line, a Cancel / OK row.

Enter anywhere presses OK (the default button), Esc cancels, and the first
field has the keyboard when the dialog opens. ``submit`` reads the form
(``read``, which raises ValidationError for bad input) and emits
``submitted`` with the value; the error line says what is wrong and the
field stays as typed, so nothing the cashier typed is lost.

A dialog whose value is only handed back (quantity, discount) closes itself
on a good value (``close_on_submit``); one whose value a service must accept
first (a shift, a new staff member) stays open until its controller calls
``accept`` or ``show_error``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
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
from omnipos.ui.common import formatting
from omnipos.ui.common.number_pad import NumberPad
from omnipos.ui.i18n import error_text, translate


class FormDialog(QDialog):
    submitted = Signal(object)  # what ``read`` returned

    close_on_submit = True

    def __init__(self, title: str, *, heading: str | None = None, ok_text: str | None = "",
                 cancel_text: str | None = None, width: int = 560, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        ok_text = translate("Dialogs", "OK  Enter") if ok_text == "" else ok_text
        cancel_text = translate("Dialogs", "Cancel  Esc") if cancel_text is None else cancel_text
        self.setWindowTitle(title)
        self.setMaximumWidth(width)  # wrapped labels get a known width and their full height
        self.value: Any = None
        self.first_field: QWidget | None = None
        self.heading = QLabel(title if heading is None else heading, self)
        self.heading.setObjectName("dialogTitle")
        self.heading.setWordWrap(True)
        self.heading.setMinimumWidth(width - 24)  # the layout's minimum width is the dialog's
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        self.form = QFormLayout()
        self.pad: NumberPad | None = None
        self._under_form = QVBoxLayout()  # the number pad, when the dialog has one
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.cancel_button = QPushButton(cancel_text, self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAutoDefault(False)  # Enter never cancels
        self.ok_button = QPushButton(ok_text or "", self)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setProperty("kind", "primary")
        self.ok_button.setDefault(True)
        self.ok_button.setVisible(ok_text is not None)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.cancel_button)
        self.buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)
        layout.addLayout(self.form)
        layout.addLayout(self._under_form)
        layout.addWidget(self.error)
        layout.addLayout(self.buttons)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    # -- building -------------------------------------------------------------------

    def add_row(self, label: str, field: QWidget) -> QWidget:
        """A labelled field; the first one added gets the keyboard on open."""
        self.form.addRow(label, field)
        if self.first_field is None:
            self.first_field = field
        return field

    def add_widget(self, widget: QWidget) -> QWidget:
        """A line above the fields (a prompt, a count view)."""
        self.body.addWidget(widget)
        return widget

    def add_button(self, button: QPushButton) -> QPushButton:
        """An extra button at the left of the row (Remove discount)."""
        button.setAutoDefault(False)
        self.buttons.insertWidget(0, button)
        return button

    def add_number_pad(self) -> NumberPad:
        """Touch keys under the fields: they type into the field with the keyboard (the
        first field when none has it); Enter on the pad is Enter."""
        fallback = self.first_field if isinstance(self.first_field, QLineEdit) else None
        self.pad = NumberPad(self, fallback=fallback)
        self._under_form.addWidget(self.pad)
        return self.pad

    # -- behaviour ------------------------------------------------------------------

    def read(self) -> Any:
        """The form's value; ValidationError says what to fix. Subclasses override."""
        return None

    def submit(self) -> None:
        """OK or Enter: read the form, then hand the value on (or show why not)."""
        if not self.ok_button.isEnabled():
            return
        try:
            value = self.read()
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return
        self.show_error("")
        self.value = value
        self.submitted.emit(value)
        if self.close_on_submit:
            self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(formatting.sentence(text))
        self.error.setVisible(bool(text))
        self.adjustSize()
        if text:
            self.focus_first()

    def show_note(self, text: str) -> None:
        """A word on the dialog's message line that leaves the keyboard where it is (a scan
        the dialog cannot take, said in the dialog the cashier is looking at)."""
        self.error.setText(formatting.sentence(text))
        self.error.setVisible(bool(text))
        self.adjustSize()

    def focus_first(self) -> None:
        field = self.first_field
        if field is None:
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, (QLineEdit, QAbstractSpinBox)):
            field.selectAll()  # typing replaces what the field holds

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the style sheet is applied on show: size to the polished rows
        self.adjustSize()
        self.focus_first()
