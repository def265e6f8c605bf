"""Serial barcode scanners (``serial:///dev/ttyACM0?baudrate=9600``), read on a worker.

Each scan ends with CR, LF or CR LF (most scanners' default suffix). The
reader calls ``on_scan(code)`` on its own thread; a Qt caller forwards it
with a signal. When the port vanishes (cable pulled) it reports
``on_error(DeviceError)`` and reopens with a growing pause until stopped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import serial

from omnipos.devices.errors import DeviceError, DeviceErrorKind, failure_reason, failure_site
from omnipos.devices.uri import parse_device_uri
from omnipos.domain.errors import message

__all__ = ["SerialScanner", "split_scans"]

log = logging.getLogger(__name__)


def split_scans(buffer: bytes) -> tuple[list[str], bytes]:
    """Complete scans in ``buffer`` and the unfinished rest."""
    normalized = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    *done, rest = normalized.split(b"\n")
    scans = [part.decode("latin-1").strip() for part in done]
    return [s for s in scans if s], rest


class SerialScanner:
    """Reads one serial scanner on a daemon thread."""

    def __init__(
        self,
        uri: str,
        on_scan: Callable[[str], None],
        *,
        on_error: Callable[[DeviceError], None] | None = None,
        read_timeout: float = 0.2,
        reopen_delays: tuple[float, ...] = (0.5, 1.0, 2.0, 5.0),
        name: str = "scanner",
    ) -> None:
        parsed = parse_device_uri(uri)
        if parsed.scheme != "serial":
            raise DeviceError(message("A serial scanner needs a serial:// address, not "
                                      "{address!r}"), DeviceErrorKind.CONFIG, address=uri)
        self.uri = parsed
        self._on_scan = on_scan
        self._on_error = on_error
        self._timeout = read_timeout
        self._delays = reopen_delays
        self._stop = threading.Event()
        self._connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"omnipos-device-{name}",
                                        daemon=True)

    def start(self) -> SerialScanner:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        """Stop reading; returns within about one read timeout."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def connected(self) -> bool:
        """True while the port is open."""
        return self._connected.is_set()

    def wait_connected(self, timeout: float | None = None) -> bool:
        """Block until the port is open (opening flushes what arrived before)."""
        return self._connected.wait(timeout)

    def _open(self) -> serial.Serial:
        try:
            return serial.serial_for_url(
                self.uri.path, baudrate=self.uri.int_option("baudrate", 9600),
                timeout=self._timeout)
        except (serial.SerialException, OSError, ValueError) as exc:
            raise DeviceError(message("Scanner {scanner} is not reachable: {reason}"),
                              DeviceErrorKind.OFFLINE, scanner=self.uri.text,
                              reason=failure_reason(exc)) from exc

    def _report(self, error: DeviceError) -> None:
        log.warning("%s", error)
        if self._on_error is not None:
            try:
                self._on_error(error)
            except Exception:
                log.exception("scanner error listener failed")

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                port = self._open()
            except DeviceError as exc:
                self._report(exc)
                self._stop.wait(self._delays[min(failures, len(self._delays) - 1)])
                failures += 1
                continue
            failures = 0
            self._connected.set()
            try:
                self._read(port)
            except (serial.SerialException, OSError) as exc:
                self._report(DeviceError(message("Scanner {scanner} was disconnected: {reason}"),
                                         DeviceErrorKind.OFFLINE, scanner=self.uri.text,
                                         reason=failure_reason(exc)))

                self._stop.wait(self._delays[0])
            finally:
                self._connected.clear()
                port.close()

    def _read(self, port: serial.Serial) -> None:
        buffer = b""
        while not self._stop.is_set():
            chunk = port.read(port.in_waiting or 1)
            if not chunk:
                continue
            scans, buffer = split_scans(buffer + chunk)
            for code in scans:
                log.debug("serial scan of %s characters", len(code))
                try:
                    self._on_scan(code)
                except Exception as exc:  # the code may be a badge: never logged
                    log.error("scan handler failed: %s", failure_site(exc))
