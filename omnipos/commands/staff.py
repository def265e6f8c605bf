"""``omnipos staff add`` and ``omnipos staff list``: staff on a standalone till.

The PIN is typed at a prompt without echo (twice), or read as one line from
standard input: never from the command line, where shell history and ``ps``
would keep it.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.domain.errors import ValidationError
from omnipos.domain.permissions import Role
from omnipos.services.staff import StaffService


def register(subparsers: Subparsers) -> None:
    """Add ``staff add`` and ``staff list``."""
    p = subparsers.add_parser("staff", help="staff who sign in on this till")
    add_common(p)
    sub = p.add_subparsers(dest="staff_command", metavar="COMMAND", required=True)
    add = sub.add_parser("add", help="add a staff member (PIN typed at a prompt, or on stdin)")
    add_common(add)
    add.add_argument("--number", required=True, help="employee number")
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--badge", default=None, help="badge barcode that signs this person in")
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="list staff as JSON lines (never PINs)")
    add_common(ls)
    ls.set_defaults(func=run_list)


def read_pin() -> str:
    """The PIN typed at a prompt (without echo, twice), or one line of stdin."""
    if sys.stdin.isatty():
        pin = getpass.getpass("PIN: ")
        if getpass.getpass("PIN again: ") != pin:
            raise ValidationError("the two PINs differ")
        return pin.strip()
    line = sys.stdin.readline()
    if not line.strip():
        raise ValidationError("no PIN given: type it at the prompt or pipe it on stdin")
    return line.strip()


def run_add(args: argparse.Namespace) -> int:
    pin = read_pin()
    db = open_till_db(args)
    try:
        info = StaffService(db).add_staff(
            args.number, args.name, args.role, pin, badge=args.badge, command_line=True
        )
    finally:
        db.close()
    print(f"added {info.name} (#{info.number}) as {info.role.value}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = open_till_db(args, must_exist=True)
    try:
        for s in StaffService(db).list_staff():
            print(
                json.dumps(
                    {
                        "number": s.number,
                        "name": s.name,
                        "role": s.role.value,
                        "badge": s.badge,
                        "active": s.active,
                        "source": s.source,
                    }
                )
            )
    finally:
        db.close()
    return 0
