"""``omnipos catalog import FILE.csv``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.db.importer import REQUIRED_COLUMNS, import_catalog_csv

MAX_PROBLEMS_SHOWN = 200


def register(subparsers: Subparsers) -> None:
    """Add ``catalog import``."""
    p = subparsers.add_parser("catalog", help="manage the product catalog")
    add_common(p)
    sub = p.add_subparsers(dest="catalog_command", metavar="COMMAND", required=True)
    imp = sub.add_parser(
        "import",
        help="import products from a CSV file",
        description=f"Import products. Header: {','.join(REQUIRED_COLUMNS)} required; "
        "brand,category,sold_by optional. Bad lines are listed and skipped; "
        "exits 1 when any line was skipped.",
    )
    add_common(imp)
    imp.add_argument("file", type=Path, metavar="FILE.csv")
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    """Import the file, list every skipped line, print a summary."""
    db = open_till_db(args)
    try:
        report = import_catalog_csv(db, args.file)
    finally:
        db.close()
    for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
        print(f"{args.file}: {problem}", file=sys.stderr)
    hidden = len(report.problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        print(f"{args.file}: ... and {hidden} more skipped lines", file=sys.stderr)
    print(f"{args.file}: {report.summary()}")
    return 1 if report.problems else 0
