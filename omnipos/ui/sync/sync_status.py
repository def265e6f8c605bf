"""The sync state in the till's status bar: online or offline, events waiting, age, last error.

Layout only; ``sync_controller.SyncController`` feeds it on the GUI thread.
Clicking it (or Alt+8, F10) shows the Sync screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QWidget

from omnipos.domain.errors import UserFacingError
from omnipos.ui.i18n import error_text, said, translate

# Names of the states, also the widget's "state" property (the style sheet keys on it).
CONNECTING = "connecting"
ONLINE = "online"
OFFLINE = "offline"
ATTENTION = "attention"  # reachable, but a person must act (enroll again, quarantined events)
NOT_ENROLLED = "off"

_COLOURS = {CONNECTING: "#f0c419", ONLINE: "#3ddc84", OFFLINE: "#ff5c5c",
            ATTENTION: "#ffa53d", NOT_ENROLLED: "#8a8f99"}

_STYLE = """
QFrame#syncStatus { border-left: 1px solid #4a5366; padding: 0 4px; }
QFrame#syncStatus:hover { background: #2b3447; }
QLabel#syncDot { font-size: 18px; padding: 0 0 0 6px; }
QLabel#syncState { font-weight: bold; padding: 2px 4px; }
QLabel#syncQueue { padding: 2px 4px; }
QLabel#syncError { color: #ffb3b3; padding: 2px 4px; }
QLabel#syncPulling { color: #cfd6e4; padding: 2px 4px; }
QLabel#syncKey { color: #9aa3b5; padding: 2px 8px 2px 4px; }
QProgressBar#syncProgress { background: #3a4356; border: none; border-radius: 3px; }
QProgressBar#syncProgress::chunk { background: #6ea8ff; border-radius: 3px; }
"""

ERROR_CHARS = 40  # the status bar shows the start of the last error; the tooltip all of it


def age_text(seconds: float | None) -> str:
    """'45 s', '12 min', '3 h 5 min', '2 d 4 h': how long the oldest event has waited."""
    if seconds is None:
        return ""
    s = max(0, int(seconds))
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min"
    if s < 86400:
        h, m = divmod(s // 60, 60)
        return translate("Sync", "{h} h {m} min").format(h=h, m=m) if m else f"{h} h"
    d, h = divmod(s // 3600, 24)
    return f"{d} d {h} h" if h else f"{d} d"


def _said(error: object) -> str:
    """A notice of the sync services in the till's language ("" for none)."""
    return error_text(error) if isinstance(error, UserFacingError) else ""


@dataclass(frozen=True, slots=True)
class SyncSnapshot:
    """What the widget shows, read from ``SyncService.status`` on the database worker."""

    online: bool | None  # None: no pass finished yet
    waiting: int
    oldest_age_s: float | None
    quarantined: int
    last_error: str
    last_sync: str | None
    auth_required: bool
    enrolled: bool
    hub_url: str
    warning: str
    #: The hub is missing events of this till (None: it is not).
    gap_warning: str | None = None
    #: What keeps this till's secrets less safe: (a few words, the full sentence) each.
    security: tuple[tuple[str, str], ...] = ()
    #: The hub showed another certificate than the pinned one (or an untrusted one).
    certificate_problem: bool = False

    @classmethod
    def from_status(cls, info: dict[str, Any]) -> SyncSnapshot:
        error = info.get("last_error") or {}
        last = info.get("last_error_said")
        message = (error_text(last) if isinstance(last, UserFacingError)
                   else str(error.get("message", "")) if isinstance(error, dict) else str(error))

        warning = info.get("warning") or ""
        if isinstance(warning, dict):
            warning = str(warning.get("message", ""))
        online = info.get("online")
        return cls(
            online=None if online is None else bool(online),
            waiting=int(info.get("outbox_depth") or 0),
            oldest_age_s=info.get("oldest_waiting_age_s"),
            quarantined=int(info.get("quarantined") or 0),
            last_error=message,
            last_sync=info.get("last_sync"),
            auth_required=bool(info.get("auth_required")),
            enrolled=bool(info.get("device") and info.get("hub_url")),
            hub_url=str(info.get("hub_url") or ""),
            warning=str(warning),
            gap_warning=" ".join(_said(gap) for gap in info.get("gap_errors") or ())
            or info.get("gap_warning") or None,
            security=tuple((said(str(w["short"])), _said(w.get("said")) or str(w["detail"]))
                           for w in info.get("security") or ()),
            certificate_problem=bool(info.get("certificate_problem")),
        )


