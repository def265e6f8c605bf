"""A standalone store's identity and rules: set up on the first run, changed later by a manager.

``StoreDetails`` is what ``omnipos setup``, the first-run wizard and the
manager's settings screen all write: code, name, currency, tax-inclusive or
exclusive prices, tax classes, rounding, cash rounding, the receipt's header
and footer, and the till's language (empty: the operating system's).
``write_store`` checks and writes it in the caller's transaction (a till that
already sold keeps its store code and currency);
``StoreSetup.save`` does that as a manager's sensitive action, journalled with
every setting that changed. A new standalone store gets its products from a
CSV file (``import_catalog``, the format of ``omnipos catalog import``) or
starts with a few samples to try the till with (``add_samples``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from stdnum import ean

from omnipos.db.catalog import ProductRow, tax_classes, upsert_products, upsert_tax_classes
from omnipos.db.engine import Database
from omnipos.db.importer import ImportReport, import_catalog_csv
from omnipos.db.models import Sale
from omnipos.db.settings import get_setting, set_settings
from omnipos.domain.errors import StateError, ValidationError, message, plural
from omnipos.domain.money import from_minor, minor_digits, parse_amount, to_minor
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.services import authz

__all__ = ["PRICES", "ROUNDING", "SAMPLE_PRODUCTS", "Sample", "StoreDetails", "StoreSetup",
           "parse_tax", "parse_taxes", "write_store"]

log = logging.getLogger(__name__)

CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,19}")
LANGUAGE = re.compile(r"[a-z]{2}")  # ISO 639-1, as ui.i18n.LANGUAGES names them
PRICES = ("exclusive", "inclusive")  # shelf prices exclude tax (sales tax) or include it (VAT)
ROUNDING = ("line", "document")  # tax rounded per line or per document


# A few products to try a new store with (sku, name, price in the store's currency). Their
# EAN-13s are made from SAMPLE_GTIN_BODY + the row number, so each can be typed at the Sell
# screen; the store renames, reprices or replaces them by importing its own catalog.
SAMPLE_PRODUCTS = (
    ("SAMPLE-01", "Sample coffee beans 250 g", "6.49"),
    ("SAMPLE-02", "Sample green tea, 20 bags", "3.29"),
    ("SAMPLE-03", "Sample sparkling water 1 l", "0.99"),
    ("SAMPLE-04", "Sample dark chocolate 100 g", "2.19"),
    ("SAMPLE-05", "Sample notebook A5", "4.50"),
    ("SAMPLE-06", "Sample ballpoint pen, blue", "1.20"),
    ("SAMPLE-07", "Sample tote bag", "9.90"),
    ("SAMPLE-08", "Sample gift card envelope", "0.50"),
)
# Not prefix 2x: those are in-store labels with a price or weight inside (domain.barcodes).
SAMPLE_GTIN_BODY = "50990000000"


@dataclass(frozen=True, slots=True)
class Sample:
    """A sample product as the wizard shows it: the code to type, its name and price."""

    code: str
    name: str
    price_minor: int
    currency: str


def sample_rows(currency: str, tax_class: str) -> list[ProductRow]:
    """The sample products, priced in ``currency`` and taxed in ``tax_class``."""
    rows = []
    for n, (sku, name, price) in enumerate(SAMPLE_PRODUCTS, start=1):
        body = f"{SAMPLE_GTIN_BODY}{n}"
        rows.append(ProductRow(sku=sku, name=name, tax_class=tax_class,
                               price_minor=to_minor(Decimal(price), currency),
                               gtins=((body + ean.calc_check_digit(body)).zfill(14),),
                               category="Samples"))
    return rows


def parse_tax(text: str) -> tuple[str, Decimal]:
    """``CLASS=RATE`` -> (class, rate as a fraction); ``20%`` means 0.20."""
    code, sep, rate_text = text.partition("=")
    code, rate_text = code.strip(), rate_text.strip()
    if not sep or not CODE.fullmatch(code):
        raise ValidationError(message("tax {tax!r}: expected CLASS=RATE, e.g. standard=0.0825"),
                              tax=text.strip())
    percent = rate_text.endswith("%")
    try:
        rate = Decimal(rate_text.rstrip("%").strip())
    except InvalidOperation as exc:
        raise ValidationError(message("tax {tax!r}: {rate!r} is not a number"), tax=text.strip(),
                              rate=rate_text) from exc
    if percent:
        rate /= 100
    if not rate.is_finite() or rate < 0 or rate >= 1:
        raise ValidationError(message("tax {tax!r}: the rate must be from 0 to 1 (or 0% to "
                                      "100%)"), tax=text.strip())
    return code, rate


def parse_taxes(text: str) -> dict[str, Decimal]:
    """``standard=8.25%, reduced=2%`` (commas or new lines between classes)."""
    parts = [p for p in re.split(r"[,;\n]", text) if p.strip()]
    return dict(parse_tax(p) for p in parts)


def format_taxes(rates: dict[str, Decimal]) -> str:
    """The text ``parse_taxes`` reads back: ``reduced=2%, standard=8.25%``."""
    return ", ".join(f"{code}={(rate * 100).normalize():f}%"
                     for code, rate in sorted(rates.items()))


@dataclass(frozen=True, slots=True)
class StoreDetails:
    code: str
    name: str
    currency: str = "USD"
    prices: str = "exclusive"
    rates: dict[str, Decimal] = field(default_factory=dict)
    rounding: str = "line"
    cash_step: str = ""  # e.g. "0.05"; empty: cash is not rounded
    header: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()
    till: str | None = None  # None keeps the till's code (T01 on a new till)
    language: str | None = None  # "es"; "" follows the operating system; None keeps it

    def checked(self) -> StoreDetails:
        """The details cleaned up (codes trimmed, currency upper case); ValidationError if bad."""
        code, name = self.code.strip(), self.name.strip()
        if not CODE.fullmatch(code):
            raise ValidationError(message("store code {code!r}: letters, digits, - and _, at most "
                                          "20"), code=code)
        if not name:
            raise ValidationError(message("the store needs a name (it is printed on receipts)"))
        currency = self.currency.strip().upper()
        minor_digits(currency)  # ValidationError for an unknown code
        if self.prices not in PRICES:
            raise ValidationError(message("prices must be exclusive or inclusive of tax"))
        if self.rounding not in ROUNDING:
            raise ValidationError(message("tax rounding must be per line or per document"))
        if self.cash_step.strip():
            parse_amount(self.cash_step.strip(), currency)
        till = self.till.strip() if self.till is not None else None
        if till is not None and not CODE.fullmatch(till):
            raise ValidationError(message("till code {code!r}: letters, digits, - and _, at most "
                                          "20"), code=till)
        language = self.language.strip().lower() if self.language is not None else None
        if language and not LANGUAGE.fullmatch(language):
            raise ValidationError(message("language {language!r}: a two-letter code such as es"),
                                  language=language)
        return StoreDetails(code, name, currency, self.prices, dict(self.rates), self.rounding,
                            self.cash_step.strip(), _clean(self.header), _clean(self.footer), till,
                            language)


def _clean(lines: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(line.rstrip() for line in lines if line.strip())


def write_store(s: Session, details: StoreDetails) -> dict[str, Any]:
    """Check and write ``details`` in the caller's transaction; the settings before, by key.

    A till that sold keeps its store code and currency (its receipts and totals name them).
    """
    d = details.checked()
    old_code = get_setting(s, "store.code")
    sold = s.scalar(select(func.count()).select_from(Sale)) or 0
    if old_code and old_code != d.code and sold:
        raise StateError(plural("this till already made {sold} sale as store {store}; use a new "
                                "data folder for another store",
                                "this till already made {sold} sales as store {store}; use a "
                                "new data folder for another store", "sold"),
                         sold=sold, store=old_code)

    old_currency = get_setting(s, "store.currency")
    if old_currency and old_currency != d.currency and sold:
        raise StateError(message("this till already sold in {old}; cannot switch to {new}"),
                         old=old_currency, new=d.currency)
    if not d.rates and not tax_classes(s):
        raise ValidationError(message("give at least one tax class, e.g. standard=8.25%"))
    values: dict[str, Any] = {
        "store.code": d.code,
        "store.name": d.name,
        "store.currency": d.currency,
        "store.prices": d.prices,
        "store.rounding": d.rounding,
        "store.cash_step_minor": parse_amount(d.cash_step, d.currency) if d.cash_step else 0,
        "till.code": d.till or get_setting(s, "till.code") or "T01",
        "receipt.header": list(d.header),
        "receipt.footer": list(d.footer),
        "till.language": get_setting(s, "till.language", "") if d.language is None else d.language,
    }
    before = {key: get_setting(s, key) for key in values}
    before["tax"] = {c: str(r) for c, r in tax_classes(s).items()}
    set_settings(s, values)
    upsert_tax_classes(s, d.rates)
    return before


def read_store(s: Session) -> StoreDetails | None:
    """The store as the settings hold it; None on a till with no store yet."""
    code = get_setting(s, "store.code")
    if not code:
        return None
    currency = get_setting(s, "store.currency", "USD")
    step = int(get_setting(s, "store.cash_step_minor", 0) or 0)
    return StoreDetails(
        code, get_setting(s, "store.name", ""), currency,
        get_setting(s, "store.prices", "exclusive"),
        {c: Decimal(str(r)) for c, r in tax_classes(s).items()},
        get_setting(s, "store.rounding", "line"),
        f"{from_minor(step, currency):f}" if step else "",
        tuple(get_setting(s, "receipt.header") or ()),
        tuple(get_setting(s, "receipt.footer") or ()),
        get_setting(s, "till.code"), get_setting(s, "till.language", ""))


class StoreSetup:
    """The store's settings for the first-run wizard and the manager's settings screen."""

    def __init__(self, db: Database, *,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._db = db
        self._clock = clock

    def load(self) -> StoreDetails | None:
        with self._db.read() as s:
            return read_store(s)

    def save(self, details: StoreDetails, *, actor: Actor | None,
             override: ManagerOverride | None = None, on_behalf: str = "") -> list[str]:
        """Write the store (CHANGE_SETTINGS, or a manager's override); the keys that changed.

        One journal entry names every change, with its value before and after, and who
        made it (``on_behalf`` when nobody is signed in: "first-run setup").
        """
        with self._db.transaction() as s:
            permit = authz.permit(s, actor, Action.CHANGE_SETTINGS, override, now=self._clock(),
                                  details={"key": "store"}, on_behalf=on_behalf)
            before = write_store(s, details)
            after = {key: get_setting(s, key) for key in before if key != "tax"}
            after["tax"] = {c: str(r) for c, r in tax_classes(s).items()}
            # An unset setting and an empty one (no header, no cash rounding) are the same.
            changed = sorted(k for k in before if (before[k] or None) != (after[k] or None))
            if changed:
                permit.journal("settings.changed", {
                    "keys": changed,
                    "from": {k: before[k] for k in changed},
                    "to": {k: after[k] for k in changed},
                })
        log.info("store settings saved: %s", ", ".join(changed) or "nothing changed")
        return changed

    def import_catalog(self, path: Path) -> ImportReport:
        """Import a catalog CSV file (as ``omnipos catalog import``): every bad line is in the
        report with its line number and reason, the good ones are imported; a file that
        cannot be read at all raises a UserFacingError. Importing it again changes nothing."""
        return import_catalog_csv(self._db, path)

    def add_samples(self) -> list[Sample]:
        """Add the sample products, taxed in the store's highest tax class; what was added."""
        with self._db.transaction() as s:
            currency = get_setting(s, "store.currency")
            rates = tax_classes(s)
            if not currency or not rates:
                raise StateError(message("this till has no store yet: set the store up first"))

            tax_class = max(sorted(rates), key=lambda code: rates[code])
            rows = sample_rows(str(currency), tax_class)
            upsert_products(s, rows)
        log.info("sample products added (%d, tax class %s)", len(rows), tax_class)
        return [Sample(r.gtins[0].lstrip("0"), r.name, r.price_minor, str(currency))
                for r in rows]
