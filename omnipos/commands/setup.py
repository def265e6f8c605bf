"""``omnipos setup``: configure a standalone store on this till."""

from __future__ import annotations

import argparse
import re
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.db.catalog import tax_classes, upsert_tax_classes
from omnipos.db.models import Sale
from omnipos.db.settings import get_setting, set_settings
from omnipos.domain.cart import MergeScans
from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.money import minor_digits, parse_amount
from omnipos.services.profile import (
    DEFAULT_LARGE_QUANTITY,
    LARGE_QUANTITY_SETTING,
    MERGE_SCANS_SETTING,
)

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}")


def register(subparsers: Subparsers) -> None:
    """Add ``setup``."""
    p = subparsers.add_parser(
        "setup",
        help="configure a standalone store (identity, currency, prices, tax classes)",
        description="Configure this till for a standalone store. Run again to change settings.",
    )
    add_common(p)
    p.add_argument("--store", required=True, metavar="CODE", help="store code, e.g. S001")
    p.add_argument("--name", required=True, help="store name printed on receipts")
    p.add_argument("--currency", default="USD", help="ISO 4217 code (default USD)")
    p.add_argument("--prices", choices=("exclusive", "inclusive"), default="exclusive",
                   help="shelf prices exclude tax (sales tax) or include it (VAT)")
    p.add_argument("--tax", action="append", default=[], metavar="CLASS=RATE",
                   help="a tax class and its rate as a fraction or percent: standard=0.0825, "
                        "vat=20%% (repeat for each class)")
    p.add_argument("--till", default=None, metavar="CODE", help="till code (default T01)")
    p.add_argument("--rounding", choices=("line", "document"), default=None,
                   help="round tax per line (default) or per document")
    p.add_argument("--cash-step", default=None, metavar="AMOUNT",
                   help="round cash tenders to this step, e.g. 0.05 (default: none)")
    p.add_argument("--merge-scans", choices=[m.value for m in MergeScans], default=None,
                   help="a repeat scan of an item adds to the line just scanned (last, the "
                        "default), to the item's line anywhere in the sale (item), or is a "
                        "line of its own (off)")
    p.add_argument("--confirm-quantity-over", type=int, default=None, metavar="N",
                   help=f"ask before selling more than N of an item at once "
                        f"(default {DEFAULT_LARGE_QUANTITY})")
    p.set_defaults(func=run)


def parse_tax(text: str) -> tuple[str, Decimal]:
    """``CLASS=RATE`` -> (class, rate as a fraction); ``20%`` means 0.20."""
    code, sep, rate_text = text.partition("=")
    code, rate_text = code.strip(), rate_text.strip()
    if not sep or not _CODE.fullmatch(code):
        raise ValidationError(f"--tax {text!r}: expected CLASS=RATE, e.g. standard=0.0825")
    percent = rate_text.endswith("%")
    try:
        rate = Decimal(rate_text.rstrip("%").strip())
    except InvalidOperation as exc:
        raise ValidationError(f"--tax {text!r}: {rate_text!r} is not a number") from exc
    if percent:
        rate /= 100
    if not rate.is_finite() or rate < 0 or rate >= 1:
        raise ValidationError(f"--tax {text!r}: the rate must be from 0 to 1 (or 0% to 100%)")
    return code, rate


def run(args: argparse.Namespace) -> int:
    """Write the store settings and tax classes."""
    if not _CODE.fullmatch(args.store):
        raise ValidationError(f"--store {args.store!r}: letters, digits, - and _, at most 20")
    currency = args.currency.strip().upper()
    minor_digits(currency)  # raises ValidationError for a bad code
    name = args.name.strip()
    if not name:
        raise ValidationError("--name is empty")
    rates = dict(parse_tax(t) for t in args.tax)
    values: dict[str, object] = {
        "store.code": args.store,
        "store.name": name,
        "store.currency": currency,
        "store.prices": args.prices,
    }
    if args.till is not None:
        if not _CODE.fullmatch(args.till):
            raise ValidationError(f"--till {args.till!r}: letters, digits, - and _, at most 20")
        values["till.code"] = args.till
    if args.rounding is not None:
        values["store.rounding"] = args.rounding
    if args.cash_step is not None:
        values["store.cash_step_minor"] = parse_amount(args.cash_step, currency)
    if args.merge_scans is not None:
        values[MERGE_SCANS_SETTING] = args.merge_scans
    if args.confirm_quantity_over is not None:
        if args.confirm_quantity_over < 1:
            raise ValidationError("--confirm-quantity-over must be 1 or more")
        values[LARGE_QUANTITY_SETTING] = args.confirm_quantity_over
    db = open_till_db(args)
    try:
        with db.transaction() as s:
            old_code = get_setting(s, "store.code")
            sold = s.scalar(select(func.count()).select_from(Sale)) or 0
            if old_code and old_code != args.store and sold:
                raise StateError(
                    f"this till already sold {sold} sales as store {old_code}; "
                    "use a new --data-dir for another store"
                )
            old_currency = get_setting(s, "store.currency")
            if old_currency and old_currency != currency and sold:
                raise StateError(f"this till already sold in {old_currency}; "
                                 f"cannot switch to {currency}")
            if not rates and not tax_classes(s):
                raise ValidationError(
                    "give at least one --tax CLASS=RATE, e.g. --tax standard=0.0825")
            values.setdefault("till.code", get_setting(s, "till.code") or "T01")
            values.setdefault("store.rounding", get_setting(s, "store.rounding") or "line")
            values.setdefault("store.cash_step_minor", get_setting(s, "store.cash_step_minor") or 0)
            set_settings(s, values)
            upsert_tax_classes(s, rates)
            classes = tax_classes(s)
    finally:
        db.close()
    print(f"Store {args.store} ({name}), till {values['till.code']}, {currency}, "
          f"prices {args.prices} of tax, rounding per {values['store.rounding']}")
    print("Tax classes: " + ", ".join(f"{c}={r}" for c, r in sorted(classes.items())))
    print(f"Database: {db.path}")
    return 0
