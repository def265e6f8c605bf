"""Lay text out in columns on a python-escpos in-memory printer and return bytes.

Templates (``omnipos.devices.templates``) talk to a ``ReceiptWriter``; it owns
the column arithmetic, the code page and the library's quirks, and hands back
the ESC/POS bytes of one job.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
import unicodedata
from pathlib import Path

from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy

from omnipos.devices.errors import DeviceError, DeviceErrorKind
from omnipos.devices.profiles import PrinterProfile
from omnipos.domain.errors import message

__all__ = ["ReceiptWriter"]

log = logging.getLogger(__name__)

# python-escpos print()s a note when it draws a barcode; keep stdout clean.
_STDOUT_LOCK = threading.Lock()


# Typography that no receipt code page has, spelled the way a printer can print it.
_PLAIN = str.maketrans({"\u2014": "-", "\u2013": "-", "\u2018": "'", "\u2019": "'",
                        "\u201c": '"', "\u201d": '"', "\u2026": "...", "\u00a0": " ",
                        "\u202f": " ", "\u2022": "*"})


def _clean(text: str) -> str:
    """Drop control characters and replace typography receipt printers lack."""
    return "".join(ch for ch in text.translate(_PLAIN) if unicodedata.category(ch)[0] != "C")


def _fit(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` characters, dropping control characters."""
    return _clean(text)[:width]


def _chunks(text: str, width: int) -> list[str]:
    """Split ``text`` into lines of at most ``width`` characters, on spaces where possible."""
    lines: list[str] = []
    current = ""
    for word in _clean(text).split():
        while len(word) > width:  # a word longer than the line
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        candidate = f"{current} {word}".strip()
        if len(candidate) > width and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current or not lines:
        lines.append(current)
    return lines


class ReceiptWriter:
    """Builds one print job for a profile. Not thread-safe; one per job."""

    def __init__(self, profile: PrinterProfile) -> None:
        self.profile = profile
        self.columns = profile.columns
        self._current: tuple[str, bool, bool] | None = None
        try:
            self._p = Dummy(profile=profile.escpos_profile)
            self._p.hw("INIT")
            self._p.charcode(profile.codepage)
        except EscposError as exc:
            raise DeviceError(message("Printer profile {profile} is not usable: {reason}"),
                              DeviceErrorKind.CONFIG, profile=profile.key, reason=str(exc)
                              ) from exc

        self._style(align="left")

    # -- styling --------------------------------------------------------------
    def _style(self, *, align: str = "left", bold: bool = False, big: bool = False) -> None:
        # python-escpos resends every attribute; only send when something changes
        wanted = (align, bold, big)
        if wanted == self._current:
            return
        self._current = wanted
        if big:
            self._p.set(align=align, bold=bold, double_height=True, double_width=True)
        else:
            self._p.set(align=align, bold=bold, normal_textsize=True)

    # -- text -----------------------------------------------------------------
    def line(self, text: str = "", *, align: str = "left", bold: bool = False) -> None:
        """One line of text, cut to the paper width."""
        self._style(align=align, bold=bold)
        self._p.text(_fit(text, self.columns) + "\n")
        if align != "left" or bold:
            self._style()

    def wrap(self, text: str, *, align: str = "left") -> None:
        """Text that may be longer than a line, wrapped on spaces."""
        if text.strip():
            for chunk in _chunks(text, self.columns):
                self.line(chunk, align=align)

    def title(self, text: str) -> None:
        """Double-size centred heading (half as many columns), wrapped."""
        self._style(align="center", bold=True, big=True)
        for chunk in _chunks(text, self.columns // 2):
            self._p.text(chunk + "\n")
        self._style()

    def pair(self, left: str, right: str, *, bold: bool = False) -> None:
        """``left`` flush left and ``right`` flush right; a long ``left`` wraps above."""
        room = self.columns - len(right) - 1
        if room < 4:  # right part too wide: two lines
            self.line(left, bold=bold)
            self.line(right.rjust(self.columns), bold=bold)
            return
        *above, last = _chunks(left, room) if len(_clean(left)) > room else [_clean(left)]
        for chunk in above:
            self.line(chunk, bold=bold)
        self.line(last.ljust(room) + " " + right, bold=bold)

    def columns_row(self, cells: list[str], widths: list[int]) -> None:
        """Fixed-width cells; a negative width right-aligns the cell."""
        out = []
        for cell, width in zip(cells, widths, strict=True):
            size = abs(width)
            text = _fit(cell, size)
            out.append(text.rjust(size) if width < 0 else text.ljust(size))
        self.line(" ".join(out).rstrip())

    def rule(self, char: str = "-") -> None:
        """A line across the paper."""
        self.line(char * self.columns)

    def feed(self, lines: int = 1) -> None:
        self._p.ln(lines)

    # -- codes and pictures -----------------------------------------------------
    def barcode128(self, data: str) -> None:
        """A centred Code128 barcode with the text printed below it."""
        self._style(align="center")
        with _STDOUT_LOCK, contextlib.redirect_stdout(io.StringIO()):
            try:
                self._p.barcode("{B" + data, "CODE128", function_type="B", pos="BELOW",
                                font="A", height=64, width=2, align_ct=False)
            except EscposError as exc:
                log.warning("barcode %r not printable: %s", data, exc)
                self._p.text(data + "\n")
        self._current = None
        self._style()

    def qr(self, data: str) -> None:
        """A centred QR code (native where the printer has it, else as an image)."""
        self._style(align="center")
        try:
            self._p.qr(data, size=4, native=self.profile.native_qr, center=False)
        except EscposError as exc:
            log.warning("QR code not printable: %s", exc)
        self._current = None
        self._style()

    def logo(self, path: Path) -> None:
        """The store logo, scaled to at most the paper width and centred."""
        from PIL import Image  # pillow comes with python-escpos

        try:
            with Image.open(path) as img:
                picture = img.convert("RGBA")
        except OSError as exc:
            log.warning("logo %s not readable: %s", path, exc)
            return
        width = self.profile.width_px
        if picture.width > width:
            height = max(1, picture.height * width // picture.width)
            picture = picture.resize((width, height))
        canvas = Image.new("RGBA", (width, picture.height), (255, 255, 255, 255))
        canvas.paste(picture, ((width - picture.width) // 2, 0), picture)
        self._p.image(canvas.convert("L"), impl="bitImageRaster", center=False)
        self._current = None

    def kick_drawer(self) -> None:
        """Add the drawer-kick pulse to this job."""
        self._p.cashdraw(self.profile.drawer_pin)

    def cut(self) -> None:
        """Feed past the cutter and cut."""
        self._p.cut()

    def output(self) -> bytes:
        """The job's bytes so far."""
        return bytes(self._p.output)
