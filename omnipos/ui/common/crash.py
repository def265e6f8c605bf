"""Unexpected exceptions: logged, then shown once in a dialog with a copy button.

UserFacingError never gets here; the till shows those in its banner.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.ui.i18n import translate

log = logging.getLogger(__name__)


def format_exception(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


class CrashDialog(QDialog):
    """Says something went wrong, shows the details and copies them for a bug report."""

    def __init__(self, details: str, parent: QWidget | None = None, *, log_file: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("Crash", "OmniPOS: unexpected error"))
        self.resize(760, 480)
        where = ("\n" + translate("Crash", "The log is in {file}.").format(file=log_file)
                 if log_file else "")
        intro = QLabel(translate(
            "Crash", "Something went wrong inside OmniPOS. Sales already completed are saved.\n"
            "Copy the details below for support. The till keeps running; if it misbehaves, "
            "restart it.") + where, self)
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        self.copy_button = QPushButton(translate("Crash", "Copy details"), self)
        self.copy_button.clicked.connect(self._copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(translate("Crash", "Copied"))


class CrashReporter(QObject):
    """Installs sys/threading excepthooks and shows the first crash in a dialog.

    Later crashes are only logged: a cashier should not face a stack of dialogs.
    """

    _report = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._shown = False
        self.log_file = ""
        self.dialog: CrashDialog | None = None
        self._report.connect(self._on_report)  # queued when emitted off the GUI thread

    def set_parent_widget(self, widget: QWidget) -> None:
        self._parent_widget = widget

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook

    def report(self, exc: BaseException) -> None:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        self._report.emit(format_exception(exc))

    def _excepthook(self, kind: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        self.report(exc)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value)

    def _on_report(self, details: str) -> None:
        if self._shown:
            return
        self._shown = True
        self.dialog = CrashDialog(details, self._parent_widget, log_file=self.log_file)
        self.dialog.open()  # window-modal, does not spin a nested event loop
