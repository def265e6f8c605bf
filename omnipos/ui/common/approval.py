"""Manager approval: a manager enters their PIN to allow one action for the cashier.

The PIN is checked by ``StaffService.approve`` on the database worker; the
dialog hands back the sealed ``ManagerOverride`` through ``approved``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omnipos.domain.errors import UserFacingError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services.staff import StaffService
from omnipos.ui.common import formatting
from omnipos.ui.common.pinpad import PinPad
from omnipos.ui.common.tasks import TaskRunner

log = logging.getLogger(__name__)


class OverrideDialog(QDialog):
    """Asks for a manager PIN for ``action``; emits ``approved(ManagerOverride)`` and closes."""

    approved = Signal(object)

    def __init__(
        self,
        staff: StaffService,
        runner: TaskRunner,
        action: Action,
        requester: Actor | None,
        *,
        detail: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle("Manager approval")
        self.setFixedWidth(540)  # wrapped labels then get a known width and their full height
        self.setMinimumHeight(640)  # title, reason, keypad, error line and Cancel never overlap
        self._staff, self._runner = staff, runner
        self._action, self._requester = action, requester
        self.override: ManagerOverride | None = None
        who = requester.label if requester else "This till"
        title = QLabel(f"Manager approval needed to {action.label}", self)
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        self.detail = QLabel(detail or f"{who} asks. A manager enters their PIN.", self)
        self.detail.setWordWrap(True)
        self.reason = detail
        self.pinpad = PinPad(self)
        self.error = QLabel("", self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.cancel_button = QPushButton("Cancel  Esc", self)
        self.cancel_button.setAutoDefault(
            False
        )  # Enter in the PIN field submits the PIN, not Cancel
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.detail)
        layout.addWidget(self.pinpad)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.pinpad.submitted.connect(self._check)
        self.cancel_button.clicked.connect(self.reject)

    def open(self) -> None:
        super().open()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.adjustSize()  # the style sheet is applied on show; size to the polished keypad
        self.pinpad.focus()

    def _check(self, pin: str) -> None:
        staff, action, requester, reason = self._staff, self._action, self._requester, self.reason
        self._runner.run_db(
            lambda: staff.approve(pin, action, requester, reason=reason),
            self._on_approved,
            self._on_error,
        )

    def _on_approved(self, override: ManagerOverride) -> None:
        self.override = override
        self.approved.emit(override)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if isinstance(exc, UserFacingError):
            self.error.setText(formatting.sentence(str(exc)))
        else:
            log.error("approval failed: %s", type(exc).__name__)
            self.error.setText("Something went wrong; the details are in the log.")
        self.pinpad.focus()
