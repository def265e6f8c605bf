"""``omnipos-hub feed compact``."""

from __future__ import annotations

import argparse

from omnipos.hub import feed
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("feed", help="pull feed")
    add_db(group)
    sub = group.add_subparsers(dest="feed_cmd", required=True)
    compact = sub.add_parser("compact", help="drop superseded changes; older cursors get 410")
    add_db(compact)
    compact.set_defaults(func=run_compact)


def run_compact(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([{"removed": feed.compact(db)}])
    return 0
