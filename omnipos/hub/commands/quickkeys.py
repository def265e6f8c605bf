"""``omnipos-hub quickkeys set|show``: a store's quick keys on its tills' Sell screen."""

from __future__ import annotations

import argparse
from pathlib import Path

from omnipos.domain.errors import NotFoundError
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.quick_keys import layout_record, parse_layout_file, set_layout
from omnipos.hub.store.models import QuickKeyLayout


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("quickkeys", help="a store's quick keys (favourite products)")
    add_db(group)
    sub = group.add_subparsers(dest="quickkeys_cmd", required=True)
    put = sub.add_parser("set", help="set a store's layout from a CSV (position,sku,label) or "
                                     "JSON file; its tills get it on their next pull")
    add_db(put)
    put.add_argument("--store", required=True, metavar="CODE")
    put.add_argument("file", type=Path, help="the layout file ('-' for stdin is not read)")
    put.set_defaults(func=run_set)
    show = sub.add_parser("show", help="a store's layout as JSON")
    add_db(show)
    show.add_argument("--store", required=True, metavar="CODE")
    show.set_defaults(func=run_show)


def run_set(args: argparse.Namespace) -> int:
    keys = parse_layout_file(args.file.read_text(encoding="utf-8"))
    with open_db(args) as db, db.transaction() as s:
        record = set_layout(s, args.store, keys, by="omnipos-hub")
    write_json([record.model_dump(mode="json")])
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db, db.read() as s:
        row = s.get(QuickKeyLayout, args.store)
        if row is None:
            raise NotFoundError(f"store {args.store!r} has no quick keys yet")
        write_json([layout_record(row).model_dump(mode="json")])
    return 0
