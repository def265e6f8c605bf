"""Loads the till style sheet from resources/styles."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

_CANDIDATES = (
    Path(__file__).resolve().parents[2] / "resources" / "styles",  # source checkout / editable
    Path(__file__).resolve().parents[1] / "resources" / "styles",  # inside the package
)


def load_style(name: str = "till.qss") -> str:
    """The text of a style sheet, or "" (and a warning) when it cannot be found."""
    for folder in _CANDIDATES:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    log.warning("style sheet %s not found in %s", name, [str(p) for p in _CANDIDATES])
    return ""
