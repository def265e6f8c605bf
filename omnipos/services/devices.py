"""The till's device settings (printer, drawer, scanner), read and saved for the F3 dialog.

Saving goes through ``services.settings.change_settings``: the values that
changed are saved together, each journalled, with the change-settings right
(an admin, or an admin's approval for those settings). Call these off the
GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.domain.permissions import Actor, ManagerOverride
from omnipos.services.settings import change_settings

__all__ = ["SETTING_KEYS", "DeviceSettings", "DisplayWindow", "StartupDevices"]

SETTING_KEYS = ("printer.uri", "printer.profile", "scanner.terminator", "display.uri",
                "display.protocol", "display.window")


class DisplayWindow(StrEnum):
    """Whether the customer's window shows (setting ``display.window``)."""

    AUTO = "auto"  # on the second screen when the till has one
    ON = "on"  # always (on the second screen, else beside the till's window)
    OFF = "off"

    @classmethod
    def read(cls, value: object) -> DisplayWindow:
        try:
            return cls(str(value)) if value else cls.AUTO
        except ValueError:
            return cls.AUTO


@dataclass(frozen=True, slots=True)
class StartupDevices:
    """What the till needs of its devices before its window opens."""

    printer_uri: str | None
    printer_profile: str | None
    scanner_terminator: str
    scanner_uri: str  # a serial scanner; "" for none (keyboard-wedge scanners need nothing)
    display_uri: str = ""  # a serial pole display; "" for none
    display_protocol: str = "dmd"  # devices.pole_display.DisplayProtocol
    display_window: DisplayWindow = DisplayWindow.AUTO


class DeviceSettings:
    """Read and change this till's device settings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def load(self) -> dict[str, Any]:
        """The dialog's values, with the store name, currency and label layout it shows."""
        with self._db.read() as session:
            values = {key: get_setting(session, key) for key in SETTING_KEYS}
            values["store.embedded_layout"] = get_setting(session, "store.embedded_layout")
            values["store.name"] = get_setting(session, "store.name", "")
            values["store.currency"] = get_setting(session, "store.currency", "EUR")
            return values

    def save(self, values: dict[str, Any], *, actor: Actor | None,
             override: ManagerOverride | None = None) -> list[str]:
        """Store the values that changed (journalled, right checked); the keys changed."""
        current = self.load()
        changed = [key for key in SETTING_KEYS if key in values and values[key] != current.get(key)]
        change_settings(self._db, {key: values[key] for key in changed}, actor=actor,
                        override=override)
        return changed

    def at_startup(self) -> StartupDevices:
        with self._db.read() as session:
            return StartupDevices(
                get_setting(session, "printer.uri"),
                get_setting(session, "printer.profile"),
                str(get_setting(session, "scanner.terminator", "enter") or "enter"),
                str(get_setting(session, "scanner.uri", "") or ""),
                str(get_setting(session, "display.uri", "") or ""),
                str(get_setting(session, "display.protocol", "dmd") or "dmd"),
                DisplayWindow.read(get_setting(session, "display.window")),
            )
