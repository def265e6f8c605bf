"""``omnipos-hub sales list`` and ``omnipos-hub shifts list``: what the tills reported."""

from __future__ import annotations

import argparse

from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.reports.shifts import list_shift_reports


def register(subparsers: Subparsers) -> None:
    sales = subparsers.add_parser("sales", help="sales")
    add_db(sales)
    sales_sub = sales.add_subparsers(dest="sales_cmd", required=True)
    sl = sales_sub.add_parser("list", help="sales received, as JSON lines")
    add_db(sl)
    sl.add_argument("--store")
    sl.set_defaults(func=run_sales)
    shifts = subparsers.add_parser("shifts", help="shift (Z) reports")
    add_db(shifts)
    shifts_sub = shifts.add_subparsers(dest="shifts_cmd", required=True)
    zl = shifts_sub.add_parser("list", help="Z reports per store and till, as JSON lines")
    add_db(zl)
    zl.add_argument("--store")
    zl.add_argument("--till")
    zl.set_defaults(func=run_shifts)


def run_sales(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(iter_sales(db, args.store))
    return 0


def run_shifts(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(list_shift_reports(db, args.store, args.till))
    return 0
