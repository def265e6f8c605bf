"""The one way the till shows a message to the cashier: a banner that never blocks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from omnipos.domain.errors import UserFacingError
from omnipos.ui.common import formatting
from omnipos.ui.i18n import error_text, translate

log = logging.getLogger(__name__)


def error_words(exc: BaseException) -> str:
    """What a person reads for ``exc``, in a banner or a dialog's error line: a
    UserFacingError in its own words (in the till's language), anything else one plain
    sentence (the details belong in the log)."""
    if isinstance(exc, UserFacingError):
        return error_text(exc)
    return translate("Banner", "Something went wrong; the details are in the log.")


class Level(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


class MessageBanner(QFrame):
    """A coloured strip with a message; hides itself after a while or on Close.

    The colour comes from the style sheet through the ``level`` property.
    """

    shown = Signal(str, str)  # level, text (tests and logs listen)

    DEFAULT_MS: ClassVar[dict[Level, int]] = {
        Level.INFO: 4000, Level.SUCCESS: 4000, Level.WARNING: 8000, Level.ERROR: 10000}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        self.close_button = QPushButton("✕", self)
        self.close_button.setObjectName("bannerClose")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.setToolTip(translate("Banner", "Dismiss"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 8, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.close_button.clicked.connect(self.dismiss)
        self.setProperty("level", Level.INFO.value)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    @property
    def level(self) -> str:
        return str(self.property("level"))

    def show_message(self, text: str, level: Level = Level.INFO, ms: int | None = None, *,
                     scanned: str = "") -> None:
        """Show ``text``; ``scanned`` is a code it quotes, which the log never gets (a badge)."""
        text = formatting.sentence(text)
        log.info("banner %s: %s", level.value,
                 text.replace(scanned, translate("Banner", "[scanned code]")) if scanned else text)
        self.label.setText(text)
        self.setProperty("level", level.value)
        # Re-polish so the style sheet picks up the new property value.
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
        duration = ms if ms is not None else self.DEFAULT_MS[level]
        if duration > 0:
            self._timer.start(duration)
        else:
            self._timer.stop()  # 0: stays until dismissed or replaced
        self.shown.emit(level.value, text)

    def show_error(self, exc: BaseException, report: Callable[[BaseException], None]) -> None:
        """The one way a screen says an error (``error_words``); an error that is not a
        UserFacingError is handed to ``report`` (the crash reporter), never to the cashier."""
        self.show_message(error_words(exc), Level.ERROR)
        if not isinstance(exc, UserFacingError):
            report(exc)

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
