"""CSV catalog import.

Header: ``sku,name,gtin,price,tax_class`` required; ``brand,category,sold_by``
optional; other columns are ignored. ``gtin`` may hold several codes
separated by ``|`` (or none); ``price`` is a plain decimal in the store
currency; ``sold_by`` is ``unit`` (default) or ``weight``.

Every bad line is reported with its line number and reason and skipped; the
good lines are imported in batches through ``catalog.upsert_products``, so a
re-run of the same file changes nothing.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from omnipos.db.catalog import (
    ProductRow,
    UpsertResult,
    bulk_load,
    product_count,
    tax_classes,
    upsert_products,
)
from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.domain.barcodes import normalize_gtin
from omnipos.domain.errors import StateError, ValidationError, message, plural
from omnipos.domain.money import parse_amount

__all__ = [
    "OPTIONAL_COLUMNS",
    "REQUIRED_COLUMNS",
    "CatalogParser",
    "ImportReport",
    "LineProblem",
    "import_catalog_csv",
    "write_catalog_csv",
]

log = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("sku", "name", "gtin", "price", "tax_class")
OPTIONAL_COLUMNS = ("brand", "category", "sold_by")
SOLD_BY = ("unit", "weight")
_MAX = {"sku": 64, "name": 200, "brand": 100, "category": 100}
BATCH_ROWS = 5000


@dataclass(frozen=True, slots=True)
class LineProblem:
    """A line of the file that was not imported, and why (an error the till shows in its
    language; ``reason`` is its English text)."""

    line: int
    error: ValidationError

    @property
    def reason(self) -> str:
        return str(self.error)

    def as_error(self) -> ValidationError:
        """"line 4: …" as one error, for the till to say in its language."""
        return ValidationError(message("line {line}: {reason}"), line=self.line,
                               reason=self.error)

    def __str__(self) -> str:
        return str(self.as_error())


@dataclass(slots=True)
class ImportReport:
    """What an import did: counts and every skipped line."""

    lines: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[LineProblem] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.inserted + self.updated + self.unchanged

    def summary(self) -> str:
        return (
            f"{self.lines} lines: {self.inserted} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.problems)} skipped"
        )


class CatalogParser:
    """Turns CSV records into ``ProductRow``s or ``LineProblem``s.

    It remembers which line first used each SKU and GTIN, so a file that
    repeats one is caught at the repeat.
    """

    def __init__(self, currency: str, tax_codes: Sequence[str]) -> None:
        self.currency = currency
        self.tax_codes = set(tax_codes)
        self._sku_line: dict[str, int] = {}
        self._gtin_owner: dict[str, tuple[str, int]] = {}
        self._index: dict[str, int] = {}
        self._width = 0

    def read_header(self, header: Sequence[str]) -> None:
        """Check the header row; raise ValidationError naming what is missing."""
        names = [h.strip().lower() for h in header]
        missing = [c for c in REQUIRED_COLUMNS if c not in names]
        if missing:
            raise ValidationError(message("the header lacks {missing} (needs {needed})"),
                                  missing=", ".join(missing), needed=",".join(REQUIRED_COLUMNS))
        dupes = sorted({n for n in names if n and names.count(n) > 1})
        if dupes:
            raise ValidationError(message("the header repeats {columns}"),
                                  columns=", ".join(dupes))
        self._index = {n: i for i, n in enumerate(names) if n}
        self._width = len(names)

    def parse(self, line: int, record: Sequence[str]) -> ProductRow | LineProblem:
        """One data record -> a product row, or the reason it is refused."""
        if len(record) != self._width:
            return LineProblem(line, ValidationError(
                plural("has {fields} field, the header has {width}",
                       "has {fields} fields, the header has {width}", "fields"),
                fields=len(record), width=self._width))

        try:
            row = self._row(record)
        except ValidationError as exc:
            return LineProblem(line, exc)
        first = self._sku_line.get(row.sku)
        if first is not None:
            return LineProblem(line, ValidationError(
                message("SKU {sku} already on line {first}"), sku=row.sku, first=first))
        for gtin in row.gtins:
            owner = self._gtin_owner.get(gtin)
            if owner is not None:
                return LineProblem(line, ValidationError(
                    message("GTIN {gtin} already used by SKU {sku} on line {first}"),
                    gtin=gtin.lstrip("0"), sku=owner[0], first=owner[1]))
        self._sku_line[row.sku] = line
        for gtin in row.gtins:
            self._gtin_owner[gtin] = (row.sku, line)
        return row

    def _field(self, record: Sequence[str], name: str) -> str:
        i = self._index.get(name)
        value = "" if i is None else record[i].strip()
        limit = _MAX.get(name)
        if limit is not None and len(value) > limit:
            raise ValidationError(message("{name} is longer than {limit} characters"),
                                  name=name, limit=limit)
        return value

    def _row(self, record: Sequence[str]) -> ProductRow:
        sku = self._field(record, "sku")
        if not sku:
            raise ValidationError(message("sku is empty"))
        name = self._field(record, "name")
        if not name:
            raise ValidationError(message("name is empty"))
        try:
            price = parse_amount(self._field(record, "price"), self.currency)
        except ValidationError as exc:
            raise ValidationError(message("price: {reason}"), reason=exc) from exc
        tax_class = self._field(record, "tax_class")
        if tax_class not in self.tax_codes:
            known = (", ".join(sorted(self.tax_codes)) if self.tax_codes
                     else message("none; run omnipos setup --tax"))
            raise ValidationError(message("unknown tax class {tax_class!r} (known: {known})"),
                                  tax_class=tax_class, known=known)
        sold_by = self._field(record, "sold_by").lower() or "unit"
        if sold_by not in SOLD_BY:
            raise ValidationError(message("sold_by must be unit or weight, not {sold_by!r}"),
                                  sold_by=sold_by)
        gtins: list[str] = []
        for code in self._field(record, "gtin").split("|"):
            if code.strip():
                gtin = normalize_gtin(code)
                if gtin not in gtins:
                    gtins.append(gtin)
        return ProductRow(
            sku=sku,
            name=name,
            price_minor=price,
            tax_class=tax_class,
            gtins=tuple(gtins),
            brand=self._field(record, "brand"),
            category=self._field(record, "category"),
            sold_by=sold_by,
        )


def _records(handle: TextIO) -> Iterator[tuple[int, list[str]]]:
    """(first physical line number, fields) for each non-blank CSV record."""
    reader = csv.reader(handle)
    start = 1
    for record in reader:
        if record and any(f.strip() for f in record):
            yield start, record
        start = reader.line_num + 1


def import_catalog_csv(db: Database, path: Path, *, batch_rows: int = BATCH_ROWS) -> ImportReport:
    """Import the catalog file at ``path`` into the till database.

    Raises ``UserFacingError`` for a file that cannot be read at all (missing,
    not UTF-8, bad header, no store set up); bad lines only land in the report.

    Into an empty catalog (a new store) the whole file loads in one
    transaction with the search index built once at the end
    (``catalog.bulk_load``, about three times faster). Into an existing
    catalog each batch commits on its own, so a big file never holds the
    write lock for long while the till sells; an interrupted import is
    finished by running it again.
    """
    with db.read() as session:
        currency = get_setting(session, "store.currency")
        codes = list(tax_classes(session))
        first_load = product_count(session) == 0
    if not currency:
        raise StateError(message("this till has no store yet: run 'omnipos setup' first"))
    parser = CatalogParser(str(currency), codes)
    report = ImportReport()
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            batches = _batches(handle, path, parser, report, batch_rows)
            if first_load:
                with db.transaction() as session, bulk_load(session):
                    for batch in batches:
                        _count(report, upsert_products(session, batch))
            else:
                for batch in batches:
                    with db.transaction() as session:
                        _count(report, upsert_products(session, batch))
    except FileNotFoundError as exc:
        raise ValidationError(message("no such file: {path}"), path=str(path)) from exc
    except IsADirectoryError as exc:
        raise ValidationError(message("{path} is a directory, not a CSV file"),
                              path=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ValidationError(message("{path} is not UTF-8 text (byte {byte})"), path=str(path),
                              byte=exc.start) from exc
    except csv.Error as exc:
        raise ValidationError(message("{path} is not valid CSV: {reason}"), path=str(path),
                              reason=str(exc)) from exc
    log.info("catalog import of %s: %s", path, report.summary())
    return report


def _batches(
    handle: TextIO, path: Path, parser: CatalogParser, report: ImportReport, batch_rows: int
) -> Iterator[list[ProductRow]]:
    """Good rows in batches; bad lines go to ``report.problems`` as they are met."""
    records = _records(handle)
    first = next(records, None)
    if first is None:
        raise ValidationError(message("{path} is empty"), path=str(path))

    parser.read_header(first[1])
    batch: list[ProductRow] = []
    for line, record in records:
        report.lines += 1
        parsed = parser.parse(line, record)
        if isinstance(parsed, LineProblem):
            report.problems.append(parsed)
            continue
        batch.append(parsed)
        if len(batch) >= batch_rows:
            yield batch
            batch = []
    if batch:
        yield batch


def _count(report: ImportReport, result: UpsertResult) -> None:
    report.inserted += result.inserted
    report.updated += result.updated
    report.unchanged += result.unchanged


def write_catalog_csv(path: Path, rows: Iterator[ProductRow] | Sequence[ProductRow],
                      currency_digits: int = 2) -> int:
    """Write rows in the import format (used by the demo and the benchmarks); row count."""
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS])
        for r in rows:
            whole, frac = divmod(r.price_minor, 10**currency_digits)
            price = f"{whole}.{frac:0{currency_digits}d}" if currency_digits else str(whole)
            gtins = "|".join(g.removeprefix("0") for g in r.gtins)
            writer.writerow(
                [r.sku, r.name, gtins, price, r.tax_class, r.brand, r.category, r.sold_by]
            )
            count += 1
    return count
