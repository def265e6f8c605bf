"""Printer status read with DLE EOT (real-time status transmission).

``DLE EOT 1`` answers one byte with bit 3 set when the printer is offline;
``DLE EOT 2`` gives the cause (bit 2 cover open, bit 5 stopped at paper end);
``DLE EOT 4`` reports the roll sensor (bits 5-6 paper end, bits 2-3 near end).
Bits 1 and 4 of every answer are always set, which tells an answer from noise.
"""

from __future__ import annotations

from enum import StrEnum

from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.domain.errors import Message, message

__all__ = [
    "QUERY_OFFLINE_CAUSE",
    "QUERY_PAPER",
    "QUERY_PRINTER",
    "PrinterState",
    "error_for_state",
    "is_status_byte",
    "state_for_error",
    "state_from_bytes",
]

QUERY_PRINTER = b"\x10\x04\x01"
QUERY_OFFLINE_CAUSE = b"\x10\x04\x02"
QUERY_PAPER = b"\x10\x04\x04"

_FIXED_MASK = 0b1001_0011  # bits 0, 1, 4, 7
_FIXED_VALUE = 0b0001_0010  # bits 1 and 4 set, 0 and 7 clear


class PrinterState(StrEnum):
    """What the till shows about the printer."""

    OK = "ok"
    PAPER_LOW = "paper_low"  # still prints
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"  # no connection, or offline for another reason
    UNKNOWN = "unknown"  # the transport cannot read status (file, some USB/CUPS)

    @property
    def can_print(self) -> bool:
        """True when a job may be sent."""
        return self in (PrinterState.OK, PrinterState.PAPER_LOW, PrinterState.UNKNOWN)

    @property
    def message(self) -> Message:
        """Words for the cashier (in English; the till shows them in its language)."""
        return _MESSAGES[self]


_MESSAGES = {
    PrinterState.OK: message("Printer ready"),
    PrinterState.PAPER_LOW: message("Printer paper is running low"),
    PrinterState.PAPER_OUT: message("Printer is out of paper"),
    PrinterState.COVER_OPEN: message("Printer cover is open"),
    PrinterState.OFFLINE: message("Printer is offline"),
    PrinterState.UNKNOWN: message("Printer status unknown"),
}



def is_status_byte(value: int) -> bool:
    """True if ``value`` looks like a DLE EOT answer (fixed bits in place)."""
    return value & _FIXED_MASK == _FIXED_VALUE


def state_from_bytes(printer: int, offline_cause: int | None, paper: int | None) -> PrinterState:
    """Combine the answers to DLE EOT 1, 2 and 4 into one state."""
    if paper is not None and paper & 0b0110_0000:
        return PrinterState.PAPER_OUT
    if printer & 0b0000_1000:
        if offline_cause is not None:
            if offline_cause & 0b0000_0100:
                return PrinterState.COVER_OPEN
            if offline_cause & 0b0010_0000:
                return PrinterState.PAPER_OUT
        return PrinterState.OFFLINE
    if paper is not None and paper & 0b0000_1100:
        return PrinterState.PAPER_LOW
    return PrinterState.OK


_KIND_BY_STATE = {
    PrinterState.PAPER_OUT: DeviceErrorKind.PAPER_OUT,
    PrinterState.COVER_OPEN: DeviceErrorKind.COVER_OPEN,
    PrinterState.OFFLINE: DeviceErrorKind.OFFLINE,
}
_STATE_BY_KIND = {kind: state for state, kind in _KIND_BY_STATE.items()}


def error_for_state(state: PrinterState) -> DeviceError:
    """The ``DeviceError`` to raise for a state in which nothing may be printed."""
    return DeviceError(state.message, _KIND_BY_STATE.get(state, DeviceErrorKind.OFFLINE))


def state_for_error(error: DeviceError) -> PrinterState:
    """The printer state a failed attempt implies."""
    return _STATE_BY_KIND.get(error.kind, PrinterState.OFFLINE)
