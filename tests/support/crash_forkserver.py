"""A fork server for crash tests: import once, fork a selling till per run.

``python -m tests.support.crash_forkserver DB_PATH`` reads one command per
line on stdin: ``RUN <seed>`` forks a child that opens the database afresh
and sells (``checkout_driver.sell_forever``) with its stdout on this pipe;
the server prints ``CHILD <pid>`` first, and ``EXIT <pid> <status>`` once the
child is gone (the test kills it with SIGKILL). ``QUIT`` or end of input
stops the server. Nothing is open in the server when it forks: no database
connection, no thread, so each child starts as a freshly started till would.
"""

from __future__ import annotations

import io
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

from tests.support.checkout_driver import sell_forever


class _StopAfter(io.StringIO):
    def __init__(self, sales: int) -> None:
        super().__init__()
        self.left = sales

    def write(self, text: str) -> int:
        if text.startswith("CONFIRMED "):
            self.left -= 1
            if self.left <= 0:
                raise StopIteration
        return len(text)


def _warm_up(db_path: Path) -> None:
    """Sell twice on a throw-away copy so lazy imports and mapper set-up happen once, here."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "warm.sqlite3"
        src, dst = sqlite3.connect(db_path), sqlite3.connect(copy)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        try:
            sell_forever(copy, 0, _StopAfter(2))
        except StopIteration:
            pass


def _child(db_path: Path, seed: int) -> None:
    try:
        sell_forever(db_path, seed, sys.stdout)
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, then exit
        sys.stdout.write(f"ERROR {type(exc).__name__}: {exc}\n")
        sys.stdout.flush()
    finally:
        os._exit(1)


def main(argv: list[str]) -> int:
    db_path = Path(argv[0])
    _warm_up(db_path)
    out = sys.stdout
    out.write("SERVER\n")
    out.flush()
    for line in sys.stdin:
        cmd = line.split()
        if not cmd or cmd[0] == "QUIT":
            break
        if cmd[0] != "RUN":
            continue
        pid = os.fork()
        if pid == 0:
            _child(db_path, int(cmd[1]))
        out.write(f"CHILD {pid}\n")
        out.flush()
        _, status = os.waitpid(pid, 0)
        out.write(f"EXIT {pid} {status}\n")
        out.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
