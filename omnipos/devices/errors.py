"""The one error type devices raise, with a kind the till can act on."""

from __future__ import annotations

import traceback
from enum import StrEnum
from pathlib import Path
from typing import Any

from omnipos.domain.errors import UserFacingError

__all__ = ["DeviceError", "DeviceErrorKind", "failure_site"]


class DeviceErrorKind(StrEnum):
    """Why a device failed; decides what the till shows and whether to retry."""

    OFFLINE = "offline"  # cannot connect, or the printer says it is offline
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    CONFIG = "config"  # bad URI or profile: retrying will not help
    IO = "io"  # the transfer broke half-way


class DeviceError(UserFacingError):
    """A printer, drawer or scanner problem, worded for the cashier.

    Every library error (python-escpos, pyusb, pyserial, sockets) is turned
    into this one type by ``omnipos.devices``: an English template and its
    values, as every UserFacingError (``str()`` the English text; the till shows
    it in its language). A library's own reason stays as the library wrote it.
    """

    def __init__(self, template: str, kind: DeviceErrorKind = DeviceErrorKind.IO, /,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        """False for configuration errors, which need a person to fix settings."""
        return self.kind is not DeviceErrorKind.CONFIG


def failure_site(exc: BaseException) -> str:
    """An exception's type and where it was raised, without its message.

    What a scan handler raises may quote the code it was given (a badge, a
    PIN typed on a fast keypad), so scan failures are logged with this.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(exc).__name__} at {where}" if where else type(exc).__name__
