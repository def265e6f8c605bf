"""``omnipos db upgrade``, ``omnipos db check`` and ``omnipos db reindex``."""

from __future__ import annotations

import argparse

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.services.support import check_lines


def register(subparsers: Subparsers) -> None:
    """Add ``db upgrade`` and ``db check``."""
    p = subparsers.add_parser("db", help="maintain the till database")
    add_common(p)
    sub = p.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    up = sub.add_parser("upgrade", help="back up the database and migrate it to this version")
    add_common(up)
    up.set_defaults(func=run_upgrade)
    check = sub.add_parser("check", help="check integrity and schema version; exit 1 on a problem")
    add_common(check)
    check.set_defaults(func=run_check)
    reindex = sub.add_parser("reindex", help="rebuild the product search index")
    add_common(reindex)
    reindex.set_defaults(func=run_reindex)


def run_upgrade(args: argparse.Namespace) -> int:
    """Migrate to head, saying from where to where and where the backup went."""
    db = open_till_db(args, migrate=False, must_exist=True)
    try:
        before = db.revision()
        backup = db.upgrade()
        after = db.revision()
    finally:
        db.close()
    if before == after:
        print(f"{db.path}: already at revision {after}")
    else:
        print(f"{db.path}: upgraded from {before or 'empty'} to {after}")
    if backup is not None:
        print(f"backup: {backup}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Integrity check plus revision; one line per problem."""
    db = open_till_db(args, migrate=False, must_exist=True)
    try:
        lines, ok = check_lines(db)
    finally:
        db.close()
    print("\n".join(lines))
    return 0 if ok else 1


def run_reindex(args: argparse.Namespace) -> int:
    """Rebuild the FTS5 product index (after ``db check`` reports it out of step)."""
    db = open_till_db(args, must_exist=True)
    try:
        db.rebuild_search_index()
    finally:
        db.close()
    print(f"{db.path}: product search index rebuilt")
    return 0
