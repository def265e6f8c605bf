"""``omnipos setup``: configure a standalone store on this till."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select

from omnipos.commands import Subparsers, add_common, open_till_db
from omnipos.db.catalog import tax_classes, upsert_tax_classes
from omnipos.db.models import Sale
from omnipos.db.settings import get_setting, set_settings
from omnipos.domain.barcodes import EmbeddedLayout
from omnipos.domain.cart import MergeScans
from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.money import minor_digits, parse_amount
from omnipos.domain.receipt import ReceiptChoice
from omnipos.services.authz import DISCOUNT_LIMIT_SETTING
from omnipos.services.profile import (
    DEFAULT_LARGE_QUANTITY,
    LARGE_QUANTITY_SETTING,
    MERGE_SCANS_SETTING,
    RECEIPT_CHOICE_SETTING,
)
from omnipos.services.setup import CODE, parse_tax
from omnipos.services.shifts import OVER_SHORT_SETTING
from omnipos.services.staff import IDLE_SETTING

#: The discount a cashier may give alone, in percent, in a store made with setup.
DEFAULT_DISCOUNT_LIMIT = 20
_RECEIPT_PARTS = (("receipt.address", ""), ("receipt.phone", "Tel "), ("receipt.tax_id", "Tax ID "))



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
    p.add_argument("--receipt-default", choices=[c.value for c in ReceiptChoice], default=None,
                   help="what Enter gives the customer when a sale is paid: a printed receipt "
                        "(print, the default), an email receipt (email) or none")
    p.add_argument("--confirm-quantity-over", type=int, default=None, metavar="N",
                   help=f"ask before selling more than N of an item at once "
                        f"(default {DEFAULT_LARGE_QUANTITY})")
    p.add_argument("--discount-limit", default=None, metavar="PERCENT",
                   help="the largest discount a cashier gives without a manager "
                        f"(default {DEFAULT_DISCOUNT_LIMIT}%%)")
    p.add_argument("--idle-lock", type=int, default=None, metavar="SECONDS",
                   help="lock the till after this long without a key or touch (0: never)")
    p.add_argument("--over-short", default=None, metavar="AMOUNT",
                   help="the cash over or short a shift closes with before a manager approves")
    p.add_argument("--address", default=None, help="the store's address, printed on receipts")
    p.add_argument("--phone", default=None, help="the store's phone, printed on receipts")
    p.add_argument("--tax-id", default=None, help="the store's tax id, printed on receipts")
    p.add_argument("--footer", action="append", default=None, metavar="LINE",
                   help="a line at the end of every receipt (repeat for more lines)")
    p.add_argument("--labels", default=None, metavar="KIND:PREFIXES",
                   help="in-store labels (scales, price guns): weight:21 reads the digits "
                        "after the item as grams, price:20-29 as a price in cents; prefixes "
                        "from 20 to 29, e.g. weight:21,28; off reads none (default price:20-29)")
    p.set_defaults(func=run)


def parse_labels(text: str) -> EmbeddedLayout:
    """``weight:21`` / ``price:20-29`` / ``weight:21,28`` / ``off`` -> the label layout
    (PP IIIII VVVVV C: the prefix, five item digits, five value digits, the check digit)."""
    spec = text.strip().lower()
    if spec == "off":
        return EmbeddedLayout(enabled=False)
    kind, sep, prefixes_text = spec.partition(":")
    if not sep or kind not in ("price", "weight"):
        raise ValidationError(f"--labels {text!r}: expected weight:PREFIXES, price:PREFIXES "
                              "or off, e.g. --labels weight:21")
    prefixes: list[str] = []
    for part in prefixes_text.split(","):
        low, dash, high = part.strip().partition("-")
        try:
            first, last = int(low), int(high if dash else low)
        except ValueError:
            first = last = -1
        if not (20 <= first <= last <= 29) or len(low.strip()) != 2:
            raise ValidationError(f"--labels {text!r}: prefixes are 20 to 29, one or a range "
                                  "(21, 20-29 or 21,28)")
        prefixes += [str(n) for n in range(first, last + 1) if str(n) not in prefixes]
    return EmbeddedLayout(prefixes=tuple(prefixes), value_kind="weight" if kind == "weight"
                          else "price")


def parse_percent(text: str) -> int | str:
    """``20`` / ``15%`` / ``12.5`` -> the discount limit setting (0 to 100 percent)."""
    try:
        value = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation as exc:
        raise ValidationError(f"--discount-limit {text!r}: give a percent, e.g. 20") from exc
    if not value.is_finite() or not 0 <= value <= 100:
        raise ValidationError(f"--discount-limit {text!r}: from 0 to 100 percent")
    return int(value) if value == value.to_integral_value() else str(value)


def _defaults(args: argparse.Namespace, currency: str) -> dict[str, object]:
    """The settings of the limits and of the receipt that the arguments name."""
    values: dict[str, object] = {}
    if args.discount_limit is not None:
        values[DISCOUNT_LIMIT_SETTING] = parse_percent(args.discount_limit)
    if args.idle_lock is not None:
        if args.idle_lock < 0:
            raise ValidationError("--idle-lock: seconds, 0 or more (0: never)")
        values[IDLE_SETTING] = args.idle_lock
    if args.over_short is not None:
        try:
            minor = parse_amount(args.over_short, currency)
        except ValidationError as exc:
            raise ValidationError(f"--over-short {args.over_short!r}: {exc}") from exc
        values[OVER_SHORT_SETTING] = minor
    for (key, _label), given in zip(_RECEIPT_PARTS, (args.address, args.phone, args.tax_id),
                                    strict=True):
        if given is not None:
            values[key] = given.strip()
    if args.footer is not None:
        values["receipt.footer"] = [line.strip() for line in args.footer if line.strip()]
    return values


def _labels_text(layout: EmbeddedLayout) -> str:
    if not layout.enabled:
        return "off"
    what = "grams" if layout.value_kind == "weight" else "a price"
    return f"prefixes {', '.join(layout.prefixes)} carry {what}"


def run(args: argparse.Namespace) -> int:
    """Write the store settings and tax classes."""
    if not CODE.fullmatch(args.store):
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
        if not CODE.fullmatch(args.till):
            raise ValidationError(f"--till {args.till!r}: letters, digits, - and _, at most 20")
        values["till.code"] = args.till
    if args.rounding is not None:
        values["store.rounding"] = args.rounding
    if args.cash_step is not None:
        values["store.cash_step_minor"] = parse_amount(args.cash_step, currency)
    if args.merge_scans is not None:
        values[MERGE_SCANS_SETTING] = args.merge_scans
    if args.receipt_default is not None:
        values[RECEIPT_CHOICE_SETTING] = args.receipt_default
    if args.confirm_quantity_over is not None:
        if args.confirm_quantity_over < 1:
            raise ValidationError("--confirm-quantity-over must be 1 or more")
        values[LARGE_QUANTITY_SETTING] = args.confirm_quantity_over
    if args.labels is not None:
        values["store.embedded_layout"] = parse_labels(args.labels).to_json()
    values.update(_defaults(args, currency))
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
            if get_setting(s, DISCOUNT_LIMIT_SETTING) is None:
                values.setdefault(DISCOUNT_LIMIT_SETTING, DEFAULT_DISCOUNT_LIMIT)
            if any(key in values for key, _label in _RECEIPT_PARTS):
                # The receipt's head: the address, phone and tax id as they are now.
                parts = [(str(values.get(key, get_setting(s, key) or "")), label)
                         for key, label in _RECEIPT_PARTS]
                values["receipt.header"] = [f"{label}{part}" for part, label in parts if part]
            set_settings(s, values)
            upsert_tax_classes(s, rates)
            classes = tax_classes(s)
            layout_json = get_setting(s, "store.embedded_layout")
            limit = get_setting(s, DISCOUNT_LIMIT_SETTING)
    finally:
        db.close()
    print(f"Store {args.store} ({name}), till {values['till.code']}, {currency}, "
          f"prices {args.prices} of tax, rounding per {values['store.rounding']}")
    print("Tax classes: " + ", ".join(f"{c}={r}" for c, r in sorted(classes.items())))
    layout = EmbeddedLayout.from_json(layout_json) if layout_json else EmbeddedLayout()
    print(f"Labels: {_labels_text(layout)}; discount limit {limit}% without a manager")
    print(f"Database: {db.path}")
    return 0
