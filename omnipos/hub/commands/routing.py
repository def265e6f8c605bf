"""``omnipos-hub routing set|show`` (the rules) and ``omnipos-hub geo import`` (postcodes)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from omnipos.hub import geo
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.orders import rules


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("routing", help="order routing rules")
    add_db(group)
    sub = group.add_subparsers(dest="routing_cmd", required=True)
    put = sub.add_parser("set", help="replace the rules with a JSON file's (see the README)")
    add_db(put)
    put.add_argument("file", type=Path)
    put.set_defaults(func=run_set)
    show = sub.add_parser("show", help="the rules in force, in order (JSON lines)")
    add_db(show)
    show.set_defaults(func=run_show)

    geo_group = subparsers.add_parser("geo", help="postcode coordinates for routing")
    add_db(geo_group)
    gsub = geo_group.add_subparsers(dest="geo_cmd", required=True)
    imp = gsub.add_parser("import", help="import a GeoNames postal-code file (e.g. US.txt)")
    add_db(imp)
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=run_geo_import)


def run_set(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(rules.set_rules(db, args.file))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(rules.show_rules(db))
    return 0


def run_geo_import(args: argparse.Namespace) -> int:
    """Import; every bad line on stderr, exit 1 when there was one (the good ones are kept)."""
    with open_db(args) as db:
        report = geo.import_geonames(db, args.file)
    for err in report.errors:
        sys.stderr.write(f"{args.file}: {err}\n")
    write_json([{"imported": report.imported, "errors": len(report.errors)}])
    return 1 if report.errors else 0
