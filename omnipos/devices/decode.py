"""Read ESC/POS bytes back as text lines: for tests, previews and support.

``decode_escpos(data, escpos_profile)`` follows the code page switches
(``ESC t n``) of the profile, so accented and currency characters come back
as they will be printed. Things that are not text become markers::

    [CODE128 S01-T1-000123]   [QR https://...]   [IMAGE 512x80]
    [CUT]   [DRAWER pin2]   [DRAWER pin2 now] (real-time pulse)   [STATUS 1]

An unknown command raises ``ValueError``: the decoder must know every
command the templates send, so a layout change cannot slip past the tests.
"""

from __future__ import annotations

import codecs

from escpos.capabilities import get_profile

__all__ = ["decode_escpos"]

ESC, GS, DLE, LF = 0x1B, 0x1D, 0x10, 0x0A

# ESC x followed by this many argument bytes.
_ESC_ARGS = {ord("!"): 1, ord("E"): 1, ord("a"): 1, ord("-"): 1, ord("M"): 1, ord("{"): 1,
             ord("d"): 1, ord("2"): 0, ord("3"): 1, ord("J"): 1, ord("G"): 1, ord("V"): 1,
             ord("c"): 2}
# GS x followed by this many argument bytes.
_GS_ARGS = {ord("!"): 1, ord("b"): 1, ord("B"): 1, ord("h"): 1, ord("w"): 1, ord("f"): 1,
            ord("H"): 1, ord("L"): 2, ord("W"): 2}
_BARCODES = {73: "CODE128", 72: "CODE93", 69: "CODE39", 67: "EAN13", 68: "EAN8", 65: "UPC-A"}


def _codec(name: str) -> str:
    candidate = name.lower().replace("_", "-")
    try:
        codecs.lookup(candidate)
    except LookupError:
        return "cp437"
    return candidate


def decode_escpos(data: bytes, escpos_profile: str = "default") -> list[str]:
    """The text lines and markers that ``data`` prints, in order."""
    pages = {int(k): _codec(v) for k, v in get_profile(escpos_profile).codePages.items()}
    codec = "cp437"
    lines: list[str] = []
    text = bytearray()

    def flush_text() -> None:
        if text:
            lines.append(text.decode(codec, errors="replace").rstrip())
            text.clear()

    def marker(value: str) -> None:
        flush_text()
        lines.append(value)

    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b == LF:
            lines.append(text.decode(codec, errors="replace").rstrip())
            text.clear()
            i += 1
        elif b == ESC:
            cmd = data[i + 1]
            if cmd == ord("@"):
                i += 2
            elif cmd == ord("t"):
                flush_text()
                codec = pages.get(data[i + 2], "cp437")
                i += 3
            elif cmd == ord("p"):
                marker(f"[DRAWER pin{2 if data[i + 2] in (0, 48) else 5}]")
                i += 5
            elif cmd == ord("d"):
                flush_text()
                lines.extend([""] * data[i + 2])
                i += 3
            elif cmd in _ESC_ARGS:
                i += 2 + _ESC_ARGS[cmd]
            else:
                raise ValueError(f"unknown command ESC {cmd:#04x} at byte {i}")
        elif b == GS:
            cmd = data[i + 1]
            if cmd == ord("V"):
                marker("[CUT]")
                i += 3 if data[i + 2] in (0, 1, 48, 49) else 4
            elif cmd == ord("k"):
                kind = data[i + 2]
                if kind >= 65:
                    length = data[i + 3]
                    payload = data[i + 4:i + 4 + length].decode("ascii", errors="replace")
                    if payload.startswith("{"):
                        payload = payload[2:]
                    marker(f"[{_BARCODES.get(kind, f'BARCODE {kind}')} {payload}]")
                    i += 4 + length
                else:
                    end = data.index(0, i + 3)
                    marker(f"[BARCODE {kind} {data[i + 3:end].decode('ascii', 'replace')}]")
                    i = end + 1
            elif cmd == ord("(") and data[i + 2] == ord("k"):
                size = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5:i + 5 + size]
                if body[:3] == b"1P0":
                    marker(f"[QR {body[3:].decode('utf-8', errors='replace')}]")
                i += 5 + size
            elif cmd == ord("v") and data[i + 2] == ord("0"):
                width_bytes = data[i + 4] + 256 * data[i + 5]
                height = data[i + 6] + 256 * data[i + 7]
                marker(f"[IMAGE {width_bytes * 8}x{height}]")
                i += 8 + width_bytes * height
            elif cmd in _GS_ARGS:
                i += 2 + _GS_ARGS[cmd]
            else:
                raise ValueError(f"unknown command GS {cmd:#04x} at byte {i}")
        elif b == DLE and i + 2 < n + 1 and data[i + 1] == 0x04:
            marker(f"[STATUS {data[i + 2]}]")
            i += 3
        elif b == DLE and data[i + 1:i + 3] == b"\x14\x01":
            marker(f"[DRAWER pin{2 if data[i + 3] == 0 else 5} now]")
            i += 5
        else:
            text.append(b)
            i += 1
    flush_text()
    return lines
