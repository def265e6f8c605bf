"""The one error type devices raise, with a kind the till can act on."""

from __future__ import annotations

from enum import StrEnum

from omnipos.domain.errors import UserFacingError

__all__ = ["DeviceError", "DeviceErrorKind"]


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
    into this one type by ``omnipos.devices``.
    """

    def __init__(self, message: str, kind: DeviceErrorKind = DeviceErrorKind.IO) -> None:
        super().__init__(message)
        self.kind = kind

    @property
    def retryable(self) -> bool:
        """False for configuration errors, which need a person to fix settings."""
        return self.kind is not DeviceErrorKind.CONFIG
