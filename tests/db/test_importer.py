"""CSV catalog import: good lines in, bad lines reported by number, re-runs change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnipos.db.catalog import (
    find_by_gtin,
    find_by_sku,
    product_count,
    search,
    upsert_tax_classes,
)
from omnipos.db.demo import generate_catalog
from omnipos.db.engine import Database
from omnipos.db.importer import import_catalog_csv, write_catalog_csv
from omnipos.db.settings import set_setting
from omnipos.domain.errors import StateError, ValidationError

GOOD = """sku,name,gtin,price,tax_class,brand,category,sold_by
SOAP,Lavender soap,4006381333931,3.99,standard,Savon,Care,
MILK,Whole milk,036000291452|96385074,1.29,reduced,Dairyland,Dairy,unit
APPLE,Gala apples,,2.49,reduced,,Fresh,weight
"""


@pytest.fixture
def store(db: Database) -> Database:
    with db.transaction() as s:
        set_setting(s, "store.currency", "USD")
        upsert_tax_classes(s, {"standard": "0.0825", "reduced": "0.02"})
    return db


def _write(tmp_path: Path, text: str, name: str = "catalog.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_good_file_then_rerun_changes_nothing(store: Database, tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD)
    first = import_catalog_csv(store, path)
    assert (first.lines, first.inserted, first.problems) == (3, 3, [])
    with store.read() as s:
        milk = find_by_gtin(s, "00036000291452")
        assert milk is not None and milk.sku == "MILK" and milk.price_minor == 129
        second = find_by_gtin(s, "00000096385074")  # second code of the same product
        assert second is not None and second.product_id == milk.product_id
        apple = find_by_sku(s, "APPLE")
        assert apple is not None and apple.sold_by == "weight"
    again = import_catalog_csv(store, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)


def test_upc_a_finds_product_imported_as_ean13(store: Database, tmp_path: Path) -> None:
    import_catalog_csv(store, _write(tmp_path, GOOD.replace("036000291452", "0036000291452")))
    with store.read() as s:
        milk = find_by_gtin(s, "00036000291452")
        assert milk is not None and milk.sku == "MILK"


def test_bad_lines_are_reported_and_good_ones_imported(store: Database, tmp_path: Path) -> None:
    text = (
        "sku,name,gtin,price,tax_class\n"
        "A,Apple pie,4006381333931,4.50,standard\n"  # line 2 good
        "B,Bad check digit,4006381333932,1.00,standard\n"  # 3
        "C,Float price,,1.005,standard\n"  # 4
        "D,Unknown tax,,1.00,luxury\n"  # 5
        "A,Same sku again,,1.00,standard\n"  # 6
        "E,Same gtin again,4006381333931,1.00,standard\n"  # 7
        ",No sku,,1.00,standard\n"  # 8
        "F,Too,many,fields,1,standard\n"  # 9
        "G,Negative,,-1.00,standard\n"  # 10
        "\n"  # 11 blank: ignored
        'H,"Quoted, name",96385074,2,standard\n'  # 12 good
        "I,Weird unit,,1.00,standard\n"  # 13 good (no sold_by column)
        "J,Letters,ABC,1.00,standard\n"  # 14
        "K,No price,,,standard\n"  # 15
    )
    report = import_catalog_csv(store, _write(tmp_path, text))
    lines = {p.line: p.reason for p in report.problems}
    assert sorted(lines) == [3, 4, 5, 6, 7, 8, 9, 10, 14, 15]
    assert "check digit" in lines[3]
    assert "decimals" in lines[4]
    assert "luxury" in lines[5]
    assert "line 2" in lines[6] and "line 2" in lines[7]
    assert "sku is empty" in lines[8]
    assert "fields" in lines[9]
    assert "negative" in lines[10]
    assert "ABC" in lines[14]
    assert "empty" in lines[15]
    assert report.inserted == 3
    with store.read() as s:
        quoted = find_by_sku(s, "H")
        assert quoted is not None and quoted.name == "Quoted, name"


def test_sold_by_must_be_unit_or_weight(store: Database, tmp_path: Path) -> None:
    text = "sku,name,gtin,price,tax_class,sold_by\nX,Rope,,1.00,standard,metre\n"
    report = import_catalog_csv(store, _write(tmp_path, text))
    assert [p.line for p in report.problems] == [2] and "metre" in report.problems[0].reason


def test_changed_file_updates_products(store: Database, tmp_path: Path) -> None:
    import_catalog_csv(store, _write(tmp_path, GOOD))
    changed = GOOD.replace("3.99", "4.19").replace("Whole milk", "Whole milk 1 l")
    report = import_catalog_csv(store, _write(tmp_path, changed, "v2.csv"))
    assert (report.inserted, report.updated, report.unchanged) == (0, 2, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sku,name,price\nA,B,1\n", "lacks gtin, tax_class"),
        ("", "empty"),
        ("sku,name,gtin,price,tax_class,sku\n", "repeats sku"),
    ],
)
def test_unusable_files_raise_one_clear_error(
    store: Database, tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        import_catalog_csv(store, _write(tmp_path, text))


def test_missing_and_non_utf8_files(store: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="no such file"):
        import_catalog_csv(store, tmp_path / "nope.csv")
    path = tmp_path / "latin1.csv"
    path.write_bytes("sku,name,gtin,price,tax_class\nA,Caf\xe9,,1,standard\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="UTF-8"):
        import_catalog_csv(store, path)


def test_import_needs_a_store(db: Database, tmp_path: Path) -> None:
    with pytest.raises(StateError, match="omnipos setup"):
        import_catalog_csv(db, _write(tmp_path, GOOD))


def test_excel_bom_and_header_case(store: Database, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(("\ufeffSKU,Name,GTIN,Price,Tax_Class\r\nA,Tea,,2.00,standard\r\n").encode())
    report = import_catalog_csv(store, path)
    assert report.inserted == 1 and not report.problems


def test_written_catalog_round_trips(store: Database, tmp_path: Path) -> None:
    with store.transaction() as s:
        upsert_tax_classes(s, {"zero": "0"})
    rows = list(generate_catalog(300))
    path = tmp_path / "demo.csv"
    assert write_catalog_csv(path, rows) == 300
    report = import_catalog_csv(store, path, batch_rows=64)
    assert report.inserted == 300 and not report.problems
    with store.read() as s:
        assert product_count(s) == 300
        first = rows[-1]
        found = find_by_gtin(s, first.gtins[0])
        assert found is not None
        assert (found.sku, found.price_minor) == (first.sku, first.price_minor)


def test_first_import_bulk_loads_and_later_products_are_searchable(
    store: Database, tmp_path: Path
) -> None:
    import_catalog_csv(store, _write(tmp_path, GOOD))  # empty catalog: one bulk transaction
    assert store.check().ok
    more = GOOD + "TEA,Green tea,,2.00,reduced,,,\n"
    report = import_catalog_csv(store, _write(tmp_path, more, "more.csv"))  # batch by batch
    assert (report.inserted, report.unchanged) == (1, 3)
    with store.read() as s:
        assert [p.sku for p in search(s, "green")] == ["TEA"]
        assert [p.sku for p in search(s, "lavender")] == ["SOAP"]
    assert store.check().ok
