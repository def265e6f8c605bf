"""``omnipos-hub``: run and administer OmniPOS Hub.

Every command takes ``--db URL`` (or ``OMNIPOS_HUB_DB``); the default is a
SQLite file in the user data directory.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from omnipos.domain.errors import UserFacingError, ValidationError
from omnipos.domain.permissions import Role
from omnipos.hub import catalog, feed
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.admin.staff import add_staff, deactivate_staff, list_staff
from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.reports.shifts import list_shift_reports
from omnipos.hub.stock import levels
from omnipos.hub.store.db import HubDB, default_url, open_hub_db

log = logging.getLogger(__name__)

# Tills sync every 30 s; keeping their connections open longer than that avoids a
# reset race when a till reuses a connection the server is just closing.
KEEP_ALIVE_S = 75


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="omnipos-hub", description="OmniPOS Hub: the sync API server")
    p.add_argument("--db", help="database URL (default: $OMNIPOS_HUB_DB or a SQLite file)")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)

    serve = sub.add_parser("serve", help="serve the sync API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--workers", type=int, default=1)

    st = sub.add_parser("store", help="manage stores").add_subparsers(dest="store_cmd", required=True)
    add = st.add_parser("add", help="add or update a store")
    add.add_argument("code")
    add.add_argument("--name", required=True)
    add.add_argument("--currency", required=True)
    add.add_argument("--prices", choices=["exclusive", "inclusive"], required=True)
    add.add_argument("--tax", action="append", default=[], metavar="CLASS=RATE", required=True)
    add.add_argument("--rounding", choices=["line", "document"], default="line")
    add.add_argument("--cash-step", type=int, default=0, help="cash rounding step, minor units")
    add.add_argument("--lat")
    add.add_argument("--lon")
    add.add_argument("--tz", default="UTC")
    st.add_parser("list", help="list stores as JSON lines")

    code = sub.add_parser("enroll-code", help="print a one-time enrollment code (15 minutes)")
    code.add_argument("store")

    cat = sub.add_parser("catalog", help="catalog").add_subparsers(dest="cat_cmd", required=True)
    imp = cat.add_parser("import", help="import a catalog CSV")
    imp.add_argument("file", type=Path)
    imp.add_argument("--currency", help="currency of the prices (default: the stores' one)")

    sk = sub.add_parser("stock", help="stock").add_subparsers(dest="stock_cmd", required=True)
    simp = sk.add_parser("import", help="import absolute levels: CSV store,sku,quantity")
    simp.add_argument("file", type=Path)
    show = sk.add_parser("show", help="levels of one SKU per store (JSON)")
    show.add_argument("sku")

    sales = sub.add_parser("sales", help="sales").add_subparsers(dest="sales_cmd", required=True)
    sl = sales.add_parser("list", help="sales received, as JSON lines")
    sl.add_argument("--store")

    fd = sub.add_parser("feed", help="pull feed").add_subparsers(dest="feed_cmd", required=True)
    fd.add_parser("compact", help="drop superseded changes; older cursors get 410")
    _register_staff(sub)  # staff add|list|remove, device revoke, shifts list (issue 5)
    return p


def _register_staff(sub: Any) -> None:
    """Add ``staff add|list|remove`` and ``shifts list`` to ``omnipos-hub``."""
    st = sub.add_parser("staff", help="staff of a store").add_subparsers(
        dest="staff_cmd", required=True
    )
    add = st.add_parser("add", help="add or update a staff member (PIN from --pin or stdin)")
    add.add_argument("--store", required=True)
    add.add_argument("--number", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[r.value for r in Role])
    add.add_argument("--pin", default=None, help="4 to 8 digits; omit to read it from stdin")
    add.add_argument("--badge", default=None)
    ls = st.add_parser("list", help="staff as JSON lines (no PINs, no hashes)")
    ls.add_argument("--store")
    rm = st.add_parser("remove", help="stop a staff member signing in")
    rm.add_argument("--store", required=True)
    rm.add_argument("--number", required=True)
    dv = sub.add_parser("device", help="enrolled tills").add_subparsers(
        dest="device_cmd", required=True
    )
    rv = dv.add_parser("revoke", help="revoke a till's token (it gets 401 until enrolled again)")
    rv.add_argument("device_id")
    sh = sub.add_parser("shifts", help="shift (Z) reports").add_subparsers(
        dest="shifts_cmd", required=True
    )
    sl = sh.add_parser("list", help="Z reports per store and till, as JSON lines")
    sl.add_argument("--store")
    sl.add_argument("--till")


def _read_pin(given: str | None) -> str:
    if given is not None:
        return given.strip()
    if sys.stdin.isatty():
        return getpass.getpass("PIN: ").strip()
    line = sys.stdin.readline().strip()
    if not line:
        raise ValidationError("no PIN given: use --pin or pipe it on stdin")
    return line


def _run_staff(db: HubDB, args: argparse.Namespace, out: TextIO) -> int | None:
    """Run a staff or shifts command; None when ``args`` is not one of them."""
    if args.cmd == "staff" and args.staff_cmd == "add":
        pin = _read_pin(args.pin)
        data = add_staff(db, args.store, args.number, args.name, args.role, pin, badge=args.badge)
        out.write(json.dumps({k: v for k, v in data.items() if k != "pin_hash"}) + "\n")
    elif args.cmd == "staff" and args.staff_cmd == "list":
        out.writelines(json.dumps(row) + "\n" for row in list_staff(db, args.store))
    elif args.cmd == "staff":
        data = deactivate_staff(db, args.store, args.number)
        out.write(json.dumps({k: v for k, v in data.items() if k != "pin_hash"}) + "\n")
    elif args.cmd == "device":
        enrollment.revoke_till(db, args.device_id)
        out.write(json.dumps({"revoked": args.device_id}) + "\n")
    elif args.cmd == "shifts":
        out.writelines(
            json.dumps(row) + "\n" for row in list_shift_reports(db, args.store, args.till)
        )
    else:
        return None
    return 0


def _serve(url: str, host: str, port: int, workers: int) -> int:
    import uvicorn

    from omnipos.hub.api.app import create_asgi

    if workers > 1:
        import os

        os.environ["OMNIPOS_HUB_DB"] = url
        uvicorn.run("omnipos.hub.api.asgi:app", host=host, port=port, workers=workers,
                    log_level="info", timeout_keep_alive=KEEP_ALIVE_S)
        return 0
    db = open_hub_db(url)
    uvicorn.run(create_asgi(db), host=host, port=port, log_level="info",
                timeout_keep_alive=KEEP_ALIVE_S)
    return 0


def _run(args: argparse.Namespace, url: str) -> int:
    if args.cmd == "serve":
        return _serve(url, args.host, args.port, args.workers)
    db: HubDB = open_hub_db(url)
    try:
        out = sys.stdout
        done = _run_staff(db, args, out)
        if done is not None:
            return done
        if args.cmd == "store" and args.store_cmd == "add":
            data = stores.add_store(
                db, args.code, name=args.name, currency=args.currency, prices=args.prices,
                taxes=args.tax, rounding=args.rounding, cash_step_minor=args.cash_step,
                lat=args.lat, lon=args.lon, timezone=args.tz,
            )
            out.write(json.dumps(data) + "\n")
        elif args.cmd == "store":
            for data in stores.list_stores(db):
                out.write(json.dumps(data) + "\n")
        elif args.cmd == "enroll-code":
            out.write(enrollment.make_enrollment_code(db, args.store) + "\n")
        elif args.cmd == "catalog":
            report = catalog.import_csv(db, args.file, args.currency)
            for err in report.errors:
                sys.stderr.write(f"{args.file}: {err}\n")
            out.write(json.dumps({"imported": report.imported, "unchanged": report.unchanged,
                                  "errors": len(report.errors)}) + "\n")
            return 1 if report.errors else 0
        elif args.cmd == "stock" and args.stock_cmd == "import":
            result = levels.import_levels(db, args.file)
            errors = result.pop("errors")
            for err in errors:  # type: ignore[attr-defined]
                sys.stderr.write(f"{args.file}: {err}\n")
            out.write(json.dumps(result) + "\n")
            return 1 if errors else 0
        elif args.cmd == "stock":
            out.write(json.dumps(levels.show(db, args.sku)) + "\n")
        elif args.cmd == "sales":
            for sale in iter_sales(db, args.store):
                out.write(json.dumps(sale) + "\n")
        elif args.cmd == "feed":
            out.write(json.dumps({"removed": feed.compact(db)}) + "\n")
        return 0
    finally:
        db.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    url = args.db or default_url()
    try:
        return _run(args, url)
    except UserFacingError as exc:
        sys.stderr.write(f"omnipos-hub: {exc}\n")
        return 2
    except OSError as exc:
        sys.stderr.write(f"omnipos-hub: {exc}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
