"""``omnipos journal verify`` and ``omnipos journal export --from DATE --to DATE``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.domain.errors import ValidationError
from omnipos.services.journal import export_jsonl, verify_chain


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-26") from exc


def register(subparsers: Subparsers) -> None:
    """Add ``journal verify`` and ``journal export``."""
    p = subparsers.add_parser("journal", help="the tamper-evident electronic journal")
    add_common(p)
    sub = p.add_subparsers(dest="journal_command", metavar="COMMAND", required=True)
    ver = sub.add_parser(
        "verify", help="check the hash chain; exit 1 naming the first broken entry"
    )
    add_common(ver)
    ver.set_defaults(func=run_verify)
    exp = sub.add_parser(
        "export", help="write entries between two dates (UTC, inclusive) as JSON lines"
    )
    add_common(exp)
    exp.add_argument("--from", dest="start", type=_date, required=True, metavar="DATE")
    exp.add_argument("--to", dest="end", type=_date, required=True, metavar="DATE")
    exp.add_argument("--out", type=Path, default=None, help="file to write (default: stdout)")
    exp.set_defaults(func=run_export)


def run_verify(args: argparse.Namespace) -> int:
    db = open_till_db(args, must_exist=True)
    try:
        check = verify_chain(db)
    finally:
        db.close()
    print(check.message())
    return 0 if check.ok else 1


def run_export(args: argparse.Namespace) -> int:
    if args.end < args.start:
        raise ValidationError("--to is before --from")
    db = open_till_db(args, must_exist=True)
    try:
        if args.out is None:
            n = export_jsonl(db, args.start, args.end, sys.stdout)
        else:
            with open(args.out, "w", encoding="utf-8") as fh:
                n = export_jsonl(db, args.start, args.end, fh)
    finally:
        db.close()
    print(f"{n} entries exported", file=sys.stderr)
    return 0
