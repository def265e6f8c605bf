"""``omnipos-hub store add|list``."""

from __future__ import annotations

import argparse

from omnipos.hub.admin import stores
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("store", help="manage stores")
    add_db(group)
    sub = group.add_subparsers(dest="store_cmd", required=True)
    add = sub.add_parser("add", help="add or update a store")
    add_db(add)
    add.add_argument("code")
    add.add_argument("--name", required=True)
    add.add_argument("--currency", required=True)
    add.add_argument("--prices", choices=["exclusive", "inclusive"], required=True)
    add.add_argument("--tax", action="append", default=[], metavar="CLASS=RATE", required=True)
    add.add_argument("--rounding", choices=["line", "document"], default="line")
    add.add_argument("--cash-step", type=int, default=0, help="cash rounding step, minor units")
    add.add_argument("--lat")
    add.add_argument("--lon")
    add.add_argument("--tz", default="UTC")
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="list stores as JSON lines")
    add_db(ls)
    ls.set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        data = stores.add_store(
            db, args.code, name=args.name, currency=args.currency, prices=args.prices,
            taxes=args.tax, rounding=args.rounding, cash_step_minor=args.cash_step,
            lat=args.lat, lon=args.lon, timezone=args.tz,
        )
    write_json([data])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(stores.list_stores(db))
    return 0
