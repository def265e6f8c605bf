"""Fuzzing the parsers a person or a file feeds: barcodes, money, CSV imports.

Whatever comes in, the answer is a result or a clear ``UserFacingError``
(``ValidationError``) with a message; never another exception.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omnipos.db.engine import Database
from omnipos.db.importer import import_catalog_csv
from omnipos.domain.barcodes import EmbeddedLayout, make_embedded_code, parse_scan
from omnipos.domain.errors import UserFacingError
from omnipos.domain.money import from_minor, parse_amount
from omnipos.hub import catalog as hub_catalog
from omnipos.hub.admin import stores
from omnipos.hub.stock import levels as hub_stock
from omnipos.hub.store.db import HubDB, open_hub_db
from tests.conftest import make_store
from tests.reliability.conftest import scale

EXAMPLES = scale(150, 2000)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CSV_EXAMPLES = scale(40, 400)
CSV_FUZZ = settings(FUZZ, max_examples=CSV_EXAMPLES)

# --- barcodes -----------------------------------------------------------------

aim = st.sampled_from(["", "]E0", "]E4", "]C1", "]d2", "]e0", "]A0", "]Q3", "]X9", "]"])
digits = st.text("0123456789", min_size=0, max_size=48)
gs1_parts = st.sampled_from(["01", "10", "17", "21", "3103", "3922", "00", "99", "\x1d", "(", ")"])
gs1 = st.lists(gs1_parts | digits, max_size=8).map("".join)
scans = st.one_of(st.text(max_size=60), st.tuples(aim, digits).map("".join),
                  st.tuples(aim, gs1).map("".join),
                  st.builds(make_embedded_code, st.text("0123456789", min_size=5, max_size=5),
                            st.integers(0, 99999)))
layouts = st.sampled_from([None, EmbeddedLayout(), EmbeddedLayout(value_kind="weight"),
                           EmbeddedLayout(prefixes=("02",), item_start=2, item_length=5,
                                          value_start=8, value_length=4)])


@FUZZ
@given(raw=scans, layout=layouts)
def test_parse_scan_gives_a_scan_or_a_clear_error(raw: str, layout: EmbeddedLayout | None) -> None:
    try:
        scan = parse_scan(raw, layout)
    except UserFacingError as exc:
        assert str(exc).strip(), "an error without a message"
        return
    if scan.gtin is not None:
        assert len(scan.gtin) == 14 and scan.gtin.isdigit()
    if scan.embedded_price_minor is not None:
        assert scan.embedded_price_minor >= 0


# --- money ---------------------------------------------------------------------

amounts = st.one_of(
    st.text(max_size=30),
    st.text("0123456789.-+ ", max_size=30),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.integers(-(10**20), 10**20).map(str),
    st.sampled_from(["1e5", "1E+999999", "NaN", "-Infinity", "0x10", "1,000.00", "٣", "１２",
                     "1_000", "--1", "+-1", ".", "-.5", "5.", "0.001", "\u00a01.00"]),
)
currencies = st.sampled_from(["USD", "JPY", "KWD", "EUR", "CHF"])


@FUZZ
@given(text=amounts, currency=currencies, negative=st.booleans())
def test_parse_amount_is_exact_or_a_clear_error(text: str, currency: str, negative: bool) -> None:
    try:
        minor = parse_amount(text, currency, allow_negative=negative)
    except UserFacingError as exc:
        assert str(exc).strip()
        return
    assert isinstance(minor, int)
    assert from_minor(minor, currency) == Decimal(text.strip())
    assert negative or minor >= 0


# --- CSV files -------------------------------------------------------------------

cell = st.one_of(st.text(max_size=20), st.sampled_from(
    ["", "4006381333931", "036000291452|96385074", "1.99", "-1", "1e9", "NaN", "standard",
     "reduced", "weight", "unit", "x" * 300, '"', '""', "a,b", "line\nbreak", "\x00", "\ufeff",
     "999999999999"]))
row = st.lists(cell, min_size=0, max_size=9)
catalog_headers = st.sampled_from([
    ["sku", "name", "gtin", "price", "tax_class"],
    ["sku", "name", "gtin", "price", "tax_class", "brand", "category", "sold_by"],
    ["SKU", " Name ", "gtin", "price", "tax_class", "sku"], ["sku", "name"], [],
])


def _csv(header: list[str], rows: list[list[str]]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out)
    if header:
        writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


files = st.one_of(
    st.builds(lambda h, rs: _csv(h, rs).encode(), catalog_headers, st.lists(row, max_size=6)),
    st.builds(lambda h, rs: _csv(h, rs).encode(), st.just(["store", "sku", "quantity"]),
              st.lists(st.lists(cell, min_size=3, max_size=3), max_size=6)),
    st.binary(max_size=200),
    st.sampled_from([b"\xff\xfe\x00s\x00k\x00u", b"sku,name,gtin,price,tax_class\n" + b"x" * 140000
                     + b",n,,1.00,standard\n", b'sku,name,gtin,price,tax_class\n"unclosed,1\n',
                     b"store,sku,quantity\nS1,A,1e999999\n", b"store,sku,quantity\nS1,A,\xe9\n"]),
)


@pytest.fixture(scope="module")
def till_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    return make_store(tmp_path_factory.mktemp("till") / "till.sqlite3")


@pytest.fixture(scope="module")
def hub_db(tmp_path_factory: pytest.TempPathFactory) -> HubDB:
    db = open_hub_db(f"sqlite:///{tmp_path_factory.mktemp('hub') / 'hub.sqlite3'}")
    stores.add_store(db, "S1", name="Main St", currency="USD", prices="exclusive",
                     taxes=["STD=0.0825"])
    return db


def _write(tmp: Path, data: bytes) -> Path:
    path = tmp / "in.csv"
    path.write_bytes(data)
    return path


@CSV_FUZZ
@given(data=files)
def test_till_catalog_import(till_db: Database, tmp_path: Path, data: bytes) -> None:
    try:
        report = import_catalog_csv(till_db, _write(tmp_path, data))
    except UserFacingError as exc:
        assert str(exc).strip()
        return
    assert all(str(p).strip() for p in report.problems)


@CSV_FUZZ
@given(data=files)
def test_hub_catalog_import(hub_db: HubDB, tmp_path: Path, data: bytes) -> None:
    try:
        report = hub_catalog.import_csv(hub_db, _write(tmp_path, data), "USD")
    except UserFacingError as exc:
        assert str(exc).strip()
        return
    assert all(e.strip() for e in report.errors)


@CSV_FUZZ
@given(data=files)
def test_hub_stock_import(hub_db: HubDB, tmp_path: Path, data: bytes) -> None:
    try:
        result = hub_stock.import_levels(hub_db, _write(tmp_path, data))
    except UserFacingError as exc:
        assert str(exc).strip()
        return
    assert all(str(e).strip() for e in result["errors"])  # type: ignore[attr-defined]


def test_domain_fuzz_summary(record) -> None:  # type: ignore[no-untyped-def]
    record("bad input: barcodes, money, CSV imports", runs=2 * EXAMPLES + 3 * CSV_EXAMPLES,
           failures=0, figure="parse_scan, parse_amount, till + hub catalog, hub stock: "
                              "a result or a clear UserFacingError")




# --- regressions the fuzzing found -------------------------------------------------

@pytest.mark.parametrize("data", [b"\x80sku,name\n",
                                  b"sku,name,gtin,price,tax_class\n" + b"x" * 140000
                                  + b",n,,1.00,STD\n"])
def test_hub_catalog_import_of_a_broken_file_is_a_clear_error(hub_db: HubDB, tmp_path: Path,
                                                               data: bytes) -> None:
    with pytest.raises(UserFacingError, match="in.csv"):
        hub_catalog.import_csv(hub_db, _write(tmp_path, data), "USD")


@pytest.mark.parametrize("data", [b"store,sku,quantity\nS1,A,\x80\n", b"store,sku,quantity\nS1,"
                                  + b"x" * 140000 + b",1\n"])
def test_hub_stock_import_of_a_broken_file_is_a_clear_error(hub_db: HubDB, tmp_path: Path,
                                                             data: bytes) -> None:
    with pytest.raises(UserFacingError, match="in.csv"):
        hub_stock.import_levels(hub_db, _write(tmp_path, data))


def test_hub_stock_import_refuses_absurd_quantities_and_skus(hub_db: HubDB, tmp_path: Path) -> None:
    data = b"store,sku,quantity\nS1,A,1e999999\nS1," + b"L" * 65 + b",1\n"
    result = hub_stock.import_levels(hub_db, _write(tmp_path, data))
    assert result["changed"] == 0
    assert len(result["errors"]) == 2, result  # type: ignore[arg-type]
