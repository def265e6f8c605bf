"""``omnipos journal verify`` and ``omnipos journal export --from DATE --to DATE``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.domain.errors import ValidationError
from omnipos.services.journal import against_head, export_jsonl, verify_chain


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
        "verify", help="check the hash chain (with the till's journal key) and against the "
        "last head the hub kept; exit 1 naming what is broken or missing"
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
    from omnipos.sync.anchor import hub_journal_head
    from omnipos.sync.tokens import KeyringTokenStore

    db = open_till_db(args, must_exist=True)
    try:
        check = verify_chain(db)
        head = hub_journal_head(db, KeyringTokenStore())
        problem = None if head is None else against_head(db, head.seq, head.hash)
    finally:
        db.close()
    print(check.message())
    if head is None:
        print("hub: no journal head to check against (not enrolled, or nothing sent yet)")
    elif problem:
        print(f"journal BROKEN against the hub: {problem}")
    else:
        print(f"hub: entry {head.seq} is the one the hub saw")
    if head is not None and head.note:
        print(f"({head.note})")
    return 0 if check.ok and not problem else 1


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
