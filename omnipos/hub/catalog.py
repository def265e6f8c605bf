"""The hub's catalog: CSV import (the till's columns) and the product feed.

Header: ``sku,name,gtin,price,tax_class`` required, ``brand,category,sold_by``
optional; ``gtin`` may hold several codes separated by ``|``; ``price`` is a
decimal in the catalog currency. Bad lines are reported with their line
number; good lines are imported; a re-run changes nothing (no feed changes).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select

from omnipos.domain.barcodes import normalize_gtin
from omnipos.domain.errors import UserFacingError, ValidationError
from omnipos.domain.money import parse_amount
from omnipos.hub.feed import PendingChange, append_changes
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import Barcode, Product, Store

log = logging.getLogger(__name__)

REQUIRED = ("sku", "name", "gtin", "price", "tax_class")
CHUNK = 2000


@dataclass(frozen=True, slots=True)
class CatalogLine:
    sku: str
    name: str
    gtins: tuple[str, ...]
    price_minor: int
    tax_class: str
    brand: str = ""
    category: str = ""
    sold_by: str = "unit"


@dataclass
class ImportReport:
    imported: int = 0
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"imported": self.imported, "unchanged": self.unchanged, "errors": self.errors}


def catalog_currency(db: HubDB, currency: str | None) -> str:
    """The given currency, or the one every store uses."""
    if currency:
        return currency.upper()
    with db.read() as s:
        found = set(s.scalars(select(Store.currency)))
    if len(found) == 1:
        return found.pop()
    raise ValidationError(
        "give --currency: stores use " + (", ".join(sorted(found)) or "no currency yet")
    )


def parse_lines(path: Path, currency: str, report: ImportReport) -> Iterator[CatalogLine]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise ValidationError(f"{path.name}: missing column(s) {', '.join(missing)}")
            for row in reader:
                lineno = reader.line_num
                try:
                    yield _parse_row(row, currency)
                except UserFacingError as exc:
                    report.errors.append(f"line {lineno}: {exc}")
    except (UnicodeDecodeError, csv.Error) as exc:
        # Not text, or a field past the csv module's limit: a clear message, not a traceback.
        raise ValidationError(f"{path.name}: not a readable UTF-8 CSV file ({exc})") from exc


def _parse_row(row: dict[str, str | None], currency: str) -> CatalogLine:
    def get(name: str) -> str:
        return (row.get(name) or "").strip()

    sku, name, tax_class = get("sku"), get("name"), get("tax_class")
    if not sku or len(sku) > 64:
        raise ValidationError("sku is empty or longer than 64 characters")
    if not name:
        raise ValidationError(f"sku {sku}: name is empty")
    if not tax_class:
        raise ValidationError(f"sku {sku}: tax_class is empty")
    gtins = tuple(dict.fromkeys(normalize_gtin(g) for g in get("gtin").split("|") if g.strip()))
    sold_by = get("sold_by") or "unit"
    if sold_by not in ("unit", "weight"):
        raise ValidationError(f"sku {sku}: sold_by must be 'unit' or 'weight', not {sold_by!r}")
    return CatalogLine(
        sku=sku,
        name=name[:200],
        gtins=gtins,
        price_minor=parse_amount(get("price"), currency),
        tax_class=tax_class,
        brand=get("brand")[:100],
        category=get("category")[:100],
        sold_by=sold_by,
    )


def product_data(p: Product) -> dict[str, Any]:
    return {
        "sku": p.sku,
        "name": p.name,
        "brand": p.brand,
        "category": p.category,
        "sold_by": p.sold_by,
        "tax_class": p.tax_class,
        "price_minor": p.price_minor,
        "currency": p.currency,
        "gtins": [g for g in p.gtins.split("|") if g],
        "active": p.active,
    }


def _chunks(lines: Iterable[CatalogLine], size: int) -> Iterator[list[CatalogLine]]:
    chunk: list[CatalogLine] = []
    for line in lines:
        chunk.append(line)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def upsert_lines(db: HubDB, lines: Iterable[CatalogLine], currency: str) -> ImportReport:
    """Write products in chunks, each chunk one transaction; feed changes only for real changes."""
    report = ImportReport()
    for chunk in _chunks(lines, CHUNK):
        by_sku = {line.sku: line for line in chunk}  # later lines win
        with db.transaction() as s:
            _upsert_chunk(s, list(by_sku.values()), currency, report)
    return report


def _upsert_chunk(s: Any, lines: list[CatalogLine], currency: str, report: ImportReport) -> None:
    now = datetime.now(UTC)
    existing = {
        p.sku: p for p in s.scalars(select(Product).where(Product.sku.in_([x.sku for x in lines])))
    }
    changed: list[Product] = []
    for line in lines:
        gtins = "|".join(line.gtins)
        fields = {
            "name": line.name, "brand": line.brand, "category": line.category,
            "sold_by": line.sold_by, "tax_class": line.tax_class,
            "price_minor": line.price_minor, "currency": currency, "gtins": gtins, "active": True,
        }
        prod = existing.get(line.sku)
        if prod is not None and all(getattr(prod, k) == v for k, v in fields.items()):
            report.unchanged += 1
            continue
        if prod is None:
            prod = Product(sku=line.sku, updated_at=now, **fields)
            s.add(prod)
        else:
            for k, v in fields.items():
                setattr(prod, k, v)
            prod.updated_at = now
        changed.append(prod)
    if not changed:
        return
    s.flush()
    skus = [p.sku for p in changed]
    s.execute(delete(Barcode).where(Barcode.sku.in_(skus)))
    wanted = {g: p.sku for p in changed for g in p.gtins.split("|") if g}
    if wanted:
        # A GTIN moves to the product that names it last (the source is authoritative).
        moved = s.execute(select(Barcode.gtin, Barcode.sku).where(Barcode.gtin.in_(list(wanted))))
        losers = {row.sku for row in moved}
        s.execute(delete(Barcode).where(Barcode.gtin.in_(list(wanted))))
        s.execute(insert(Barcode), [{"gtin": g, "sku": k} for g, k in wanted.items()])
        for sku in losers - set(skus):
            lost = s.get(Product, sku)
            if lost is not None:
                lost.gtins = "|".join(g for g in lost.gtins.split("|") if g and g not in wanted)
                changed.append(lost)
    report.imported += len(skus)
    append_changes(s, [PendingChange("product", p.sku, None, product_data(p)) for p in changed])


def import_csv(db: HubDB, path: Path, currency: str | None = None) -> ImportReport:
    cur = catalog_currency(db, currency)
    report = ImportReport()
    result = upsert_lines(db, parse_lines(path, cur, report), cur)
    report.imported, report.unchanged = result.imported, result.unchanged
    log.info("catalog import %s: %s imported, %s unchanged, %s errors",
             path.name, report.imported, report.unchanged, len(report.errors))
    return report
