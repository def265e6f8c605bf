"""The till's style sheet and icons, shipped inside the package (``omnipos/resources``).

They are read through ``importlib.resources``, so a wheel install is styled
exactly like a source checkout. The style sheet may name other resources as
``url(@resources@/icons/x.svg)``; ``load_style`` fills in the folder.
"""

from __future__ import annotations

import logging
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

log = logging.getLogger(__name__)

_PACKAGE = "omnipos.resources"
_PLACEHOLDER = "@resources@"


def _root() -> Traversable:
    return resources.files(_PACKAGE)


def resource_path(kind: str, name: str) -> Path | None:
    """``omnipos/resources/<kind>/<name>`` as a file path (styles, icons), else None."""
    item = _root().joinpath(kind, name)
    if not item.is_file():
        return None
    # Packages installed as plain folders (wheel, editable, checkout) give real paths.
    return Path(str(item)) if isinstance(item, Path) else None


def read_resource(kind: str, name: str) -> str | None:
    """The text of a resource, or None when it is missing."""
    item = _root().joinpath(kind, name)
    return item.read_text(encoding="utf-8") if item.is_file() else None


def load_style(name: str = "till.qss") -> str:
    """The text of a style sheet, or "" (and a warning) when it cannot be found."""
    text = read_resource("styles", name)
    if text is None:
        log.warning("style sheet %s not found in %s", name, _PACKAGE)
        return ""
    root = _root()
    if isinstance(root, Path):
        text = text.replace(_PLACEHOLDER, root.as_posix())
    return text


def app_icon_path() -> Path | None:
    return resource_path("icons", "omnipos.svg")
