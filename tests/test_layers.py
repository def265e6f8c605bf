"""The core never imports Qt: domain, db, services, sync and devices run without PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORE = ["domain", "db", "services", "sync", "devices"]
ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("layer", CORE)
def test_core_layer_imports_without_qt(layer: str) -> None:
    modules = sorted(
        "omnipos." + ".".join(p.relative_to(ROOT / "omnipos").with_suffix("").parts)
        for p in (ROOT / "omnipos" / layer).rglob("*.py")
        if "migrations" not in p.parts
    )
    modules = [m.removesuffix(".__init__") for m in modules]
    # Block PySide6 entirely, then import every module of the layer.
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt imported by the core: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    __import__(m)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_domain_does_no_io() -> None:
    banned = ("sqlalchemy", "httpx", "escpos", "serial", "usb", "socket")
    for path in (ROOT / "omnipos" / "domain").rglob("*.py"):
        text = path.read_text()
        for name in banned:
            assert f"import {name}" not in text and f"from {name}" not in text, (path, name)
