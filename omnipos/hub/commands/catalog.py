"""``omnipos-hub catalog import FILE.csv``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from omnipos.hub.catalog import import_csv
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("catalog", help="catalog")
    add_db(group)
    sub = group.add_subparsers(dest="cat_cmd", required=True)
    imp = sub.add_parser("import", help="import a catalog CSV")
    add_db(imp)
    imp.add_argument("file", type=Path)
    imp.add_argument("--currency", help="currency of the prices (default: the stores' one)")
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Import the file; every bad line on stderr, exit 1 when there was one."""
    with open_db(args) as db:
        report = import_csv(db, args.file, args.currency)
    for err in report.errors:
        sys.stderr.write(f"{args.file}: {err}\n")
    write_json([{"imported": report.imported, "unchanged": report.unchanged,
                 "errors": len(report.errors)}])
    return 1 if report.errors else 0
