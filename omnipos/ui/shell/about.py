"""About OmniPOS (Shift+F1, or the button on the F1 key list): the versions a help desk asks for.

The database's schema revision is read on the database thread; the dialog opens
with what it knows at once and fills that row in when the answer comes.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from typing import Any

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from omnipos import __version__
from omnipos.services.support import Versions
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import translate

__all__ = ["AboutDialog", "show_about"]


class AboutDialog(FormDialog):
    """The versions, one per row; Enter or Esc closes it."""

    close_on_submit = True

    def __init__(self, *, data_dir: str = "", log_file: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("About", "About OmniPOS"),
                         ok_text=translate("About", "Close  Enter"), cancel_text="",
                         width=620, name="aboutDialog", parent=parent)
        self.cancel_button.hide()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label, text in (
            ("omnipos", "OmniPOS", __version__),
            ("qt", "Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
            ("python", "Python", platform.python_version()),
            ("schema", translate("About", "Database schema"), translate("About", "reading…")),
            ("data_dir", translate("About", "Data folder"),
             data_dir or translate("About", "(not known)")),
            ("log_file", translate("About", "Log file"), log_file or translate("About", "(none)")),
        ):
            value = QLabel(text, self)
            value.setObjectName(f"about_{key}")
            value.setWordWrap(True)
            self.form.addRow(label, value)
            self.values[key] = value
        self.first_field = self.ok_button

    def show_versions(self, versions: Versions) -> None:
        self.values["omnipos"].setText(versions.omnipos)
        self.values["python"].setText(versions.python)
        self.values["schema"].setText(versions.schema_text)

    def show_schema_error(self, exc: BaseException) -> None:
        self.values["schema"].setText(
            translate("About", "cannot be read: {problem}").format(problem=exc))

    def rows(self) -> list[tuple[str, str]]:
        """(label, value) as shown, for tests and for copying into a ticket."""
        out = []
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                lw, fw = label.widget(), field.widget()
                if isinstance(lw, QLabel) and isinstance(fw, QLabel):
                    out.append((lw.text(), fw.text()))
        return out


def show_about(parent: QWidget, runner: TaskRunner, versions: Callable[[], Versions], *,
               data_dir: str = "", log_file: str = "") -> AboutDialog:
    """Open About over ``parent`` (not blocking) and ask the database for its schema."""
    dialog = AboutDialog(data_dir=data_dir, log_file=log_file, parent=parent)

    def done(result: Any) -> None:
        if isinstance(result, Versions):
            dialog.show_versions(result)

    runner.run_db(versions, done, dialog.show_schema_error)
    dialog.open()
    return dialog
