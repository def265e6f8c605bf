"""``omnipos-hub channel add|list|revoke``: the sales channels that post orders."""

from __future__ import annotations

import argparse
import sys

from omnipos.hub.admin import channels
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("channel", help="sales channels that post orders")
    add_db(group)
    sub = group.add_subparsers(dest="channel_cmd", required=True)
    add = sub.add_parser("add", help="add a channel and print its token (shown only once)")
    add_db(add)
    add.add_argument("name")
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="channels as JSON lines (no tokens)")
    add_db(ls)
    ls.set_defaults(func=run_list)
    rv = sub.add_parser("revoke", help="stop a channel's token working")
    add_db(rv)
    rv.add_argument("name")
    rv.set_defaults(func=run_revoke)


def run_add(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        data, token = channels.add_channel(db, args.name)
    # The token on stdout alone, so a script can capture it; the hub keeps only its hash.
    sys.stdout.write(token + "\n")
    sys.stderr.write(f"channel {data['name']!r} added; keep the token now: it is not shown "
                     "again\n")
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(channels.list_channels(db))
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([channels.revoke_channel(db, args.name)])
    return 0
