"""``omnipos-hub count create|list|show|close|cancel`` and ``omnipos-hub delivery add|list|show``.

``count create`` prints the new count's number (what a person reads and
types; ``show`` takes it or the session id). A count is blind unless
``--blind no``. ``delivery add`` sends a store the list of what to expect
from a supplier, or from another store (a transfer, ``--from``).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime, time
from pathlib import Path

from omnipos.domain.counts import CountState
from omnipos.domain.errors import ValidationError
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.counts import sessions
from omnipos.hub.stock import deliveries
from omnipos.sync.events.stock import DeliveryKind


def _moment(text: str) -> datetime:
    """``2026-12-24`` (the end of that day, UTC) or an ISO 8601 moment."""
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(23, 59, 59), UTC)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: write a date as YYYY-MM-DD") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _yes_no(text: str) -> bool:
    if text.lower() in ("yes", "y", "true"):
        return True
    if text.lower() in ("no", "n", "false"):
        return False
    raise argparse.ArgumentTypeError("write yes or no")


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("count", help="stock count sessions for the stores' tills")
    add_db(group)
    sub = group.add_subparsers(dest="count_cmd", required=True)

    create = sub.add_parser("create", help="a count for a store's tills (prints its number)")
    add_db(create)
    create.add_argument("--store", required=True)
    what = create.add_mutually_exclusive_group(required=True)
    what.add_argument("--skus", type=Path, metavar="FILE", help="a file with one SKU a line")
    what.add_argument("--category", help="every product of a category")
    what.add_argument("--location", help="whatever is on a shelf location")
    what.add_argument("--full", action="store_true", help="every item in the store")
    create.add_argument("--due", type=_moment, metavar="DATE", help="YYYY-MM-DD or ISO time")
    create.add_argument("--blind", type=_yes_no, default=True, metavar="yes|no",
                        help="hide expected quantities from whoever counts (default yes)")
    create.add_argument("--title", default="")
    create.set_defaults(func=run_create)

    ls = sub.add_parser("list", help="count sessions as JSON lines")
    add_db(ls)
    ls.add_argument("--store")
    ls.add_argument("--state", choices=[s.value for s in CountState])
    ls.set_defaults(func=run_list)

    for name, text in (("show", "one count with its lines and variances (JSON)"),
                       ("close", "no more areas are coming"),
                       ("cancel", "take a count off the tills' lists")):
        cmd = sub.add_parser(name, help=text)
        add_db(cmd)
        cmd.add_argument("count", help="its number (C00001) or id")
        cmd.set_defaults(func=run_show if name == "show" else run_state, state_cmd=name)

    group = subparsers.add_parser("delivery", help="deliveries and transfers stores receive")
    add_db(group)
    sub = group.add_subparsers(dest="delivery_cmd", required=True)
    add = sub.add_parser("add", help="what a store is to receive (prints the delivery, JSON)")
    add_db(add)
    add.add_argument("--store", required=True, help="the receiving store")
    add.add_argument("--lines", type=Path, required=True, metavar="FILE",
                     help="CSV: sku,quantity a line")
    add.add_argument("--from", dest="from_store", metavar="STORE",
                     help="a transfer from this store (its stock leaves now)")
    add.add_argument("--source", default="", help="the supplier's name")
    add.add_argument("--expected", type=_moment, metavar="DATE")
    add.set_defaults(func=run_delivery_add)
    dls = sub.add_parser("list", help="deliveries as JSON lines")
    add_db(dls)
    dls.add_argument("--store")
    dls.set_defaults(func=run_delivery_list)
    dshow = sub.add_parser("show", help="one delivery with its over and short (JSON)")
    add_db(dshow)
    dshow.add_argument("delivery")
    dshow.set_defaults(func=run_delivery_show)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{path}: not a UTF-8 text file") from exc


def run_create(args: argparse.Namespace) -> int:
    skus = sessions.read_sku_file(_read(args.skus), str(args.skus)) if args.skus else []
    with open_db(args) as db:
        made = sessions.create_session(
            db, args.store, skus=skus, category=args.category or "",
            location=args.location or "", full=args.full, due=args.due, blind=args.blind,
            title=args.title)
    sys.stdout.write(f"{made['number']}\n")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(sessions.list_sessions(db, args.store, state=args.state))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([sessions.show_session(db, args.count)])
    return 0


def run_state(args: argparse.Namespace) -> int:
    change = sessions.close_session if args.state_cmd == "close" else sessions.cancel_session
    with open_db(args) as db:
        write_json([change(db, args.count)])
    return 0


def run_delivery_add(args: argparse.Namespace) -> int:
    lines = deliveries.read_lines(_read(args.lines), str(args.lines))
    kind = DeliveryKind.TRANSFER if args.from_store else DeliveryKind.SUPPLIER
    with open_db(args) as db:
        write_json([deliveries.create_delivery(
            db, args.store, lines, kind=kind, source=args.source, from_store=args.from_store,
            expected_at=args.expected)])
    return 0


def run_delivery_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(deliveries.list_deliveries(db, args.store))
    return 0


def run_delivery_show(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([deliveries.show_delivery(db, args.delivery)])
    return 0