class SyncStatusWidget(QFrame):
    """A clickable strip: coloured dot, state, queue, last error, pull progress."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setStyleSheet(_STYLE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addStretch(1)  # spare width goes left: the texts stay together on the right
        self.dot = QLabel("●", self)
        self.dot.setObjectName("syncDot")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("syncState")
        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("syncQueue")
        self.error_label = QLabel(self)
        self.error_label.setObjectName("syncError")
        self.pulling_label = QLabel(self)
        self.pulling_label.setObjectName("syncPulling")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedSize(70, 6)
        self.progress.setRange(0, 0)  # busy: the hub does not say how much is left
        self.key_label = QLabel("F10", self)
        self.key_label.setObjectName("syncKey")
        for w in (self.dot, self.state_label, self.queue_label, self.error_label,
                  self.pulling_label, self.key_label):
            # Fixed: each text is as wide as it needs, never cut off, never padded with gaps.
            w.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        for w in (self.dot, self.state_label, self.queue_label, self.error_label,
                  self.pulling_label):
            row.addWidget(w)
        row.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.key_label)
        self.state = ""
        self.show_connecting()

    # -- what the controller calls (GUI thread) -----------------------------------------

    def show_connecting(self, text: str = "") -> None:
        self._set_state(CONNECTING, translate("Sync", "Connecting…"))
        self.queue_label.setText("")
        self._set_error("")
        self.pulling_label.setText(text)
        self.pulling_label.setVisible(bool(text))
        self.progress.setVisible(True)
        self.setToolTip(translate("Sync", "{state}\nClick, Alt+8 or F10 for the Sync "
                                          "screen.").format(
            state=text or translate("Sync", "Connecting to the hub")))

    def show_not_enrolled(self) -> None:
        self._set_state(NOT_ENROLLED, translate("Sync", "Sync off"))
        self.queue_label.setText("")
        self._set_error("")
        self.show_pulling(None)
        self.setToolTip(translate("Sync", "This till is not enrolled with a hub; sales stay on "
                                          "this till.\nEnroll with 'omnipos enroll --hub URL "
                                          "--code CODE'."))

    def show_snapshot(self, snap: SyncSnapshot) -> None:
        if not snap.enrolled:
            self.show_not_enrolled()
            return
        if snap.certificate_problem:
            self._set_state(ATTENTION, translate("Sync", "Certificate changed"))
        elif snap.online is None:
            self._set_state(CONNECTING, translate("Sync", "Connecting…"))
        elif snap.auth_required:
            self._set_state(ATTENTION, translate("Sync", "Enroll again"))
        elif not snap.online:
            self._set_state(OFFLINE, translate("Sync", "Offline"))
        elif snap.quarantined or snap.security or snap.gap_warning:
            self._set_state(ATTENTION,
                            translate("Sync", "Online"))  # online, but a person should look
        else:
            self._set_state(ONLINE, translate("Sync", "Online"))
        queue = translate("Sync", "{count} waiting").format(count=snap.waiting)
        if snap.waiting and snap.oldest_age_s is not None:
            queue += translate("Sync", " · oldest {age_text}").format(
                age_text=age_text(snap.oldest_age_s))
        if snap.quarantined:
            queue += translate("Sync", " · {quarantined} quarantined").format(
                quarantined=snap.quarantined)
        if snap.gap_warning:
            queue += translate("Sync", " · events missing at the hub")
        for short, _detail in snap.security:
            queue += f" · ⚠ {short}"
        self.queue_label.setText(queue)
        show_error = snap.last_error and (snap.online is False or snap.auth_required
                                          or snap.certificate_problem)
        self._set_error(snap.last_error if show_error else "")
        tip = [translate("Sync", "Hub: {hub_url}").format(hub_url=snap.hub_url), queue,
               translate("Sync", "Last sync: {when}").format(
                   when=snap.last_sync or translate("Sync", "not yet"))]
        if snap.last_error:
            tip.append(translate("Sync", "Last error: {last_error}").format(
                last_error=snap.last_error))
        if snap.warning:
            tip.append(translate("Sync", "Warning: {warning}").format(warning=snap.warning))
        if snap.gap_warning:
            tip.append(snap.gap_warning)
        tip.extend(translate("Sync", "Warning: {detail}").format(detail=detail) for _short,
                   detail in snap.security)
        tip.append(translate("Sync", "Click, Alt+8 or F10 for the Sync screen."))
        self.setToolTip("\n".join(tip))

    def show_failure(self, message: str) -> None:
        """The sync could not even start (the demo hub failed, no keyring ...)."""
        self._set_state(OFFLINE, translate("Sync", "Offline"))
        self.show_pulling(None)
        self._set_error(message)
        self.setToolTip(translate("Sync", "Sync did not start: {message}").format(message=message))

    def show_pulling(self, text: str | None) -> None:
        """A busy bar and a short text while a long pull pages through; None hides them."""
        self.pulling_label.setText(text or "")
        self.pulling_label.setVisible(bool(text))
        self.progress.setVisible(bool(text))

    # -- internals ----------------------------------------------------------------------

    def _set_state(self, state: str, text: str) -> None:
        self.state = state
        self.setProperty("state", state)
        self.dot.setStyleSheet(f"color: {_COLOURS[state]};")
        self.state_label.setText(text)

    def _set_error(self, message: str) -> None:
        short = message if len(message) <= ERROR_CHARS else message[: ERROR_CHARS - 1] + "…"
        self.error_label.setText(short)
        self.error_label.setVisible(bool(short))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)
