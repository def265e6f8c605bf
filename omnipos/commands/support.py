"""``omnipos support-bundle [--out FILE]``: a zip for the help desk."""

from __future__ import annotations

import argparse
from pathlib import Path

from omnipos.commands import Subparsers, add_common, resolve_data_dir
from omnipos.db.engine import database_path, open_database
from omnipos.services.support import write_bundle


def register(subparsers: Subparsers) -> None:
    """Add ``support-bundle``."""
    p = subparsers.add_parser(
        "support-bundle",
        help="zip the logs, the settings (secrets hidden) and 'db check' for the help desk",
    )
    add_common(p)
    p.add_argument("--out", type=Path, default=None, metavar="FILE",
                   help="where to write the zip (default: DATA_DIR/support/omnipos-support-"
                        "TIME.zip)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    data_dir = resolve_data_dir(args)
    path = database_path(data_dir)
    # Never migrate or create here: the bundle describes the database as it is.
    db = open_database(path, migrate=False) if path.is_file() else None
    try:
        bundle = write_bundle(data_dir, db, args.out.expanduser().resolve() if args.out else None)
    finally:
        if db is not None:
            db.close()
    print(f"support bundle: {bundle.path}")
    for name in bundle.names:
        print(f"  {name}")
    return 0
