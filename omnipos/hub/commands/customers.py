"""``omnipos-hub customer add|find|show|credit``: the customer directory and store credit."""

from __future__ import annotations

import argparse

from omnipos.domain.money import parse_amount
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.customers import credit, directory


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("customer", help="the customer directory and store credit")
    add_db(group)
    sub = group.add_subparsers(dest="customer_cmd", required=True)
    add = sub.add_parser("add", help="add a customer (name and a phone or an email)")
    add_db(add)
    add.add_argument("--name", required=True)
    add.add_argument("--phone", default="")
    add.add_argument("--email", default="")
    add.set_defaults(func=run_add)
    find = sub.add_parser("find", help="customers by phone, email or name (JSON lines)")
    add_db(find)
    find.add_argument("--phone", default="")
    find.add_argument("--email", default="")
    find.add_argument("--name", default="")
    find.set_defaults(func=run_find)
    show = sub.add_parser("show", help="one customer with their store-credit entries")
    add_db(show)
    show.add_argument("customer")
    show.set_defaults(func=run_show)
    adj = sub.add_parser("credit", help="adjust a customer's store credit (+ or -)")
    add_db(adj)
    adj.add_argument("customer")
    adj.add_argument("amount", help="e.g. 25.00 or -5.00")
    adj.add_argument("--currency", required=True)
    adj.add_argument("--note", required=True)
    adj.set_defaults(func=run_credit)


def run_add(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([directory.add_customer(db, args.name, phone=args.phone, email=args.email)])
    return 0


def run_find(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(directory.find_customers(db, phone=args.phone, email=args.email,
                                            name=args.name))
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([directory.get_customer(db, args.customer)])
    return 0


def run_credit(args: argparse.Namespace) -> int:
    amount = parse_amount(args.amount, args.currency, allow_negative=True)
    with open_db(args) as db:
        with db.transaction() as s:
            credit.adjust(s, args.customer, amount, args.currency, args.note)
            directory.publish(s, [args.customer])
        write_json([directory.get_customer(db, args.customer)])
    return 0
