"""Where the till's logging is set up: the console, and rotating files in the data directory.

``configure`` is called once by each command's entry point (``omnipos``,
``omnipos-hub``); ``FileLog`` adds ``<data dir>/logs/omnipos.log`` (rotated at
2 MB, five old files kept) for as long as the till window is open, so a
support bundle or a crash report can point at what happened.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

__all__ = ["BACKUPS", "LOG_DIR", "LOG_FILE", "MAX_BYTES", "FileLog", "configure", "log_files"]

log = logging.getLogger(__name__)

LOG_DIR = "logs"
LOG_FILE = "omnipos.log"
MAX_BYTES = 2_000_000
BACKUPS = 5
CONSOLE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"


def configure(level: int = logging.WARNING) -> None:
    """Console logging on stderr, ``level`` and above."""
    logging.basicConfig(level=level, format=CONSOLE_FORMAT)


def log_files(data_dir: Path) -> list[Path]:
    """The log files of a data directory, newest first (omnipos.log, omnipos.log.1 ...)."""
    folder = data_dir / LOG_DIR
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{LOG_FILE}*") if p.is_file()]

    def age(path: Path) -> int:
        suffix = path.name[len(LOG_FILE):].lstrip(".")
        return int(suffix) if suffix.isdigit() else 0

    return sorted(found, key=age)


class FileLog:
    """The rotating log file of one data directory, attached to the ``omnipos`` logger.

    ``start`` returns False (and the till runs on, logging to the console) when the
    folder cannot be written; ``stop`` detaches and closes the file.
    """

    def __init__(self, data_dir: Path, *, max_bytes: int = MAX_BYTES,
                 backups: int = BACKUPS) -> None:
        self.path = data_dir / LOG_DIR / LOG_FILE
        self._max_bytes = max_bytes
        self._backups = backups
        self._handler: RotatingFileHandler | None = None

    def start(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handler = RotatingFileHandler(self.path, maxBytes=self._max_bytes,
                                          backupCount=self._backups, encoding="utf-8")
        except OSError as exc:
            log.warning("cannot write a log file in %s: %s", self.path.parent, exc)
            return False
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FILE_FORMAT))
        package = logging.getLogger("omnipos")
        package.addHandler(handler)
        if package.getEffectiveLevel() > logging.INFO:
            package.setLevel(logging.INFO)
        self._handler = handler
        return True

    def stop(self) -> None:
        if self._handler is not None:
            logging.getLogger("omnipos").removeHandler(self._handler)
            self._handler.close()
            self._handler = None
