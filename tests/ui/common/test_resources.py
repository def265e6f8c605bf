"""The style sheet and icons ship inside the package, so a wheel install is styled too."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

from omnipos.ui.common.style import app_icon_path, load_style


def test_style_and_icons_load_through_importlib_resources() -> None:
    root = resources.files("omnipos.resources")
    qss = root.joinpath("styles", "till.qss").read_text(encoding="utf-8")
    assert "QLineEdit#scanField" in qss
    for name in ("omnipos.svg", "spin-up.svg", "spin-down.svg"):
        assert root.joinpath("icons", name).read_text(encoding="utf-8").startswith("<svg")


def test_loader_fills_in_resource_urls_that_exist(qapp) -> None:
    text = load_style()
    assert "QLineEdit#scanField" in text and "@resources@" not in text
    urls = re.findall(r"url\(([^)]+)\)", text)
    assert urls, "the spin box arrows name their images"
    for url in urls:
        assert Path(url).is_file(), url
    icon = app_icon_path()
    assert icon is not None and not QIcon(str(icon)).isNull()


def test_package_data_includes_the_resources() -> None:
    pyproject = Path(__file__).resolve().parents[3] / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    assert '"resources/**/*"' in text and '"**/*.svg"' in text
