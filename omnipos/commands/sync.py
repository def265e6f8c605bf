"""``omnipos enroll``, ``omnipos sync``, ``omnipos status`` (sync with a hub, headless)."""

from __future__ import annotations

import argparse
import json
import sys

from omnipos.commands import Subparsers, add_common, open_till_db


def register(subparsers: Subparsers) -> None:
    """Add ``enroll``, ``sync`` and ``status``."""
    en = subparsers.add_parser(
        "enroll", help="enroll this till with a hub (token kept in the OS keyring only)"
    )
    add_common(en)
    en.add_argument("--hub", required=True, metavar="URL", help="hub URL, e.g. http://hub:8700")
    en.add_argument("--code", required=True, help="one-time code from 'omnipos-hub enroll-code'")
    en.add_argument("--name", default=None, help="device name shown on the hub (default: host)")
    en.set_defaults(func=run_enroll)

    sy = subparsers.add_parser("sync", help="push waiting events and pull changes from the hub")
    add_common(sy)
    sy.add_argument("--once", action="store_true", required=True,
                    help="one pass (retrying network faults), then exit")
    sy.add_argument("--retry-quarantined", action="store_true",
                    help="put quarantined events back in the queue first")
    sy.set_defaults(func=run_sync)

    st = subparsers.add_parser("status", help="sync status as JSON")
    add_common(st)
    st.add_argument("--quarantined", action="store_true", help="also list quarantined events")
    st.set_defaults(func=run_status)


def _progress(done: int, more: bool) -> None:
    sys.stderr.write(f"\rpulled {done} changes{'...' if more else '   '}")
    if not more:
        sys.stderr.write("\n")


def run_enroll(args: argparse.Namespace) -> int:
    from omnipos.sync.enroll import enroll
    from omnipos.sync.tokens import KeyringTokenStore

    db = open_till_db(args)
    try:
        result = enroll(db, args.hub, args.code, KeyringTokenStore(), device_name=args.name,
                        progress=_progress if sys.stderr.isatty() else None)
    finally:
        db.close()
    print(json.dumps({"device": result.device_id, "store": result.store_code,
                      "till": result.till_code, "hub_url": result.hub_url,
                      "products": result.pull.products, "changes": result.pull.changes}))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from omnipos.sync.outbox import retry_quarantined
    from omnipos.sync.tokens import KeyringTokenStore
    from omnipos.sync.worker import SyncWorker

    db = open_till_db(args, must_exist=True)
    try:
        if args.retry_quarantined:
            retry_quarantined(db)
        worker = SyncWorker(db, KeyringTokenStore())
        try:
            report = worker.sync_with_retries()
        finally:
            worker.client.close()
    finally:
        db.close()
    push, pull = report.push, report.pull
    print(json.dumps({"pushed": push.acked, "applied": push.applied,
                      "duplicate": push.duplicate, "rejected": push.rejected,
                      "quarantined": push.invalid, "pulled": pull.changes,
                      "snapshot": pull.snapshot, "restored_from_backup": report.restored}))
    return 1 if push.invalid else 0


def run_status(args: argparse.Namespace) -> int:
    from omnipos.sync.outbox import quarantined
    from omnipos.sync.status import sync_status

    db = open_till_db(args, must_exist=True)
    try:
        info = sync_status(db)
        if args.quarantined:
            info["quarantined_events"] = quarantined(db)
    finally:
        db.close()
    print(json.dumps(info, indent=2))
    return 0
