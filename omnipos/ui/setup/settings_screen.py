"""The Manager screen (Alt+7): the store's settings, changed by a manager, journalled.

Everything the first-run wizard set for a standalone store (code, name,
currency, prices with or without tax, tax classes, rounding, cash rounding) and
the receipt's header and footer lines. F12 saves: a cashier is asked for a
manager's PIN; the service refuses a new store code or currency once the till
has sold, and says why. The printer and the scanner stay on F3.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from omnipos.domain.errors import UserFacingError, ValidationError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services.setup import StoreDetails, StoreSetup
from omnipos.ui.common.approval import Approvals
from omnipos.ui.common.tasks import TaskRunner
from omnipos.ui.i18n import error_text, translate
from omnipos.ui.setup.store_form import StoreForm
from omnipos.ui.shell.keymap import Act, ScreenId

__all__ = ["SettingsScreen"]

log = logging.getLogger(__name__)


class SettingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        title = QLabel(translate("Setup", "Store settings"), self)
        title.setObjectName("dialogTitle")
        hint = QLabel(translate("Setup", "Changes are journalled with who made them. Printer and "
                                         "scanner: F3."), self)
        hint.setWordWrap(True)
        self.form = StoreForm(with_receipt=True, parent=self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.addWidget(self.form)
        column.addStretch(1)
        scroll.setWidget(body)
        self.message = QLabel("", self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(translate("Setup", "Save  F12"), self)
        self.save_button.setObjectName("settingsSave")
        self.save_button.setProperty("kind", "primary")
        self.save_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(title)
        outer.addWidget(hint)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)

    def say(self, text: str, level: str = "info") -> None:
        self.message.setText(text)
        self.message.setProperty("level", level)
        self.message.setObjectName("dialogError" if level == "error" else "settingsMessage")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)


class SettingsScreen(QObject):
    """A Screen of the shell (``ui.shell.screen.Screen``)."""

    def __init__(self, setup: StoreSetup, runner: TaskRunner, *,
                 actor: Callable[[], Actor | None], approvals: Approvals | None = None,
                 on_saved: Callable[[], Any] | None = None) -> None:
        super().__init__()
        self.view = SettingsView()
        self._setup, self._runner, self._actor = setup, runner, actor
        self._approvals, self._on_saved = approvals, on_saved
        self.loaded: StoreDetails | None = None
        self.saving = False
        self.view.save_button.clicked.connect(self.complete)

    # -- Screen ---------------------------------------------------------------------

    @property
    def screen_id(self) -> ScreenId:
        return ScreenId.MANAGER

    @property
    def page(self) -> QWidget:
        return self.view

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        return {}

    def activate(self) -> None:
        self.view.say("")
        self._runner.run_db(self._setup.load, self._show, self._failed)

    def deactivate(self) -> None:
        pass

    def on_scan(self, code: str) -> None:
        self.view.say(translate("Setup", "Scan of {code} ignored on the settings screen "
                                         "(Alt+1 sells).").format(code=code))

    def focus_widget(self) -> QWidget:
        return self.view.form.name_field

    def complete(self) -> None:
        """F12: save what the form says."""
        if self.saving:
            return
        try:
            details = self.view.form.read()
        except ValidationError as exc:
            self.view.say(error_text(exc), "error")
            return
        who = self._actor()
        setup, after = self._setup, self._on_saved

        def save(ok: ManagerOverride | None) -> list[str]:
            changed = setup.save(details, actor=who, override=ok)
            if after is not None:
                after()  # the Sell screen's store profile follows
            return changed

        def start(ok: ManagerOverride | None, failed: Callable[[BaseException], None]) -> None:
            self._runner.run_db(lambda: save(ok), self._saved, failed)

        self.saving = True
        if self._approvals is None:
            start(None, self._failed)
        else:
            self._approvals.run(Action.CHANGE_SETTINGS, start, self._failed, parent=self.view)

    def back(self) -> bool:
        return False  # Esc leaves the screen (unsaved changes are shown again on return)

    # -- results --------------------------------------------------------------------

    def _show(self, details: Any) -> None:
        self.loaded = details if isinstance(details, StoreDetails) else None
        self.view.form.fill(self.loaded)

    def _saved(self, changed: Any) -> None:
        self.saving = False
        names = ", ".join(str(k) for k in changed) if changed else ""
        self.view.say(translate("Setup", "Saved: {names}.").format(
            names=names) if names else translate("Setup", "Nothing changed."))
        if "till.language" in changed:
            self.view.say(self.view.message.text() + " " + translate(
                "SettingsScreen", "The till speaks its new language from its next start."))
        log.info("store settings saved from the Manager screen: %s", names or "no change")
        self._runner.run_db(self._setup.load, self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.view.say(error_text(exc) if isinstance(exc, UserFacingError) else translate(
            "Setup", "Problem: {exc}").format(exc=exc),
                      "error")
