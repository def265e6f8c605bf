"""``omnipos enroll``, ``omnipos sync``, ``omnipos status`` (sync with a hub, headless)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from omnipos.commands import Subparsers, add_common, open_till_db


def register(subparsers: Subparsers) -> None:
    """Add ``enroll``, ``sync`` and ``status``."""
    en = subparsers.add_parser(
        "enroll", help="enroll this till with a hub (token kept in the OS keyring only)"
    )
    add_common(en)
    en.add_argument("--hub", required=True, metavar="URL",
                    help="hub URL, e.g. https://hub:8700 (plain http only on this machine)")
    en.add_argument("--code", required=True, help="one-time code from 'omnipos-hub enroll-code'")
    en.add_argument("--name", default=None, help="device name shown on the hub (default: host)")
    en.add_argument("--ca-file", default=None, metavar="CA.pem",
                    help="the certificate authority of a hub with a private certificate")
    en.add_argument("--allow-http", action="store_true",
                    help="accept a plain-http hub on the network (a lab only: the device token "
                         "crosses the network unencrypted; the till keeps warning)")
    en.set_defaults(func=run_enroll)

    sy = subparsers.add_parser("sync", help="push waiting events and pull changes from the hub")
    add_common(sy)
    sy.add_argument("--once", action="store_true", required=True,
                    help="one pass (retrying network faults), then exit")
    sy.add_argument("--retry-quarantined", action="store_true",
                    help="put quarantined events back in the queue first")
    sy.add_argument("--accept-certificate", default=None, metavar="SHA256",
                    help="the hub's certificate was renewed: pin the one it shows now if its "
                         "fingerprint is this one (as 'omnipos-hub serve' prints it)")
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
        ca_file = str(Path(args.ca_file).expanduser().resolve()) if args.ca_file else None
        result = enroll(db, args.hub, args.code, KeyringTokenStore(), device_name=args.name,
                        progress=_progress if sys.stderr.isatty() else None,
                        ca_file=ca_file, allow_http=args.allow_http)
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
        if args.accept_certificate:
            from omnipos.sync.enroll import accept_certificate
            from omnipos.sync.tls import format_fingerprint

            pinned = accept_certificate(db, args.accept_certificate)
            print(f"hub certificate pinned: SHA-256 {format_fingerprint(pinned)}",
                  file=sys.stderr)
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
    from omnipos.services.journal import journal_keys
    from omnipos.sync.outbox import quarantined
    from omnipos.sync.status import sync_status

    db = open_till_db(args, must_exist=True)
    try:
        info = sync_status(db)
        keys = journal_keys(db)
        keyed = keys.stored() is not None
        info["journal"] = {"keyed": keyed, "unkeyed_reason": "" if keyed else (
            keys.reason or "no journal key yet: it is made with the first entry")}
        if args.quarantined:
            info["quarantined_events"] = quarantined(db)
    finally:
        db.close()
    print(json.dumps(info, indent=2))
    return 0
