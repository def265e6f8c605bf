"""``omnipos-hub order add|show|list|cancel|route|ship|tick`` (``orders`` works too).

Everything prints JSON. ``order add FILE`` posts an order body (the JSON of
``POST /v1/orders``; ``-`` reads stdin) as channel ``--channel`` (default
``cli``, made on first use). ``order tick`` runs the no-show job once.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError as PydanticError

from omnipos.domain.errors import ValidationError
from omnipos.domain.pickup import OrderState
from omnipos.hub.admin import channels
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.orders import changes, intake, noshow, views
from omnipos.hub.orders.requests import OrderRequest


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("order", aliases=["orders"], help="customer orders")
    add_db(group)
    sub = group.add_subparsers(dest="order_cmd", required=True)
    add = sub.add_parser("add", help="post an order (JSON body as for POST /v1/orders)")
    add_db(add)
    add.add_argument("file", help="a JSON file, or - for stdin")
    add.add_argument("--channel", default="cli", help="channel it comes from (default: cli)")
    add.set_defaults(func=run_add)
    show = sub.add_parser("show", help="one order with lines, reservations and history")
    add_db(show)
    show.add_argument("order_id")
    show.set_defaults(func=run_show)
    ls = sub.add_parser("list", help="orders as JSON lines, newest first")
    add_db(ls)
    ls.add_argument("--state", choices=[s.value for s in OrderState])
    ls.add_argument("--store", help="only orders with a part at this node")
    ls.add_argument("--exceptions", action="store_true",
                    help="only orders flagged for customer service")
    ls.set_defaults(func=run_list)
    cancel = sub.add_parser("cancel", help="cancel an order (stock released)")
    add_db(cancel)
    cancel.add_argument("order_id")
    cancel.add_argument("--reason", default="")
    cancel.set_defaults(func=run_cancel)
    route = sub.add_parser("route", help="route a parked (unrouted) order again, or to a node")
    add_db(route)
    route.add_argument("order_id")
    route.add_argument("--node", help="send the parked quantity to this store or warehouse")
    route.set_defaults(func=run_route)
    ship = sub.add_parser("ship", help="a node without a till (a warehouse) shipped its part")
    add_db(ship)
    ship.add_argument("pickup_id", help="the part's id (fulfilments[].pickup_id in 'order show')")
    ship.add_argument("--carrier", default="")
    ship.add_argument("--tracking", default="")
    ship.set_defaults(func=run_ship)
    tick = sub.add_parser("tick", help="run the no-show job once: reminders, auto-cancels")
    add_db(tick)
    tick.add_argument("--now", help="the moment to run at (ISO 8601 with offset; default now)")
    tick.set_defaults(func=run_tick)


def _body(name: str) -> OrderRequest:
    text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    try:
        return OrderRequest.model_validate_json(text)
    except PydanticError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValidationError(f"{name}: {where}: {first['msg']}") from exc


def run_add(args: argparse.Namespace) -> int:
    req = _body(args.file)
    with open_db(args) as db:
        channel = channels.channel_for_cli(db, args.channel)
        answer, _created = intake.place_order(db, channel, req)
    write_json([answer])
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db, db.read() as s:
        sys.stdout.write(json.dumps(views.order_view(s, intake.find_order(s, args.order_id)),
                                    indent=2) + "\n")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(views.list_orders(db, state=args.state, store=args.store,
                                     exceptions=args.exceptions))
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([changes.cancel_order(db, args.order_id, actor="admin", reason=args.reason)])
    return 0


def run_route(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([intake.route_by_hand(db, args.order_id, node=args.node)])
    return 0


def run_ship(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([changes.ship_by_hand(db, args.pickup_id, carrier=args.carrier,
                                         tracking=args.tracking)])
    return 0


def run_tick(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    if args.now:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError as exc:
            raise ValidationError(f"--now {args.now!r}: {exc}") from exc
        if now.tzinfo is None:
            raise ValidationError("--now needs a UTC offset, e.g. 2026-12-01T09:00:00+00:00")
    with open_db(args) as db:
        write_json([noshow.tick(db, now).as_dict()])
    return 0
