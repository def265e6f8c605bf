"""Subcommand groups of ``omnipos-hub``, one module each (``main.py`` lists them).

Each module has ``register(subparsers)``, which adds its parsers and sets
``func`` (``args -> exit code``) on them. Every parser takes ``--db URL``, so
the database can be named before or after the subcommand, the way every
``omnipos`` subcommand takes ``--data-dir``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from omnipos.hub.store.db import ENV_DB, HubDB, default_url, open_hub_db

__all__ = ["Subparsers", "add_db", "db_url", "open_db", "write_json"]

Subparsers = argparse._SubParsersAction  # the type argparse returns from add_subparsers


def add_db(parser: argparse.ArgumentParser) -> None:
    """``--db URL`` on ``parser``; SUPPRESS keeps a value given at another level."""
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, metavar="URL",
        help=f"database URL (default: ${ENV_DB} or a SQLite file in the user data directory)",
    )


def db_url(args: argparse.Namespace) -> str:
    """The database the command works on: ``--db``, else ``$OMNIPOS_HUB_DB``, else SQLite."""
    return getattr(args, "db", None) or default_url()


@contextmanager
def open_db(args: argparse.Namespace) -> Iterator[HubDB]:
    """The hub database of ``args``, migrated to this version, closed afterwards."""
    db = open_hub_db(db_url(args))
    try:
        yield db
    finally:
        db.close()


def write_json(rows: Iterable[Any]) -> None:
    """One JSON object per line on stdout (what every listing prints)."""
    sys.stdout.writelines(json.dumps(row) + "\n" for row in rows)
