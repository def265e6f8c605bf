"""services.setup: one way to write a store, checked, journalled with what changed."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from omnipos.db.catalog import tax_classes
from omnipos.db.models import JournalEntry
from omnipos.db.settings import get_setting
from omnipos.domain.errors import PermissionDenied, StateError, ValidationError
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.setup import StoreDetails, StoreSetup, parse_taxes
from omnipos.services.staff import StaffService
from tests.support.sync import sell

CORNER = StoreDetails("S001", "Test Store", "USD", "exclusive",
                      {"standard": Decimal("0.0825")}, "line", "0.05",
                      ("1 Main Street",), ("Thank you!",))


def test_taxes_are_read_as_a_person_types_them() -> None:
    assert parse_taxes("standard=8.25%, reduced=2%\nzero=0") == {
        "standard": Decimal("0.0825"), "reduced": Decimal("0.02"), "zero": Decimal("0")}
    with pytest.raises(ValidationError, match="expected CLASS=RATE"):
        parse_taxes("standard 8.25")


def test_save_writes_and_journals_only_what_changed(store_db) -> None:
    setup = StoreSetup(store_db)
    before = setup.load()
    assert before is not None and before.code == "S001"
    changed = setup.save(replace(before, name="Corner Shop", footer=("Thanks", "See you")),
                         actor=None)
    assert changed == ["receipt.footer", "store.name"]
    again = setup.load()
    assert again is not None and again.name == "Corner Shop"
    assert again.footer == ("Thanks", "See you") and again.till == before.till
    with store_db.read() as s:
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "settings.changed")).one()
        assert entry.payload["from"]["store.name"] == before.name
        assert entry.payload["to"]["receipt.footer"] == ["Thanks", "See you"]
    assert setup.save(again, actor=None) == []  # nothing changed: no entry
    with store_db.read() as s:
        assert len(s.scalars(select(JournalEntry)
                             .where(JournalEntry.kind == "settings.changed")).all()) == 1


def test_a_till_that_sold_keeps_its_code_and_currency(store_db) -> None:
    sell(store_db, [("SOAP", 1)])
    setup = StoreSetup(store_db)
    current = setup.load()
    assert current is not None
    with pytest.raises(StateError, match="already sold in USD"):
        setup.save(replace(current, currency="EUR"), actor=None)
    with pytest.raises(StateError, match="as store S001"):
        setup.save(replace(current, code="S002"), actor=None)
    setup.save(replace(current, rates={"standard": Decimal("0.09")}, cash_step="0.05"),
               actor=None)
    with store_db.read() as s:
        assert tax_classes(s)["standard"] == Decimal("0.09")
        assert get_setting(s, "store.cash_step_minor") == 5
        assert get_setting(s, "store.currency") == "USD"


def test_bad_details_say_which_field(store_db) -> None:
    setup = StoreSetup(store_db)
    for details, words in ((replace(CORNER, code="bad code!"), "store code"),
                           (replace(CORNER, name="  "), "needs a name"),
                           (replace(CORNER, currency="XX"), "ISO 4217"),
                           (replace(CORNER, cash_step="0.005"), "decimals")):
        with pytest.raises(ValidationError, match=words):
            setup.save(details, actor=None)


def test_a_store_with_staff_needs_a_manager(store_db) -> None:
    StaffService(store_db, hasher=FAST_FOR_TESTS).add_staff("1", "Cam", "cashier", "2468",
                                                            command_line=True)
    with pytest.raises(PermissionDenied):
        StoreSetup(store_db).save(CORNER, actor=None)


def test_samples_are_priced_and_taxed_for_the_store_once(tmp_path) -> None:
    from omnipos.db.catalog import find_by_gtin
    from omnipos.db.engine import open_database

    db = open_database(tmp_path / "new.sqlite3")
    try:
        setup = StoreSetup(db)
        with pytest.raises(StateError, match="no store yet"):
            setup.add_samples()
        setup.save(replace(CORNER, currency="JPY", cash_step="",
                           rates={"reduced": Decimal("0.08"), "standard": Decimal("0.1")}),
                   actor=None, on_behalf="first-run setup")
        samples = setup.add_samples()
        assert setup.add_samples() == samples  # again: the same products, updated in place
        assert len(samples) == 8 and samples[0].currency == "JPY"
        assert samples[0].price_minor == 6  # 6.49 in a currency without decimals
        with db.read() as s:
            product = find_by_gtin(s, samples[0].code.zfill(14))
        assert product is not None and product.name == samples[0].name
        assert product.tax_class == "standard"  # the highest rate: the store's usual one
    finally:
        db.close()
