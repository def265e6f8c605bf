"""What a screen of the till is to the shell.

The main window shows one screen at a time (``MainWindow.show_screen``). While
a screen is shown it receives the scanner (``on_scan``), its keys from the
keymap call its ``actions``, F12 calls ``complete`` and Esc ``back``; the
shell gives the keyboard to ``focus_widget`` after a switch, a sign-in or a
dialog closing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtWidgets import QWidget

from omnipos.ui.shell.keymap import Act, ScreenId


class Screen(Protocol):
    @property
    def screen_id(self) -> ScreenId:
        """Which screen this is (its title and its Alt key come from it)."""
        ...

    @property
    def page(self) -> QWidget:
        """The page the shell puts in its stack."""
        ...

    def actions(self) -> Mapping[Act, Callable[[], None]]:
        """A slot for each key of the screen's scope in the keymap."""
        ...

    def activate(self) -> None:
        """The screen is about to show (load what it shows, start refreshing)."""
        ...

    def deactivate(self) -> None:
        """Another screen takes over (stop refreshing; keep what the cashier was doing)."""
        ...

    def on_scan(self, code: str) -> None:
        """A scanner burst while this screen is shown, wherever the focus was."""
        ...

    def focus_widget(self) -> QWidget:
        """Where the keyboard goes when the screen shows (the scan field on Sell)."""
        ...

    def complete(self) -> None:
        """F12: finish what the screen is for (Pay on Sell)."""
        ...

    def back(self) -> bool:
        """Esc: back out one step; False when there is nothing to back out of here."""
        ...
