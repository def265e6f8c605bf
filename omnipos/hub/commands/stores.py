"""``omnipos-hub store add|list``: stores and warehouses (the nodes orders are routed to)."""

from __future__ import annotations

import argparse

from omnipos.hub.admin import stores
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("store", help="manage stores")
    add_db(group)
    sub = group.add_subparsers(dest="store_cmd", required=True)
    add = sub.add_parser("add", help="add or update a store or warehouse")
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
    add.add_argument("--address", help="street, town, postcode, as on a letter "
                     "(other tills show it in look-ups; unchanged when left out)")
    add.add_argument("--tz", default="UTC")
    node = add.add_argument_group("as a node orders are routed to (unchanged when left out)")
    node.add_argument("--kind", choices=["store", "warehouse"])
    node.add_argument("--handling-cost", type=int, metavar="MINOR",
                      help="cost of handling one order there, minor units")
    node.add_argument("--ship-rate", type=int, metavar="MINOR_PER_KM",
                      help="shipping cost per km from there, minor units")
    node.add_argument("--daily-capacity", type=int, metavar="N",
                      help="orders it can take a day (0: no limit)")
    node.add_argument("--pickup", choices=["yes", "no"], help="customers may collect there")
    policy = add.add_argument_group("no-show policy for pickups (unchanged when left out)")
    policy.add_argument("--hours", metavar="SPEC",
                        help="opening hours, e.g. 'mon-fri 09:00-18:00; sat 10:00-16:00'")
    policy.add_argument("--remind-after", type=int, metavar="N",
                        help="first reminder after N opening hours (default 24)")
    policy.add_argument("--remind-again-after", type=int, metavar="M",
                        help="second reminder after M opening hours (default 48)")
    policy.add_argument("--cancel-after", type=int, metavar="K",
                        help="cancel K opening days after ready (default 7)")
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="list stores as JSON lines")
    add_db(ls)
    ls.set_defaults(func=run_list)


def run_add(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        data = stores.add_store(
            db, args.code, name=args.name, currency=args.currency, prices=args.prices,
            taxes=args.tax, rounding=args.rounding, cash_step_minor=args.cash_step,
            lat=args.lat, lon=args.lon, timezone=args.tz, address=args.address,
            node=stores.NodeOptions(
                kind=args.kind, handling_cost_minor=args.handling_cost,
                ship_rate_minor_per_km=args.ship_rate, daily_capacity=args.daily_capacity,
                pickup=None if args.pickup is None else args.pickup == "yes",
                opening_hours=args.hours, first_reminder_hours=args.remind_after,
                second_reminder_hours=args.remind_again_after,
                cancel_after_days=args.cancel_after),
        )
    write_json([data])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(stores.list_stores(db))
    return 0
