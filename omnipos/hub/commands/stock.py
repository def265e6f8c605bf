"""``omnipos-hub stock import FILE.csv`` and ``omnipos-hub stock show SKU [--buckets]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.stock import levels


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("stock", help="stock")
    add_db(group)
    sub = group.add_subparsers(dest="stock_cmd", required=True)
    imp = sub.add_parser("import", help="import absolute levels: CSV store,sku,quantity")
    add_db(imp)
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=run_import)
    show = sub.add_parser("show", help="sellable levels of one SKU per store (JSON)")
    add_db(show)
    show.add_argument("sku")
    show.add_argument("--buckets", action="store_true",
                      help="every bucket per store: sellable, damaged, quality control...")
    show.set_defaults(func=run_show)


def run_import(args: argparse.Namespace) -> int:
    """Import the levels; every bad line on stderr, exit 1 when there was one."""
    with open_db(args) as db:
        result = levels.import_levels(db, args.file)
    errors = result.pop("errors")
    for err in errors:  # type: ignore[attr-defined]
        sys.stderr.write(f"{args.file}: {err}\n")
    write_json([result])
    return 1 if errors else 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([levels.show_buckets(db, args.sku) if args.buckets
                    else levels.show(db, args.sku)])
    return 0
