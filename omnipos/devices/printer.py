"""One receipt printer behind our own interface, over python-escpos transports.

``Printer`` opens and closes explicitly and must be used on one thread (the
printer's device worker; a check enforces it). Every library error - from
python-escpos, sockets, pyserial or pyusb - comes out as ``DeviceError``.
"""

from __future__ import annotations

import logging
import socket
import threading
from types import TracebackType
from typing import Any, Self

from escpos.escpos import Escpos
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy, File

from omnipos.devices.errors import DeviceError, DeviceErrorKind, failure_reason
from omnipos.devices.profiles import PrinterProfile, get_profile
from omnipos.devices.status import (
    QUERY_OFFLINE_CAUSE,
    QUERY_PAPER,
    QUERY_PRINTER,
    PrinterState,
    is_status_byte,
    state_from_bytes,
)
from omnipos.devices.uri import DeviceURI, parse_device_uri
from omnipos.domain.errors import message

__all__ = ["Printer", "drawer_kick_bytes", "realtime_drawer_bytes"]

log = logging.getLogger(__name__)

_STATUS_SCHEMES = ("tcp", "serial", "usb")


def drawer_kick_bytes(profile: PrinterProfile) -> bytes:
    """The ESC p pulse that opens a drawer wired to the printer (made by python-escpos)."""
    dummy = Dummy(profile=profile.escpos_profile)
    dummy.cashdraw(profile.drawer_pin)
    return bytes(dummy.output)


def realtime_drawer_bytes(profile: PrinterProfile) -> bytes:
    """DLE DC4 1 m t: pulse the drawer at once, even while the printer is offline.

    python-escpos has no call for this Epson real-time command. An offline
    printer keeps an ESC p in its buffer and would open the drawer minutes
    later, when the paper is changed; this one acts now or not at all.
    """
    pin = 0 if profile.drawer_pin == 2 else 1
    return bytes([0x10, 0x14, 0x01, pin, 0x01])  # pulse 100 ms


class _AppendFile(File):
    """python-escpos' File printer, but appending: a plain file keeps every job."""

    def open(self, raise_not_found: bool = True) -> None:
        try:
            self.device = open(self.devfile, "ab")  # noqa: SIM115 - closed by close()
        except OSError:
            self.device = None
            raise  # Printer.open words it for the cashier


def _make_transport(uri: DeviceURI, profile: PrinterProfile, timeout: float) -> Escpos:
    name = profile.escpos_profile
    if uri.scheme == "tcp":
        from escpos.printer import Network

        return Network(host=uri.host, port=uri.port, timeout=timeout, profile=name)
    if uri.scheme == "file":
        return _AppendFile(devfile=uri.path, profile=name)
    if uri.scheme == "serial":
        from escpos.printer import Serial

        return Serial(devfile=uri.path, baudrate=uri.int_option("baudrate", 9600),
                      timeout=min(timeout, 0.5), dsrdtr=bool(uri.int_option("dsrdtr", 0)),
                      xonxoff=bool(uri.int_option("xonxoff", 0)), profile=name)
    if uri.scheme == "usb":
        from escpos.printer import Usb

        return Usb(idVendor=uri.vendor_id, idProduct=uri.product_id, usb_args={},
                   timeout=int(timeout * 1000), in_ep=uri.int_option("in_ep", 0x82),
                   out_ep=uri.int_option("out_ep", 0x01), profile=name)
    if uri.scheme == "cups":
        from escpos.printer import CupsPrinter

        if not CupsPrinter.is_usable():
            raise DeviceError(message("Printing through CUPS needs the pycups package"),
                              DeviceErrorKind.CONFIG)
        return CupsPrinter(printer_name=uri.host, profile=name)
    return Dummy(profile=name)


