"""``omnipos-hub staff add|list|remove``: staff of a store (PINs never printed)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from omnipos.domain.errors import ValidationError
from omnipos.domain.permissions import Role
from omnipos.hub.admin.staff import add_staff, deactivate_staff, list_staff
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("staff", help="staff of a store")
    add_db(group)
    sub = group.add_subparsers(dest="staff_cmd", required=True)
    add = sub.add_parser("add", help="add or update a staff member (PIN at a prompt or on stdin)")
    add_db(add)
    add.add_argument("--store", required=True)
    add.add_argument("--number", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--badge", default=None)
    add.set_defaults(func=run_add)
    ls = sub.add_parser("list", help="staff as JSON lines (no PINs, no hashes)")
    add_db(ls)
    ls.add_argument("--store")
    ls.set_defaults(func=run_list)
    rm = sub.add_parser("remove", help="stop a staff member signing in")
    add_db(rm)
    rm.add_argument("--store", required=True)
    rm.add_argument("--number", required=True)
    rm.set_defaults(func=run_remove)


def _read_pin() -> str:
    """The PIN typed at a prompt (without echo, twice), or one line of stdin.

    Never a command-line argument: shell history and ``ps`` would keep it.
    """
    if sys.stdin.isatty():
        pin = getpass.getpass("PIN: ")
        if getpass.getpass("PIN again: ") != pin:
            raise ValidationError("the two PINs differ")
        return pin.strip()
    line = sys.stdin.readline().strip()
    if not line:
        raise ValidationError("no PIN given: type it at the prompt or pipe it on stdin")
    return line


def _shown(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "pin_hash"}


def run_add(args: argparse.Namespace) -> int:
    pin = _read_pin()
    with open_db(args) as db:
        data = add_staff(db, args.store, args.number, args.name, args.role, pin, badge=args.badge)
    write_json([_shown(data)])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(list_staff(db, args.store))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        data = deactivate_staff(db, args.store, args.number)
    write_json([_shown(data)])
    return 0
