"""The ``omnipos`` command.

``omnipos [--data-dir DIR] [--demo] [--printer URI]`` opens the till window;
subcommands (``setup``, ``catalog import``, ``db upgrade|check`` and what the
modules in ``COMMAND_MODULES`` add) work on the same data directory.

Contract with the GUI: ``omnipos.ui.app.run_gui(args) -> int`` receives an
argparse namespace with ``data_dir`` (absolute ``Path``), ``db_path`` (the
till database file inside it; for ``--demo`` already built), ``demo`` (bool)
and ``printer`` (URI string or None).

Errors a person can fix (``UserFacingError``, unreadable files, a file that
is not a database) end the command with one line on stderr and exit code 1,
never a traceback.
"""

from __future__ import annotations

import argparse
import ctypes.util
import importlib
import logging
import os
import sqlite3
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from omnipos import __version__, logs
from omnipos.commands import default_data_dir, resolve_data_dir
from omnipos.domain.errors import UserFacingError

log = logging.getLogger(__name__)

# Subcommand groups; each module has register(subparsers). Add new groups here.
COMMAND_MODULES = [
    "omnipos.commands.setup",
    "omnipos.commands.catalog",
    "omnipos.commands.db",
    "omnipos.commands.sync",
    "omnipos.commands.staff",
    "omnipos.commands.journal",
    "omnipos.commands.support",
]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every module's subcommands."""
    parser = argparse.ArgumentParser(
        prog="omnipos",
        description="OmniPOS till. Without a command, opens the till window.",
    )
    parser.add_argument("--version", action="version", version=f"omnipos {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        metavar="DIR",
        help=f"where the till keeps its database (default: {default_data_dir()}; "
        "with --demo, its demo/ subfolder)",
    )
    parser.add_argument("--demo", action="store_true",
                        help="open a demo store (created on first use)")
    parser.add_argument("--printer", default=None, metavar="URI",
                        help="receipt printer, e.g. file:///tmp/receipt.bin or tcp://HOST:9100")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation: open the till on a throw-away demo store "
                        "(or --data-dir's), scan one item, close; exit 1 if a step fails")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def display_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """Why the till window cannot open here, in one line (None: it can, as far as we know).

    Qt itself prints a page about plugins ("xcb-cursor0 is needed") and aborts.
    """
    platform = environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return None
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return ("no display to open the till window on: start it in a desktop session or "
                "set DISPLAY (the commands, e.g. 'omnipos setup', need none)")
    # A PyInstaller bundle carries its own copy of the library (find_library looks only at
    # the system's).
    if (not environ.get("WAYLAND_DISPLAY") and not getattr(sys, "frozen", False)
            and ctypes.util.find_library("xcb-cursor") is None):
        return ("the till window needs the xcb-cursor library: install it "
                "(Debian and Ubuntu: sudo apt install libxcb-cursor0)")
    return None


def _open_gui(args: argparse.Namespace) -> int:
    from omnipos.db.demo import ensure_demo
    from omnipos.db.engine import database_path

    problem = display_problem()
    if problem is not None:
        return _fail(problem, code=2)

    if args.self_test:
        return _self_test(args)
    if args.demo:
        base = Path(args.data_dir) if args.data_dir else default_data_dir() / "demo"
        args.data_dir = base.expanduser().resolve()
        args.db_path = ensure_demo(args.data_dir)
    else:
        args.data_dir = resolve_data_dir(args)
        args.db_path = database_path(args.data_dir)
    # Qt is loaded only when the window is wanted, and after the till's services (the
    # commands' modules import them): once loaded, PySide6 reads the source of every module
    # imported after it (its __feature__ import hook): 0.1-0.25 s of the till's start.
    from omnipos.ui.app import run_gui

    return int(run_gui(args) or 0)


def _self_test(args: argparse.Namespace) -> int:
    """``--self-test``: the demo store in a folder of its own, its first sale opening a shift."""
    from omnipos.db.demo import DEMO_STAFF, ensure_demo, example_codes
    from omnipos.db.engine import open_database
    from omnipos.db.settings import set_setting
    from omnipos.services.shifts.context import AUTO_SHIFT_SETTING

    with tempfile.TemporaryDirectory(prefix="omnipos-self-test-") as scratch:
        args.demo = True
        args.data_dir = Path(args.data_dir or scratch).expanduser().resolve()
        args.db_path = ensure_demo(args.data_dir)
        db = open_database(args.db_path)
        try:
            with db.transaction() as s:
                set_setting(s, AUTO_SHIFT_SETTING, True)  # no float to count before the scan
        finally:
            db.close()
        args.self_test_code = example_codes()[0][0]
        args.self_test_pin = DEMO_STAFF[0].pin  # the demo till opens at its lock screen
        from omnipos.ui.app import run_gui

        code = int(run_gui(args) or 0)
    print("self-test: passed" if code == 0 else f"self-test: failed (exit code {code})")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``omnipos`` console script; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logs.configure(logging.DEBUG if args.verbose else logging.WARNING)
    func = getattr(args, "func", None)
    try:
        if func is None:
            return _open_gui(args)
        return int(func(args) or 0)
    except UserFacingError as exc:
        return _fail(str(exc))
    except (DBAPIError, sqlite3.DatabaseError) as exc:
        reason = exc.orig if isinstance(exc, DBAPIError) else exc
        return _fail(f"database error: {reason}")
    except OSError as exc:
        return _fail(f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", code=130)


def _fail(message: str, code: int = 1) -> int:
    print(f"omnipos: error: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