class Printer:
    """A receipt printer addressed by URI. Use on one thread; open, write, close."""

    def __init__(self, uri: str, profile: PrinterProfile | str | None = None, *,
                 timeout: float = 3.0) -> None:
        self.uri = parse_device_uri(uri)
        self.profile = profile if isinstance(profile, PrinterProfile) else get_profile(profile)
        self.timeout = timeout
        self._device: Escpos | None = None
        self._thread: int | None = None

    # -- lifecycle --------------------------------------------------------------
    def open(self) -> None:
        """Connect. Raises ``DeviceError`` (OFFLINE when the printer is unreachable)."""
        if self._device is not None:
            return
        device = _make_transport(self.uri, self.profile, self.timeout)
        try:
            device.open()
        except (EscposError, OSError, ValueError, ImportError) as exc:
            raise DeviceError(message("Printer {printer} is not reachable: {reason}"),
                              DeviceErrorKind.OFFLINE, printer=self.uri.text,
                              reason=failure_reason(exc)) from exc
        except Exception as exc:  # pyusb and pyserial have their own roots
            raise DeviceError(message("Printer {printer} could not be opened: {reason}"),
                              DeviceErrorKind.OFFLINE, printer=self.uri.text,
                              reason=failure_reason(exc)) from exc
        self._device = device
        self._thread = threading.get_ident()
        log.debug("printer %s opened", self.uri.text)

    def close(self) -> None:
        """Disconnect; never raises."""
        device, self._device = self._device, None
        self._thread = None
        if device is None:
            return
        try:
            device.close()
        except Exception:  # closing a broken link must not hide the real error
            log.debug("printer %s: error while closing", self.uri.text, exc_info=True)

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self._device is not None

    def _checked(self) -> Escpos:
        if self._device is None:
            raise DeviceError(message("Printer {printer} is not open"), DeviceErrorKind.IO,
                              printer=self.uri.text)
        if self._thread != threading.get_ident():
            raise AssertionError("a Printer must be used on the thread that opened it")
        return self._device

    # -- output -----------------------------------------------------------------
    def write(self, data: bytes) -> None:
        """Send one job's bytes. Raises ``DeviceError`` if the link breaks."""
        device = self._checked()
        try:
            device._raw(data)  # the library's one way to send raw bytes
            flush = getattr(device, "flush", None)
            if callable(flush):
                flush()
        except Exception as exc:
            self.close()
            raise DeviceError(message("Printing on {printer} failed: {reason}"),
                              DeviceErrorKind.OFFLINE, printer=self.uri.text,
                              reason=failure_reason(exc)) from exc

    def kick_drawer(self, state: PrinterState | None = None) -> None:
        """Pulse the cash drawer wired to this printer.

        ``state`` is the printer state if already known (else it is read).
        An offline printer gets the real-time pulse, which it does not buffer.
        """
        state = self.status() if state is None else state
        self.write(drawer_kick_bytes(self.profile) if state.can_print
                   else realtime_drawer_bytes(self.profile))

    @property
    def output(self) -> bytes:
        """What a ``dummy://`` printer has been sent (empty for real ones)."""
        device = self._device
        return bytes(device.output) if isinstance(device, Dummy) else b""

    # -- status -----------------------------------------------------------------
    def _ask(self, device: Escpos, query: bytes) -> int | None:
        try:
            device._raw(query)
            link: Any = getattr(device, "device", None)
            if self.uri.scheme == "serial" and link is not None:
                answer: bytes = link.read(1)  # one byte answers; don't wait for 16
            else:
                answer = device._read()
        except TimeoutError:
            return None
        except Exception as exc:
            self.close()
            raise DeviceError(message("Printer {printer} stopped answering: {reason}"),
                              DeviceErrorKind.OFFLINE, printer=self.uri.text,
                              reason=failure_reason(exc)) from exc
        if answer == b"" and self.uri.scheme == "tcp":
            self.close()
            raise DeviceError(message("Printer {printer} closed the connection"),
                              DeviceErrorKind.OFFLINE, printer=self.uri.text)

        for value in answer or b"":
            if is_status_byte(value):
                return value
        return None

    def status(self) -> PrinterState:
        """Paper, cover and online state by DLE EOT, where the transport can read.

        ``UNKNOWN`` when it cannot (file, CUPS) or the printer does not answer.
        """
        device = self._checked()
        if self.uri.scheme not in _STATUS_SCHEMES:
            return PrinterState.UNKNOWN
        sock: Any = getattr(device, "device", None)
        if isinstance(sock, socket.socket):
            sock.settimeout(min(self.timeout, 1.0))
        try:
            printer = self._ask(device, QUERY_PRINTER)
            if printer is None:
                return PrinterState.UNKNOWN
            cause = self._ask(device, QUERY_OFFLINE_CAUSE) if printer & 0b1000 else None
            paper = self._ask(device, QUERY_PAPER)
        finally:
            if isinstance(sock, socket.socket) and self._device is not None:
                sock.settimeout(self.timeout)
        state = state_from_bytes(printer, cause, paper)
        log.debug("printer %s status %s", self.uri.text, state)
        return state
