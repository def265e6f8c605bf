"""Enrolling with a hub (hub URL + one-time code): the Sync screen's "enroll again".

``EnrollDialog`` is the layout; ``EnrollController`` runs ``SyncService.enroll``
off the GUI thread and shows its progress and errors. The token goes to the OS
keyring only; with no usable keyring the dialog says so and nothing is written.
A standalone store is set up with ``omnipos setup`` (pointed to in the text).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.errors import UserFacingError, plural
from omnipos.services.sync import SyncService
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, said, translate

log = logging.getLogger(__name__)

INTRO = QT_TRANSLATE_NOOP(
    "Sync",
    "This till has no store yet. To enroll it with your OmniPOS hub, enter the hub's "
    "address and a one-time code from an administrator "
    "(<code>omnipos-hub enroll-code STORE</code>, valid 15 minutes)."
)
REENROLL = QT_TRANSLATE_NOOP(
    "Sync",
    "The hub no longer accepts this till's token (it was revoked or replaced). Enter a new "
    "one-time code from an administrator (<code>omnipos-hub enroll-code STORE</code>): the till "
    "keeps its number, its sales and its queue."
)
STANDALONE = QT_TRANSLATE_NOOP(
    "Sync",
    "No hub? Close this window and run <code>omnipos setup</code> to set up a standalone "
    "store, or <code>omnipos --demo</code> to try the demo store."
)


class EnrollDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, hub_url: str = "",
                 again: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(translate("Sync", "Enroll this till"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        title = QLabel(translate("Sync", "Enroll this till again") if again else translate(
            "Sync", "Enroll this till with a hub"), self)
        title.setObjectName("dialogTitle")
        intro = QLabel(translate("Sync", REENROLL if again else INTRO), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.hub_field = QLineEdit(self)
        self.hub_field.setObjectName("enrollHub")
        self.hub_field.setPlaceholderText(translate("Sync", "http://hub.example:8700"))
        self.hub_field.setText(hub_url)
        self.code_field = QLineEdit(self)
        self.code_field.setObjectName("enrollCode")
        self.code_field.setPlaceholderText(translate("Sync", "one-time code"))
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("enrollName")
        self.name_field.setPlaceholderText(translate("Sync", "optional, e.g. Till by the door"))
        form = QFormLayout()
        form.addRow(translate("Sync", "Hub address"), self.hub_field)
        form.addRow(translate("Sync", "Enrollment code"), self.code_field)
        form.addRow(translate("Sync", "Till name"), self.name_field)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("enrollBusy")
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedHeight(8)
        self.show_busy(None)
        standalone = QLabel(translate("Sync", STANDALONE), self)
        standalone.setWordWrap(True)
        standalone.setTextFormat(Qt.TextFormat.RichText)
        standalone.setObjectName("enrollStandalone")
        self.enroll_button = QPushButton(translate("Sync", "Enroll"), self)
        self.enroll_button.setObjectName("enrollButton")
        self.enroll_button.setProperty("kind", "primary")
        self.enroll_button.setDefault(True)
        self.quit_button = QPushButton(translate("Sync", "Cancel") if again
                                       else translate("Sync", "Quit"), self)
        self.quit_button.setObjectName("enrollQuit")
        self.quit_button.setMinimumWidth(140)
        self.quit_button.setAutoDefault(False)  # Return enrolls; it never quits by accident
        self.quit_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.enroll_button)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.busy)
        if not again:
            layout.addWidget(standalone)
        else:
            standalone.hide()
        layout.addLayout(buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def show_busy(self, text: str | None) -> None:
        if text:
            self.setFocus()  # the fields get disabled: keep the focus off the Quit button
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(bool(text))
        self.busy.setVisible(bool(text))
        for w in (getattr(self, "hub_field", None), getattr(self, "code_field", None),
                  getattr(self, "name_field", None), getattr(self, "enroll_button", None)):
            if w is not None:
                w.setEnabled(not text)


class EnrollController(QObject):
    enrolled = Signal(object)  # services.sync.Enrollment
    _progress = Signal(int, bool)  # from the network worker

    def __init__(self, dialog: EnrollDialog, sync: SyncService, runner: TaskRunner, *,
                 tokens: Any = None) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._sync = sync
        self._runner = runner
        self._tokens = tokens
        self._busy = False
        self._progress.connect(self._on_progress)
        # Return in any field presses the default button (Enroll): one submit, not two.
        dialog.enroll_button.clicked.connect(self.submit)

    def submit(self) -> None:
        if self._busy:
            return
        d = self.dialog
        hub_url = d.hub_field.text().strip()
        code = d.code_field.text().strip()
        if not hub_url.startswith(("http://", "https://")):
            d.show_error(translate("Sync", "Enter the hub's address, starting with http:// or "
                                           "https://"))
            d.hub_field.setFocus()
            return
        if not code:
            d.show_error(translate("Sync", "Enter the one-time enrollment code."))
            d.code_field.setFocus()
            return
        name = d.name_field.text().strip() or None
        d.show_error("")
        self._busy = True
        d.show_busy(translate("Sync", "Enrolling with {hub_url}…").format(hub_url=hub_url))
        sync, tokens, progress = self._sync, self._tokens, self._progress.emit
        self._runner.run_net(
            lambda: sync.enroll(hub_url, code, device_name=name, tokens=tokens, progress=progress),
            self._on_done, self._on_error)

    def _on_progress(self, done: int, more: bool) -> None:
        self.dialog.busy_label.setText(
            said(plural("Loading the catalog from the hub: {count} change",
                        "Loading the catalog from the hub: {count} changes", "count"), count=done)
            + ("…" if more else ""))

    def _on_done(self, result: Any) -> None:
        log.info("till enrolled: store %s till %s", result.store_code, result.till_code)
        self._busy = False
        self.dialog.show_busy(None)
        self.enrolled.emit(result)
        self.dialog.accept()

    def _on_error(self, exc: BaseException) -> None:
        log.warning("enrollment failed: %s", exc)
        self._busy = False
        self.dialog.show_busy(None)
        self.dialog.code_field.setFocus()
        self.dialog.show_error(error_text(exc) if isinstance(exc, UserFacingError)
                               else translate("Sync", "Enrollment failed: {exc}").format(exc=exc))
