"""``omnipos-hub``: run and administer OmniPOS Hub.

Every command takes ``--db URL`` (or ``OMNIPOS_HUB_DB``), before or after the
subcommand; the default is a SQLite file in the user data directory. Errors a
person can fix end the command with one line on stderr and exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from omnipos import logs
from omnipos.domain.errors import UserFacingError
from omnipos.hub.commands import (
    add_db,
    catalog,
    channels,
    counts,
    customers,
    enrollment,
    feed,
    notify,
    orders,
    quickkeys,
    reports,
    returns,
    routing,
    serve,
    staff,
    stock,
    stores,
)

# One module per group, in the order ``--help`` lists them.
GROUPS = (serve, stores, enrollment, catalog, stock, counts, reports, staff, customers, returns,
          feed, channels, orders, routing, notify, quickkeys)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="omnipos-hub", description="OmniPOS Hub: the sync API server"
    )
    add_db(parser)
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="cmd", required=True)
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logs.configure(logging.INFO if args.verbose else logging.WARNING)
    try:
        return int(args.func(args))
    except (UserFacingError, OSError) as exc:
        sys.stderr.write(f"omnipos-hub: {exc}\n")
        return 2
