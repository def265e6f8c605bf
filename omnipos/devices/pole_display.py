"""Pole displays: the two 20-character lines a customer reads at the counter.

Two command sets cover most serial pole displays:

* ``dmd`` - Epson DM-D (ESC/POS for customer displays): ``ESC @`` initialises,
  ``US MD1`` (``1F 01``) overwrite mode, ``CLR`` (``0C``) clears and homes, then
  the upper line, ``US $ 1 2`` (``1F 24 01 02``) moves to the lower line.
* ``cd5220`` - the CD5220 set (many VFD poles): ``ESC @`` initialises, then
  ``ESC Q A`` text ``CR`` writes the upper line and ``ESC Q B`` text ``CR`` the
  lower line.

A display shows ASCII: accents are dropped (é is e) and anything else becomes
``?``, each line padded or cut to the width. ``PoleDisplay`` writes through
pyserial (``serial:///dev/ttyUSB1?baudrate=9600``); a failure is a DeviceError
the caller shows once, never a stuck sale.
"""

from __future__ import annotations

import logging
import unicodedata
from decimal import Decimal
from enum import StrEnum
from typing import Any

from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.devices.uri import parse_device_uri
from omnipos.domain.cart import CartView
from omnipos.domain.errors import message
from omnipos.domain.money import Money

__all__ = ["WIDTH", "DisplayProtocol", "PoleDisplay", "display_bytes", "fit", "paid_lines",
           "sale_lines"]

log = logging.getLogger(__name__)

WIDTH = 20  # characters per line on both command sets' common 2x20 displays

ESC, US, CLR, CR = b"\x1b", b"\x1f", b"\x0c", b"\r"


class DisplayProtocol(StrEnum):
    """The command set a pole display speaks (setting ``display.protocol``)."""

    DMD = "dmd"
    CD5220 = "cd5220"

    @property
    def label(self) -> str:
        return {DisplayProtocol.DMD: "Epson DM-D (ESC/POS)",
                DisplayProtocol.CD5220: "CD5220"}[self]


def fit(text: str, width: int = WIDTH) -> bytes:
    """``text`` as the display's ASCII, padded or cut to ``width``."""
    plain = unicodedata.normalize("NFKD", text or "")
    ascii_text = "".join(ch for ch in plain if not unicodedata.combining(ch))
    data = ascii_text.encode("ascii", errors="replace")
    data = bytes(b if 0x20 <= b < 0x7F else 0x3F for b in data)  # no control bytes
    return data[:width].ljust(width, b" ")


def display_bytes(protocol: DisplayProtocol, top: str, bottom: str,
                  width: int = WIDTH) -> bytes:
    """The bytes that show ``top`` and ``bottom`` on a display of that command set."""
    upper, lower = fit(top, width), fit(bottom, width)
    if protocol is DisplayProtocol.DMD:
        return ESC + b"@" + US + b"\x01" + CLR + upper + US + b"$\x01\x02" + lower
    return ESC + b"@" + ESC + b"QA" + upper + CR + ESC + b"QB" + lower + CR


def _not_answering(port: str) -> DeviceError:
    return DeviceError(message("Customer display not answering on {port} - check it is on "
                               "and connected"), DeviceErrorKind.OFFLINE, port=port)


class PoleDisplay:

    """One serial pole display; ``show`` writes both lines (on a device worker thread)."""

    def __init__(self, uri: str, protocol: DisplayProtocol | str = DisplayProtocol.DMD, *,
                 timeout: float = 1.0) -> None:
        self.uri = parse_device_uri(uri)
        if self.uri.scheme != "serial":
            raise DeviceError(message("Display address {address!r} is not valid: a pole display "
                                      "is serial, e.g. serial:///dev/ttyUSB1?baudrate=9600"),
                              DeviceErrorKind.CONFIG, address=uri)
        try:
            self.protocol = DisplayProtocol(protocol)
        except ValueError as exc:
            choices = ", ".join(p.value for p in DisplayProtocol)
            raise DeviceError(message("Display command set {protocol!r} is unknown: use "
                                      "{choices}"),
                              DeviceErrorKind.CONFIG, protocol=protocol, choices=choices) from exc
        self._timeout = timeout
        self._port: Any = None

    def _open(self) -> Any:
        if self._port is None:
            import serial  # pyserial: only when a display is configured

            try:
                self._port = serial.Serial(self.uri.path,
                                           baudrate=self.uri.int_option("baudrate", 9600),
                                           timeout=self._timeout, write_timeout=self._timeout)
            except (OSError, serial.SerialException) as exc:
                raise _not_answering(self.uri.path) from exc
        return self._port

    def show(self, top: str, bottom: str) -> None:
        """Both lines, replacing what the display showed."""
        import serial

        data = display_bytes(self.protocol, top, bottom)
        port = self._open()
        try:
            port.write(data)
            port.flush()
        except (OSError, serial.SerialException) as exc:
            self.close()  # the next show opens the port again (a display unplugged and back)
            raise _not_answering(self.uri.path) from exc

    def close(self) -> None:
        if self._port is not None:
            try:
                self._port.close()
            except OSError:
                log.debug("display port close failed", exc_info=True)
            self._port = None


def _pair(left: str, right: str, width: int = WIDTH) -> str:
    """``left`` cut so ``right`` fits at the end of the line."""
    room = max(width - len(right) - 1, 0)
    return f"{left[:room]:<{room}} {right}"[-width:] if right else left[:width]


def sale_lines(view: CartView | None, welcome: str = "Welcome",
               width: int = WIDTH) -> tuple[str, str]:
    """What the pole shows of a sale: its last line and the total (a welcome when empty)."""
    if view is None or view.is_empty:
        return welcome[:width], ""
    currency = view.totals.currency
    last = view.lines[-1]
    price = Money(last.total_minor, currency).plain()
    name = last.name if last.qty == 1 else f"{_qty(last.qty)} x {last.name}"
    total = Money(view.totals.total_minor, currency).plain()
    return _pair(name, price, width), _pair("TOTAL", total, width)


def paid_lines(total_minor: int, change_minor: int, currency: str,
               width: int = WIDTH) -> tuple[str, str]:
    """After payment: the total paid and the change to give."""
    return (_pair("TOTAL", Money(total_minor, currency).plain(), width),
            _pair("CHANGE", Money(change_minor, currency).plain(), width) if change_minor
            else "Thank you"[:width])


def _qty(qty: Decimal) -> str:
    return str(int(qty)) if qty == qty.to_integral_value() else format(qty.normalize(), "f")
