"""Finds the till's style sheet and icons under resources/."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

_ROOTS = (
    Path(__file__).resolve().parents[2] / "resources",  # source checkout / editable install
    Path(__file__).resolve().parents[1] / "resources",  # inside the package (wheel)
)


def resource_path(kind: str, name: str) -> Path | None:
    """``resources/<kind>/<name>`` if it exists (styles, icons), else None."""
    for root in _ROOTS:
        path = root / kind / name
        if path.is_file():
            return path
    return None


def load_style(name: str = "till.qss") -> str:
    """The text of a style sheet, or "" (and a warning) when it cannot be found."""
    path = resource_path("styles", name)
    if path is None:
        log.warning("style sheet %s not found under %s", name, [str(r) for r in _ROOTS])
        return ""
    return path.read_text(encoding="utf-8")


def app_icon_path() -> Path | None:
    return resource_path("icons", "omnipos.svg")
