"""Printer and scanner addresses: ``tcp://HOST:PORT``, ``usb://VID:PID``, ...

Accepted forms::

    tcp://192.168.1.50:9100        network printer (port defaults to 9100)
    usb://04b8:0202                USB by vendor:product id (hex)
    usb://04b8:0202?in_ep=0x82&out_ep=0x01&interface=0
    serial:///dev/ttyUSB0?baudrate=19200
    file:///dev/usb/lp0            a device node or a plain file (tests)
    cups://QUEUE                   a CUPS queue, raw
    dummy://                       keep the bytes in memory (tests, previews)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.domain.errors import message

__all__ = ["SCHEMES", "DeviceURI", "parse_device_uri"]

SCHEMES = ("tcp", "usb", "serial", "file", "cups", "dummy")


@dataclass(frozen=True, slots=True)
class DeviceURI:
    """A parsed device address."""

    scheme: str
    host: str = ""
    port: int = 0
    path: str = ""
    vendor_id: int = 0
    product_id: int = 0
    options: dict[str, str] = field(default_factory=dict)
    text: str = ""

    def int_option(self, name: str, default: int) -> int:
        """An integer query option (decimal or 0x-hex)."""
        value = self.options.get(name)
        if value is None:
            return default
        try:
            return int(value, 0)
        except ValueError as exc:
            raise _bad(self.text, message("option {name}={value!r} is not a number"),
                       name=name, value=value) from exc


def _bad(text: str, why: str, **values: Any) -> DeviceError:
    """The address refused, and why (a template filled with ``values``)."""
    return DeviceError(message("Device address {address!r} is not valid: {why}"),
                       DeviceErrorKind.CONFIG, address=text,
                       why=DeviceError(why, DeviceErrorKind.CONFIG, **values))


def parse_device_uri(text: str) -> DeviceURI:
    """Parse a device URI; raises ``DeviceError`` (kind CONFIG) with the reason."""
    raw = (text or "").strip()
    if "://" not in raw:
        raise _bad(raw, message("expected scheme://..., e.g. tcp://192.168.1.50:9100"))
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    options = dict(parse_qsl(parts.query))
    if scheme == "tcp":
        try:
            port = parts.port or 9100
        except ValueError as exc:
            raise _bad(raw, message("the port is not a number")) from exc
        if not parts.hostname:
            raise _bad(raw, message("no host"))
        return DeviceURI(scheme, host=parts.hostname, port=port, options=options, text=raw)
    if scheme == "usb":
        ids = parts.netloc.split(":")
        try:
            vid, pid = (int(x, 16) for x in ids)
        except ValueError as exc:
            raise _bad(raw, message("expected usb://VID:PID in hex, e.g. usb://04b8:0202")
                       ) from exc
        return DeviceURI(scheme, vendor_id=vid, product_id=pid, options=options, text=raw)
    if scheme in ("serial", "file"):
        path = parts.netloc + parts.path  # "file://relative" and "file:///abs" both work
        if not path:
            raise _bad(raw, message("no device path"))
        return DeviceURI(scheme, path=path, options=options, text=raw)
    if scheme == "cups":
        if not parts.netloc:
            raise _bad(raw, message("no queue name"))
        return DeviceURI(scheme, host=parts.netloc, options=options, text=raw)
    if scheme == "dummy":
        return DeviceURI(scheme, options=options, text=raw)
    raise _bad(raw, message("unknown scheme {scheme!r}; use one of {schemes}"), scheme=scheme,
               schemes=", ".join(SCHEMES))

