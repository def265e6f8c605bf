"""Subcommand groups of the ``omnipos`` command, one module each.

Each module has ``register(subparsers)``, which adds its parsers and sets
``func`` (``args -> exit code``) on them; ``omnipos.cli.COMMAND_MODULES`` lists
the modules. Helpers here give every subcommand the same ``--data-dir`` and
the same way of opening the till database.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from platformdirs import user_data_dir

from omnipos.db.engine import Database, database_path, open_database
from omnipos.domain.errors import NotFoundError

__all__ = ["Subparsers", "add_common", "default_data_dir", "open_till_db", "resolve_data_dir"]

Subparsers = argparse._SubParsersAction  # the type argparse returns from add_subparsers

DATA_DIR_ENV = "OMNIPOS_DATA_DIR"


def default_data_dir() -> Path:
    """``$OMNIPOS_DATA_DIR``, else the platform's user data directory for omnipos."""
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(user_data_dir("omnipos", appauthor=False))


def add_common(parser: argparse.ArgumentParser) -> None:
    """Options every subcommand accepts (given before or after the subcommand)."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"where the till keeps its database "
             f"(default: ${DATA_DIR_ENV} or {default_data_dir()})",
    )


def resolve_data_dir(args: argparse.Namespace) -> Path:
    """The data directory the command works on, absolute."""
    given = getattr(args, "data_dir", None)
    return (Path(given) if given else default_data_dir()).expanduser().resolve()


def open_till_db(
    args: argparse.Namespace, *, migrate: bool = True, must_exist: bool = False
) -> Database:
    """Open the till database of ``args.data_dir`` (upgrading it unless told not to)."""
    path = database_path(resolve_data_dir(args))
    if must_exist and not path.is_file():
        raise NotFoundError(f"no till database at {path} (run 'omnipos setup' or pick --data-dir)")
    return open_database(path, migrate=migrate)
