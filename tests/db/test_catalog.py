"""Catalog look-ups, word search and the bulk upsert."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from omnipos.db.catalog import (
    ProductRow,
    bulk_load,
    find_by_gtin,
    find_by_sku,
    fts_query,
    get_product,
    search,
    search_tiers,
    tax_classes,
    upsert_products,
    upsert_tax_classes,
)
from omnipos.db.engine import Database
from omnipos.db.models import Barcode, Price
from omnipos.domain.errors import ValidationError

G1 = "04006381333931"
G2 = "00012345678905"
G3 = "05901234123457"


def _seed(db: Database) -> None:
    with db.transaction() as s:
        upsert_tax_classes(s, {"standard": "0.0825", "zero": "0"})
        upsert_products(
            s,
            [
                ProductRow("SHOE-1", "Red running shoe", 5999, "standard", (G1,), brand="Acme"),
                ProductRow("SHOE-2", "Blue running shoe", 6499, "standard", (G2, G3), "Zephyr"),
                ProductRow("APL-1", "Apples, red", 349, "zero", (), sold_by="weight"),
                ProductRow("OLD-1", "Red relic", 100, "zero", (), active=False),
            ],
        )


def test_find_by_gtin_sku_and_id(db: Database) -> None:
    _seed(db)
    with db.read() as s:
        shoe = find_by_gtin(s, G3)
        assert shoe is not None
        assert (shoe.sku, shoe.price_minor, shoe.gtin, shoe.brand) == ("SHOE-2", 6499, G3, "Zephyr")
        assert find_by_gtin(s, "00000000000000") is None
        apples = find_by_sku(s, "APL-1")
        assert apples is not None and apples.sold_by == "weight" and apples.gtin == ""
        assert find_by_sku(s, "OLD-1") is None  # inactive products are not sold
        assert get_product(s, shoe.product_id) == find_by_sku(s, "SHOE-2")
        assert get_product(s, 10_000) is None


def test_search_matches_every_word_as_prefix(db: Database) -> None:
    _seed(db)
    with db.read() as s:
        assert {p.sku for p in search(s, "red")} == {"SHOE-1", "APL-1"}
        assert [p.sku for p in search(s, "run sh re")] == ["SHOE-1"]
        assert [p.sku for p in search(s, "zeph")] == ["SHOE-2"]  # brand
        assert [p.sku for p in search(s, "shoe-2")] == ["SHOE-2"]  # sku words
        assert search(s, "red  , ") == search(s, "RED")
        assert search(s, "") == [] and search(s, " -* ") == []
        assert search(s, "red", limit=1)[0].sku in {"SHOE-1", "APL-1"}


def test_search_input_is_not_fts_syntax(db: Database) -> None:
    _seed(db)
    assert fts_query('red OR "blue" NEAR(x) name:shoe*') == (
        '"red"* AND "or"* AND "blue"* AND "near"* AND "x"* AND "name"* AND "shoe"*'
    )
    with db.read() as s:
        assert search(s, 'shoe OR "blue"') == search(s, "shoe or blue")


def test_search_ranks_name_words_first(db: Database) -> None:
    with db.transaction() as s:
        upsert_tax_classes(s, {"std": "0.1"})
        upsert_products(
            s,
            [
                ProductRow("A", "Plain mug", 100, "std", (), brand="Kettle Co"),
                ProductRow("B", "Kettle", 100, "std", (), brand="Steel"),
            ],
        )
    with db.read() as s:
        assert [p.sku for p in search(s, "kettle")] == ["B", "A"]


def test_upsert_is_idempotent_and_tracks_changes(db: Database) -> None:
    _seed(db)
    rows = [ProductRow("SHOE-1", "Red running shoe", 5999, "standard", (G1,), brand="Acme")]
    with db.transaction() as s:
        again = upsert_products(s, rows)
    assert (again.inserted, again.updated, again.unchanged, again.barcodes_changed) == (0, 0, 1, 0)
    with db.transaction() as s:
        changed = upsert_products(
            s, [ProductRow("SHOE-1", "Red trail shoe", 6199, "standard", (G1,), brand="Acme")]
        )
    assert changed.updated == 1 and changed.skus == ["SHOE-1"]
    with db.read() as s:
        assert [p.sku for p in search(s, "trail")] == ["SHOE-1"]
        assert search(s, "running red") == []  # the index followed the rename
        shoe = find_by_sku(s, "SHOE-1")
        assert shoe is not None and shoe.price_minor == 6199
        history = s.scalars(
            select(Price.price_minor).where(Price.product_id == shoe.product_id).order_by(Price.id)
        ).all()
        assert history == [5999, 6199]


def test_upsert_moves_and_drops_barcodes(db: Database) -> None:
    _seed(db)
    with db.transaction() as s:
        result = upsert_products(
            s, [ProductRow("SHOE-1", "Red running shoe", 5999, "standard", (G3,), brand="Acme")]
        )
    assert result.barcodes_changed == 2  # G1 dropped, G3 taken from SHOE-2
    with db.read() as s:
        assert find_by_gtin(s, G1) is None
        moved = find_by_gtin(s, G3)
        assert moved is not None and moved.sku == "SHOE-1"
        assert s.scalar(select(func.count()).select_from(Barcode)) == 2


def test_deleting_a_product_leaves_the_index_consistent(db: Database) -> None:
    _seed(db)
    with db.transaction() as s:
        s.execute(text("DELETE FROM products WHERE sku = 'SHOE-1'"))
    with db.read() as s:
        assert [p.sku for p in search(s, "running")] == ["SHOE-2"]
        s.execute(text("INSERT INTO product_fts(product_fts) VALUES ('integrity-check')"))


def test_tax_classes(db: Database) -> None:
    with db.transaction() as s:
        assert upsert_tax_classes(s, {"std": Decimal("0.0825")}) == 1
        assert upsert_tax_classes(s, {"std": "0.08250"}) == 0
    with db.read() as s:
        assert tax_classes(s) == {"std": Decimal("0.0825")}


def test_whole_words_come_before_prefix_matches(db: Database) -> None:
    with db.transaction() as s:
        upsert_tax_classes(s, {"std": "0.1"})
        upsert_products(
            s,
            [
                ProductRow("A", "Reduced fat milk", 100, "std", ()),
                ProductRow("B", "Red milk", 100, "std", ()),
                ProductRow("C", "Redcurrant jam", 100, "std", ()),
            ],
        )
    with db.read() as s:
        assert [p.sku for p in search(s, "red")] == ["B", "C", "A"]
        assert [p.sku for p in search(s, "red", limit=1)] == ["B"]
        assert [p.sku for p in search(s, "red mi")] == ["B"]  # "red" is a whole word: exact
        assert [p.sku for p in search(s, "re mi")] == ["B", "A"]  # "re" is not: a prefix
        assert search_tiers(s, "red mi") == ['"red" AND "mi"*']
        assert search_tiers(s, "red milk") == ['"red" AND "milk"', '"red" AND "milk"*']


def test_search_inside_a_write_transaction_sees_its_own_rows(db: Database) -> None:
    with db.transaction() as s:
        upsert_tax_classes(s, {"std": "0.1"})
        upsert_products(s, [ProductRow("N", "Brand new thing", 100, "std", ("04006381333931",))])
        assert [p.sku for p in search(s, "brand new")] == ["N"]
        found = find_by_gtin(s, "04006381333931")
        assert found is not None and found.sku == "N"



@pytest.mark.parametrize(
    "bad",
    [
        {"sold_by": "metre"},
        {"price_minor": -1},
        {"price_minor": 1.5},
        {"gtins": ("4006381333931",)},  # 13 digits: not normalised
        {"sku": ""},
    ],
)
def test_product_rows_refuse_what_the_till_cannot_sell(bad: dict[str, object]) -> None:
    fields: dict[str, object] = {"sku": "A", "name": "Apple", "price_minor": 1, "tax_class": "t"}
    with pytest.raises(ValidationError):
        ProductRow(**{**fields, **bad})  # type: ignore[arg-type]


def _triggers(db: Database) -> set[str]:
    with db.read() as s:
        rows = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all()
    return {r[0] for r in rows if r[0].startswith("product_fts")}


def test_bulk_load_indexes_once_and_restores_the_triggers(db: Database) -> None:
    before = _triggers(db)
    assert len(before) == 3
    with db.transaction() as s, bulk_load(s):
        upsert_tax_classes(s, {"std": "0.1"})
        upsert_products(s, [ProductRow(f"B{i}", f"Bulk item {i}", 100, "std", ())
                            for i in range(300)])
    assert _triggers(db) == before
    with db.transaction() as s:
        upsert_products(s, [ProductRow("LATE", "Late arrival", 100, "std", ())])
    with db.read() as s:
        assert len(search(s, "bulk item", limit=500)) == 300
        assert [p.sku for p in search(s, "late")] == ["LATE"]
    assert db.check().ok


def test_failed_bulk_load_leaves_nothing_behind(db: Database) -> None:
    before = _triggers(db)
    with pytest.raises(RuntimeError, match="feed broke"), db.transaction() as s, bulk_load(s):
        upsert_tax_classes(s, {"std": "0.1"})
        upsert_products(s, [ProductRow("X", "Half loaded", 100, "std", ())])
        raise RuntimeError("feed broke")
    assert _triggers(db) == before
    with db.read() as s:
        assert find_by_sku(s, "X") is None
    assert db.check().ok


def test_search_forgives_one_typing_slip_per_word(store_db) -> None:
    from omnipos.db.catalog import search

    with store_db.read() as s:
        assert [p.sku for p in search(s, "lavendr soap")] == ["SOAP"]  # a letter left out
        assert [p.sku for p in search(s, "whloe milk")] == ["MILK"]  # two letters swapped
        assert [p.sku for p in search(s, "sourdougj")] == ["BREAD"]  # a wrong letter
        assert [p.sku for p in search(s, "soap lavemd")] == ["SOAP"]  # the last, half typed
        assert [p.sku for p in search(s, "lavender")] == ["SOAP"]  # as typed, no guessing
        assert search(s, "lavender").read_as is None
        assert search(s, "lavendr soap").read_as == "lavender soap"  # what it was read as
        assert search(s, "soap lavemd").read_as == "soap lavend\N{HORIZONTAL ELLIPSIS}"
        assert search(s, "mlk") == []  # too short to guess from
        assert search(s, "lavendr cheese") == []  # every word must still match
        assert search(s, "qzxvy") == []  # nonsense finds nothing
        found = search(s, "lavnedr")  # two slips in a long word
        assert [p.sku for p in found] == ["SOAP"] and found.read_as == "lavender"
        assert search(s, "xqzvw soap") == []


def test_a_word_of_the_catalog_is_not_corrected(store_db) -> None:
    from omnipos.db.catalog import search, typo_tiers

    with store_db.transaction() as s:
        upsert_products(s, [ProductRow("SILK", "Silk scarf", 2500, "standard")])
    with store_db.read() as s:
        assert [p.sku for p in search(s, "silk")] == ["SILK"]  # not read as milk
        assert [p.sku for p in search(s, "nilk")] == ["MILK", "SILK"]  # n is next to m
        # "whole" is a word of the catalog, so only "silj" is guessed (silk, not milk)
        assert typo_tiers(s, "whole silj") == ['"whole" AND "silk"']
        assert search(s, "whole silj") == []


def test_guesses_follow_the_catalog_as_it_changes(store_db) -> None:
    from omnipos.db.catalog import index_words, search

    with store_db.read() as s:
        assert search(s, "rosmary") == []
        assert "rosemary" not in index_words(s)
    with store_db.transaction() as s:
        upsert_products(s, [ProductRow("HERB", "Rosemary bunch", 150, "standard")])
    with store_db.read() as s:
        assert [p.sku for p in search(s, "rosmary")] == ["HERB"]
        assert "rosemary" in index_words(s)
        assert "herb" in index_words(s) and "4006381333931" not in index_words(s)


def test_the_catalog_words_are_the_index_s_words_of_letters() -> None:
    from omnipos.db.catalog import words_of

    assert words_of("Crème brûlée 250 g, CB-250") == {"creme", "brulee", "g", "cb"}
    assert words_of("Kefir 500ml P0001") == {"kefir"}
