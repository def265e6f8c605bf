"""The one error type devices raise, with a kind the till can act on."""

from __future__ import annotations

import errno
import re
import traceback
from enum import StrEnum
from pathlib import Path
from typing import Any

from omnipos.domain.errors import UserFacingError, message

__all__ = ["DeviceError", "DeviceErrorKind", "failure_reason", "failure_site"]


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


# What the operating system said, in words the till can say in its language.
_OS_REASONS = {
    errno.ECONNREFUSED: message("the connection was refused (is it switched on?)"),
    errno.ETIMEDOUT: message("it did not answer in time"),
    errno.EHOSTUNREACH: message("it cannot be reached on the network"),
    errno.ENETUNREACH: message("it cannot be reached on the network"),
    errno.ENOENT: message("there is no such device"),
    errno.ENODEV: message("there is no such device"),
    errno.EACCES: message("this user may not use it"),
    errno.EBUSY: message("another program is using it"),
}


def failure_reason(exc: BaseException) -> str:
    """Why, in few words: what the operating system said somewhere in the chain of ``exc``
    (a marked message), else the last line of the library's message without "[Errno N]"."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, TimeoutError):
            return _OS_REASONS[errno.ETIMEDOUT]
        if isinstance(cause, OSError) and cause.errno in _OS_REASONS:
            return _OS_REASONS[cause.errno]
        cause = cause.__cause__ or cause.__context__
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    text = lines[-1] if lines else type(exc).__name__
    text = re.sub(r"^\[Errno -?\d+\]\s*", "", text).rstrip(")")
    return text or type(exc).__name__


def failure_site(exc: BaseException) -> str:
    """An exception's type and where it was raised, without its message.

    What a scan handler raises may quote the code it was given (a badge, a
    PIN typed on a fast keypad), so scan failures are logged with this.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(exc).__name__} at {where}" if where else type(exc).__name__
