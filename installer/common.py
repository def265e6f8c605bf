"""What both PyInstaller specs share: the project's name and version, and the data to bundle.

Imported by ``omnipos.spec`` and ``omnipos-hub.spec`` (PyInstaller runs a spec
with ``SPECPATH`` set to this folder; the spec puts it on ``sys.path``).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files, collect_submodules, copy_metadata

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME = PROJECT["name"]
VERSION = PROJECT["version"]

# Test tools and the developer's linters never ship.
DEV_ONLY = ["pytest", "_pytest", "pytest_qt", "hypothesis", "schemathesis", "mypy", "ruff",
            "importlinter", "grimp", "aiosmtpd", "tkinter", "IPython", "tests"]


def migrations(package: str) -> list[tuple[str, str]]:
    """An Alembic folder as files (Alembic reads env.py and versions/*.py from disk)."""
    return collect_data_files(package, include_py_files=True,
                              excludes=["**/__pycache__", "**/__pycache__/**"])


def modules(prefixes: tuple[str, ...], leave_out: tuple[str, ...] = ()) -> list[str]:
    """Every module of the packages named (the CLI loads its command modules by name)."""
    found: list[str] = []
    for prefix in prefixes:
        found += collect_submodules(
            prefix, filter=lambda name: not any(name == x or name.startswith(x + ".")
                                                for x in leave_out))
    return found


def metadata(*dists: str) -> list[tuple[str, str]]:
    """Installed metadata that code reads at run time (our version, keyring's backends)."""
    out: list[tuple[str, str]] = []
    for dist in dists:
        out += copy_metadata(dist)
    return out
