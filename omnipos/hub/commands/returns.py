"""``omnipos-hub return add|show|list|cancel|policy|payouts|settle|exceptions|resolve``.

RMAs are authorised here as a channel does with ``POST /v1/returns``; each
prints as JSON with its state, each line's outcome and the refund's payouts.
Cases for customer service (a line returned twice, credit overspent, items
missing from a parcel...) are listed by ``return exceptions``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from pydantic import ValidationError as PydanticError

from omnipos.domain.errors import ValidationError
from omnipos.domain.returns import RmaState
from omnipos.hub.commands import Subparsers, add_db, open_db, write_json
from omnipos.hub.customers import cases
from omnipos.hub.returns import payouts, policy, rmas
from omnipos.hub.returns.requests import RmaRequest


def register(subparsers: Subparsers) -> None:
    group = subparsers.add_parser("return", help="mail returns (RMAs), refunds, return cases")
    add_db(group)
    sub = group.add_subparsers(dest="return_cmd", required=True)

    add = sub.add_parser("add", help="authorise a mail return (prints the RMA)")
    add_db(add)
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--receipt", help="the sale's receipt number (any store)")
    source.add_argument("--order", help="the web order's id")
    add.add_argument("--line", action="append", required=True, metavar="SKU:QTY[:REASON]")
    add.add_argument("--to-store", required=True, help="the store the parcel is sent to")
    add.add_argument("--name", default="")
    add.add_argument("--email", default="")
    add.add_argument("--phone", default="")
    add.add_argument("--override", action="store_true",
                     help="authorise past the return window or a final sale")
    add.set_defaults(func=run_add)

    show = sub.add_parser("show", help="one RMA by number or id (JSON)")
    add_db(show)
    show.add_argument("rma")
    show.set_defaults(func=run_show)

    ls = sub.add_parser("list", help="RMAs as JSON lines")
    add_db(ls)
    ls.add_argument("--store")
    ls.add_argument("--state", choices=[s.value for s in RmaState])
    ls.set_defaults(func=run_list)

    cancel = sub.add_parser("cancel", help="withdraw an RMA whose parcel has not arrived")
    add_db(cancel)
    cancel.add_argument("rma")
    cancel.set_defaults(func=run_cancel)

    pol = sub.add_parser("policy", help="show or set the return policy (JSON)")
    add_db(pol)
    pol.add_argument("file", nargs="?", type=Path, help="a policy JSON file to set")
    pol.add_argument("--store", help="one store's own policy (default: the chain's)")
    pol.set_defaults(func=run_policy)

    pay = sub.add_parser("payouts", help="refund payouts as JSON lines")
    add_db(pay)
    pay.add_argument("--state", choices=[s.value for s in payouts.PayoutState])
    pay.set_defaults(func=run_payouts)

    settle = sub.add_parser("settle", help="record that a pending payout was paid")
    add_db(settle)
    settle.add_argument("payout")
    settle.add_argument("--reference", required=True, help="the payment's reference")
    settle.set_defaults(func=run_settle)

    exc = sub.add_parser("exceptions", help="cases for customer service as JSON lines")
    add_db(exc)
    exc.add_argument("--open", action="store_true", help="only cases not resolved yet")
    exc.add_argument("--kind", choices=[k.value for k in cases.CaseKind])
    exc.set_defaults(func=run_exceptions)

    res = sub.add_parser("resolve", help="close a case with a note")
    add_db(res)
    res.add_argument("case", type=int)
    res.add_argument("--note", required=True)
    res.set_defaults(func=run_resolve)


def _line(spec: str) -> dict[str, str]:
    sku, _, rest = spec.partition(":")
    qty, _, reason = rest.partition(":")
    if not sku or not qty:
        raise ValidationError(f"--line {spec!r}: write SKU:QTY or SKU:QTY:REASON")
    return {"sku": sku, "quantity": qty, "reason": reason}


def run_add(args: argparse.Namespace) -> int:
    try:
        req = RmaRequest.model_validate({
            "receipt_no": args.receipt or "", "order_id": args.order or "",
            "lines": [_line(spec) for spec in args.line], "return_to_store": args.to_store,
            "customer": {"name": args.name, "email": args.email, "phone": args.phone},
        })
    except PydanticError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValidationError(f"{where}: {first['msg']}") from exc
    with open_db(args) as db:
        write_json([rmas.create_rma(db, req, requested_by="admin", override=args.override)])
    return 0


def run_show(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([rmas.show_rma(db, args.rma)])
    return 0


def run_list(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(rmas.list_rmas(db, store_code=args.store,
                                  state=RmaState(args.state) if args.state else None))
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([rmas.cancel_rma(db, args.rma)])
    return 0


def run_policy(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        if args.file is None:
            write_json([policy.show_policy(db, args.store)])
        else:
            write_json([policy.set_policy(db, policy.read_policy_file(args.file), args.store)])
    return 0


def run_payouts(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(payouts.list_payouts(
            db, state=payouts.PayoutState(args.state) if args.state else None))
    return 0


def run_settle(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([payouts.settle(db, args.payout, args.reference)])
    return 0


def run_exceptions(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json(cases.list_cases(db, open_only=args.open,
                                    kind=cases.CaseKind(args.kind) if args.kind else None))
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        write_json([cases.resolve_case(db, args.case, args.note)])
    return 0
