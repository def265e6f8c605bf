"""What both PyInstaller specs share: the project's name and version, and the data to bundle.

Imported by ``omnipos.spec`` and ``omnipos-hub.spec`` (PyInstaller runs a spec
with ``SPECPATH`` set to this folder; the spec puts it on ``sys.path``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

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


def _dest(entry: tuple[str, ...]) -> PurePosixPath:
    return PurePosixPath(entry[0].replace("\\", "/"))


def only_languages(datas: Iterable[tuple[str, ...]], languages: Iterable[str]) -> list:
    """The data files without the locales nobody reads: Babel's locale data of the till's
    languages (and their countries, e.g. es_MX) and its root, Qt's own catalogues (qt_, qtbase_)
    of those languages; everything else as it was."""
    codes = "|".join(sorted(languages))
    qt = re.compile(rf"qt(base)?_({codes})(_\w+)?")
    babel = re.compile(rf"root|({codes})(_\w+)?")
    kept = []
    for entry in datas:
        dest = _dest(entry)
        folder = dest.parent.as_posix()
        if folder == "babel/locale-data" and not babel.fullmatch(dest.stem):
            continue
        if folder == "PySide6/Qt/translations" and not qt.fullmatch(dest.stem):
            continue
        kept.append(entry)
    return kept


def without(binaries: Iterable[tuple[str, ...]], names: Iterable[str]) -> list:
    """The binaries but those named (file names, any folder)."""
    drop = set(names)
    return [entry for entry in binaries if _dest(entry).name not in drop]


def metadata(*dists: str) -> list[tuple[str, str]]:
    """Installed metadata that code reads at run time (our version, keyring's backends)."""
    out: list[tuple[str, str]] = []
    for dist in dists:
        out += copy_metadata(dist)
    return out
