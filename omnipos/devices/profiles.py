"""Printer profiles: which python-escpos capabilities and how many columns.

The paper width sets the columns of the layout (font A); the python-escpos
profile says which commands and code pages the printer has.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.domain.errors import message

__all__ = ["DEFAULT_PROFILE", "PROFILES", "PrinterProfile", "get_profile",
           "keep_capabilities_cached"]


@dataclass(frozen=True, slots=True)
class PrinterProfile:
    """What the layout needs to know about a printer model."""

    key: str  # stored in the ``printer.profile`` setting
    label: str  # shown in the settings dialog
    escpos_profile: str  # python-escpos capabilities profile name
    columns: int  # characters per line in font A
    width_px: int  # printable dots, for the logo
    codepage: str = "CP858"  # Western European with the euro sign
    native_qr: bool = True
    drawer_pin: int = 2


PROFILES: dict[str, PrinterProfile] = {
    p.key: p
    for p in (
        PrinterProfile("tm-t88", "Epson TM-T88 (80 mm)", "TM-T88V", 42, 512),
        PrinterProfile("tm-t20", "Epson TM-T20 (80 mm)", "TM-T20II", 48, 576),
        PrinterProfile("generic-80", "Generic ESC/POS 80 mm", "default", 48, 576),
        PrinterProfile("generic-58", "Generic ESC/POS 58 mm", "default", 32, 384),
    )
}

DEFAULT_PROFILE = "generic-80"


def get_profile(key: str | None) -> PrinterProfile:
    """The profile stored under ``key`` (None or "" -> generic 80 mm)."""
    try:
        return PROFILES[key or DEFAULT_PROFILE]
    except KeyError as exc:
        known = ", ".join(PROFILES)
        raise DeviceError(message("Unknown printer profile {key!r}; choose one of {known}"),
                          DeviceErrorKind.CONFIG, key=key, known=known) from exc


def keep_capabilities_cached() -> None:
    """Let python-escpos keep its parsed printer database in the user's cache folder.

    Left alone, python-escpos parses its capabilities file into a new temporary
    folder at every start (0.3 s of CPU, about a second on a busy till); kept in
    the cache it is parsed again only when the file changes. Takes effect only
    before python-escpos is first imported; a folder named in the environment
    wins, and a cache that cannot be written leaves python-escpos as it is.
    """
    from platformdirs import user_cache_dir

    folder = Path(user_cache_dir("omnipos", appauthor=False)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    if os.access(folder, os.W_OK):
        os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(folder))
