"""Ask a manager, then retry: the one approval flow of the till.

A service refuses an action with PermissionDenied when the acting person may
not do it alone; the refusal carries what a manager would approve (an
``ApprovalRequest``: the action, the line or sale or drawer, the amount).
``Approvals.run`` then opens the approval dialog; a manager types their
PIN, ``StaffService.approve`` checks it on the database worker and seals a
``ManagerOverride`` for that request alone, and the action runs again once
with it. The services decide; the UI only asks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from omnipos.domain.errors import PermissionDenied, UserFacingError
from omnipos.domain.permissions import Action, Actor, ApprovalRequest, ManagerOverride
from omnipos.services.staff import StaffService
from omnipos.ui.common import formatting
from omnipos.ui.common.banner import error_words
from omnipos.ui.common.form_dialog import FormDialog
from omnipos.ui.common.pinpad import PinPad
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, said, translate

log = logging.getLogger(__name__)

Failed = Callable[[BaseException], None]
# Starts the work with an override (None the first time); reports a failure to ``failed``.
Start = Callable[[ManagerOverride | None, Failed], None]


class OverrideDialog(FormDialog):
    """Asks for a manager PIN for ``request``; emits ``approved(ManagerOverride)`` and closes."""

    approved = Signal(object)
    close_on_submit = False  # the PIN is checked on the database worker first

    def __init__(
        self,
        staff: StaffService,
        runner: TaskRunner,
        request: ApprovalRequest,
        requester: Actor | None,
        *,
        detail: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("Approval", "Manager approval"),
                         heading=translate("Approval", "Manager approval needed to {action}")
                         .format(action=said(request.action.label)),
                         ok_text=None, width=540, name="overrideDialog", parent=parent)
        self._staff, self._runner = staff, runner
        self._request, self._requester = request, requester
        self.override: ManagerOverride | None = None
        who = requester.label if requester else translate("Approval", "This till")
        self.detail = QLabel(detail or translate(
            "Approval", "{who} asks. A manager enters their PIN.").format(who=who), self)
        self.detail.setWordWrap(True)
        self.add_widget(self.detail)
        self.reason = detail
        self.pinpad = self.add_widget(PinPad(self))
        # Two wrapped lines above the keypad and up to three of an error below it: Qt's
        # minimum misses the height of wrapped labels, so say it.
        self.setMinimumHeight(700)
        self.first_field = self.pinpad.field
        self.pinpad.submitted.connect(self._check)

    def _check(self, pin: str) -> None:
        staff, request, requester, reason = self._staff, self._request, self._requester, self.reason
        self._runner.run_db(
            lambda: staff.approve(pin, request, requester, reason=reason),
            self._on_approved,
            self._on_error,
        )

    def _on_approved(self, override: ManagerOverride) -> None:
        self.override = override
        self.approved.emit(override)
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if not isinstance(exc, UserFacingError):
            log.error("approval failed: %s", type(exc).__name__)
        self.show_error(error_words(exc))


class Approvals(QObject):
    """Opens the approval dialog for whoever acts, over the window of the till."""

    def __init__(self, staff: StaffService, runner: TaskRunner,
                 actor: Callable[[], Actor | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._staff, self._runner, self._actor, self._parent = staff, runner, actor, parent
        self.dialog: OverrideDialog | None = None  # the last one opened (tests, screenshots)

    def ask(self, request: ApprovalRequest, detail: str,
            then: Callable[[ManagerOverride], None],
            parent: QWidget | None = None) -> OverrideDialog:
        """A manager approves ``request`` (``detail`` says why), then ``then(override)``."""
        dialog = OverrideDialog(self._staff, self._runner, request, self._actor(), detail=detail,
                                parent=parent or self._parent)
        self.dialog = dialog
        dialog.approved.connect(then)
        dialog.open()
        return dialog

    def run(self, action: Action, start: Start, on_error: Failed, *,
            parent: QWidget | None = None, override: ManagerOverride | None = None) -> None:
        """Start the work; if the service wants a manager, ask one and start it again once.

        Only a refusal a manager can lift (one that carries a request) asks, and
        for what the refusal names: ``action`` is the work, and its request may
        be for another action (a void that would take a discount past the limit).
        """

        def failed(exc: BaseException) -> None:
            request = exc.request if isinstance(exc, PermissionDenied) else None
            if isinstance(request, ApprovalRequest) and override is None:
                log.info("%s: asking a manager to approve %s", action.value, request.action.value)
                self.ask(request, formatting.sentence(error_text(exc)),
                         lambda ok: self.run(action, start, on_error, parent=parent, override=ok),
                         parent)
            else:
                on_error(exc)

        start(override, failed)
