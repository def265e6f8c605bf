"""``omnipos-hub``: run and administer OmniPOS Hub.

Every command takes ``--db URL`` (or ``OMNIPOS_HUB_DB``); the default is a
SQLite file in the user data directory.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from omnipos.domain.errors import UserFacingError
from omnipos.hub import catalog, feed, stock, stores
from omnipos.hub import staff as hub_staff
from omnipos.hub.db import HubDB, default_url, open_hub_db
from omnipos.hub.sales import iter_sales

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
    hub_staff.register_cli(sub)  # staff add|list|remove, device revoke, shifts list (issue 5)
    return p


def _serve(url: str, host: str, port: int, workers: int) -> int:
    import uvicorn

    from omnipos.hub.app import create_asgi

    if workers > 1:
        import os

        os.environ["OMNIPOS_HUB_DB"] = url
        uvicorn.run("omnipos.hub.asgi:app", host=host, port=port, workers=workers,
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
        done = hub_staff.run_cli(db, args, out)
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
            out.write(stores.make_enrollment_code(db, args.store) + "\n")
        elif args.cmd == "catalog":
            report = catalog.import_csv(db, args.file, args.currency)
            for err in report.errors:
                sys.stderr.write(f"{args.file}: {err}\n")
            out.write(json.dumps({"imported": report.imported, "unchanged": report.unchanged,
                                  "errors": len(report.errors)}) + "\n")
            return 1 if report.errors else 0
        elif args.cmd == "stock" and args.stock_cmd == "import":
            result = stock.import_levels(db, args.file)
            errors = result.pop("errors")
            for err in errors:  # type: ignore[attr-defined]
                sys.stderr.write(f"{args.file}: {err}\n")
            out.write(json.dumps(result) + "\n")
            return 1 if errors else 0
        elif args.cmd == "stock":
            out.write(json.dumps(stock.show(db, args.sku)) + "\n")
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
