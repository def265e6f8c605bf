"""Support: which versions this till runs, and a bundle of what the help desk asks for.

``versions`` feeds the About box; ``check_lines`` is the text ``omnipos db check``
prints; ``write_bundle`` zips the log files, the settings with every secret
hidden, that check and the versions into one file a manager can send. Secrets
(device tokens) live in the keyring and never reach the settings table, but a
bundle leaves the store, so anything whose name says token, key, PIN, password,
secret or badge is hidden anyway, and a URI keeps no user name or password.
"""

from __future__ import annotations

import json
import logging
import platform
import re
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from omnipos import __version__, logs
from omnipos.db.engine import Database
from omnipos.db.settings import all_settings

__all__ = [
    "HIDDEN",
    "Bundle",
    "Versions",
    "check_lines",
    "hide_secrets",
    "is_secret",
    "versions",
    "write_bundle",
]

log = logging.getLogger(__name__)

HIDDEN = "(hidden)"
_SECRET_WORDS = frozenset({
    "token", "tokens", "secret", "secrets", "password", "passwd", "pwd", "pin", "pins",
    "key", "keys", "apikey", "badge", "badges", "credential", "credentials", "auth",
})
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Versions:
    """What About shows (the UI adds Qt's)."""

    omnipos: str
    python: str
    schema: str | None  # the Alembic revision the till database is at
    schema_head: str  # the newest one this version knows

    @property
    def schema_text(self) -> str:
        if self.schema == self.schema_head:
            return f"{self.schema} (up to date)"
        return f"{self.schema or 'none'} (this version expects {self.schema_head})"


def versions(db: Database) -> Versions:
    return Versions(__version__, platform.python_version(), db.revision(), db.head())


def is_secret(key: str) -> bool:
    """True for a setting whose name holds a secret word: hub.token, staff.pin_salt ..."""
    return any(word in _SECRET_WORDS for word in _WORD.findall(key.lower()))


def hide_secrets(value: Any, key: str = "") -> Any:
    """``value`` with secrets replaced by HIDDEN, nested dicts and lists too."""
    if key and is_secret(key):
        return HIDDEN
    if isinstance(value, dict):
        return {k: hide_secrets(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [hide_secrets(v) for v in value]
    if isinstance(value, str) and "@" in value and "://" in value:
        return _without_userinfo(value)
    return value


def _without_userinfo(uri: str) -> str:
    parts = urlsplit(uri)
    if "@" not in parts.netloc:
        return uri
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit((parts.scheme, f"{HIDDEN}@{host}", parts.path, parts.query, parts.fragment))


def check_lines(db: Database) -> tuple[list[str], bool]:
    """The lines ``omnipos db check`` prints and whether the database is sound."""
    report = db.check()
    lines = [f"{db.path}: revision {report.revision or 'none'} (this version: {report.head})"]
    lines += ["ok"] if report.ok else [f"problem: {p}" for p in report.problems]
    return lines, report.ok


@dataclass(frozen=True, slots=True)
class Bundle:
    path: Path
    names: list[str]  # what the zip holds


def default_bundle_path(data_dir: Path, now: datetime) -> Path:
    return data_dir / "support" / f"omnipos-support-{now.strftime('%Y%m%dT%H%M%SZ')}.zip"


def write_bundle(data_dir: Path, db: Database | None, out: Path | None = None, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Bundle:
    """Write the support zip; ``db`` None when the data directory has no till database yet.

    A database that cannot be read still gives a bundle: its error is in db-check.txt.
    """
    now = clock()
    path = out or default_bundle_path(data_dir, now)
    path.parent.mkdir(parents=True, exist_ok=True)
    about: dict[str, Any] = {"omnipos": __version__, "python": platform.python_version(),
                             "platform": platform.platform(), "written_at": now.isoformat()}
    settings: dict[str, Any] = {}
    if db is None:
        check = [f"no till database in {data_dir}"]
    else:
        try:
            about.update(asdict(versions(db)))
            check, _ok = check_lines(db)
            with db.read() as session:
                settings = hide_secrets(all_settings(session))
        except Exception as exc:  # a broken database is exactly what a bundle must describe
            log.warning("support bundle: the database could not be read: %s", exc)
            check = [f"the database could not be read: {exc}"]
    names: list[str] = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in (("versions.json", json.dumps(about, indent=2)),
                           ("settings.json", json.dumps(settings, indent=2, sort_keys=True,
                                                        default=str)),
                           ("db-check.txt", "\n".join(check) + "\n")):
            zf.writestr(name, text)
            names.append(name)
        for log_file in logs.log_files(data_dir):
            name = f"logs/{log_file.name}"
            zf.write(log_file, name)
            names.append(name)
    log.info("support bundle written to %s (%d files)", path, len(names))
    return Bundle(path, names)
