"""``omnipos-hub enroll-code STORE`` and ``omnipos-hub device revoke DEVICE_ID``.

The wire calls an enrolled till a device, and so does the command that
revokes one: its argument is the ``device_id`` the till was given.
"""

from __future__ import annotations

import argparse
import sys

from omnipos.hub.admin import enrollment
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    code = subparsers.add_parser(
        "enroll-code", help="print a one-time enrollment code (15 minutes)"
    )
    add_db(code)
    code.add_argument("store")
    code.set_defaults(func=run_code)
    group = subparsers.add_parser("device", help="enrolled tills")
    add_db(group)
    sub = group.add_subparsers(dest="device_cmd", required=True)
    revoke = sub.add_parser(
        "revoke", help="revoke a till's token (it gets 401 until enrolled again)"
    )
    add_db(revoke)
    revoke.add_argument("device_id")
    revoke.set_defaults(func=run_revoke)


def run_code(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        code = enrollment.make_enrollment_code(db, args.store)
    sys.stdout.write(code + "\n")  # the code alone, so scripts can capture it
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        enrollment.revoke_till(db, args.device_id)
    write_json([{"revoked": args.device_id}])
    return 0
