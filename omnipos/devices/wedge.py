"""Tell a keyboard-wedge scanner from a person typing, by timing and terminator.

A USB HID scanner "types" its code a few milliseconds per character and ends
with Enter (or Tab). A person types tens to hundreds of milliseconds apart.
``WedgeDetector`` sees every printable key first and holds it for at most
``max_gap`` seconds: if more keys follow that fast and a terminator ends
them, the keys were a scan; if the gap grows, the held keys were typing and
are released to the focused widget, late by at most ``max_gap``.

The detector is pure logic with an injectable monotonic clock, so recorded
keystroke transcripts can be replayed in tests; the Qt event filter in
``omnipos.ui.shell.scanning`` drives it and asks ``poll`` when ``deadline`` passes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["TERMINATORS", "KeyDecision", "WedgeDetector"]

TERMINATORS = {"enter": ("\r", "\n"), "tab": ("\t",), "enter_or_tab": ("\r", "\n", "\t")}

Action = Literal["pass", "hold", "scan", "none"]


@dataclass(frozen=True, slots=True)
class KeyDecision:
    """What to do with a key: first replay ``release`` as typing, then ``action``.

    ``pass``: deliver this key normally. ``hold``: swallow it for now (it may
    be part of a scan). ``scan``: swallow it; ``code`` is a complete scan.
    ``none``: no key involved (a ``poll`` with nothing to do).
    """

    action: Action
    release: str = ""
    code: str = ""


class WedgeDetector:
    """Classifies a stream of key characters into scans and typing."""

    def __init__(
        self,
        *,
        terminator: str = "enter",
        max_gap: float = 0.035,
        min_length: int = 4,
        max_length: int = 256,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if terminator not in TERMINATORS:
            raise ValueError(f"terminator must be one of {', '.join(TERMINATORS)}")
        self.terminators = TERMINATORS[terminator]
        self.max_gap = max_gap
        self.min_length = min_length
        self.max_length = max_length
        self._clock = clock
        self._buffer: list[str] = []
        self._last = 0.0

    def now(self) -> float:
        """The detector's clock (monotonic seconds)."""
        return self._clock()

    @property
    def pending(self) -> str:
        """Characters held back right now."""
        return "".join(self._buffer)

    @property
    def deadline(self) -> float | None:
        """Clock time after which held keys are typing (call ``poll`` then)."""
        return self._last + self.max_gap if self._buffer else None

    def _take(self) -> str:
        text = "".join(self._buffer)
        self._buffer.clear()
        return text

    def is_scan_key(self, text: str) -> bool:
        """Whether a key with ``text`` can be part of a scan: a character or a terminator."""
        return text in self.terminators or (len(text) == 1 and text.isprintable())

    def key(self, text: str, now: float | None = None) -> KeyDecision:
        """One key press: its text ("" for keys without text, like arrows)."""
        now = self._clock() if now is None else now
        fast = bool(self._buffer) and now - self._last <= self.max_gap
        if text in self.terminators:
            if fast and len(self._buffer) >= self.min_length:
                self._last = now
                return KeyDecision("scan", code=self._take())
            return KeyDecision("pass", release=self._take())
        if len(text) != 1 or not text.isprintable():
            return KeyDecision("pass", release=self._take())
        release = "" if fast or not self._buffer else self._take()
        if len(self._buffer) >= self.max_length:
            release += self._take()
        self._buffer.append(text)
        self._last = now
        return KeyDecision("hold", release=release)

    def poll(self, now: float | None = None) -> KeyDecision:
        """Release held keys once ``max_gap`` has passed without another key."""
        now = self._clock() if now is None else now
        if self._buffer and now - self._last > self.max_gap:
            return KeyDecision("none", release=self._take())
        return KeyDecision("none")

    def reset(self) -> str:
        """Forget held keys (focus moved to another window); returns them."""
        return self._take()
