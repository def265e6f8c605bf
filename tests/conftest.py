"""Shared fixtures: a fresh till database per test with a small store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from omnipos.db.catalog import ProductRow, upsert_products, upsert_tax_classes
from omnipos.db.engine import Database, open_database
from omnipos.db.settings import set_settings
from omnipos.domain.barcodes import normalize_gtin

STORE_SETTINGS = {
    "store.code": "S001",
    "store.name": "Corner Store",
    "till.code": "T01",
    "store.currency": "USD",
    "store.prices": "exclusive",
    "store.rounding": "line",
    "store.cash_step_minor": 0,
    # Tests that do not care about shifts sell at once: the first sale opens a zero-float
    # shift by itself (tests of shifts turn this off and count a float).
    "shift.auto_open": True,
}

PRODUCTS = [
    ProductRow("SOAP", "Lavender soap bar", 399, "standard", (normalize_gtin("4006381333931"),),
               "Savon"),
    ProductRow("MILK", "Whole milk 1 l", 129, "reduced", (normalize_gtin("036000291452"),),
               "Dairyland"),
    ProductRow("BREAD", "Sourdough bread", 450, "reduced", (normalize_gtin("96385074"),),
               "Bakehouse"),
    ProductRow("APPLE", "Gala apples", 249, "reduced", (), "Orchard", sold_by="weight"),
]


def make_store(path: Path, settings: dict | None = None) -> Database:
    db = open_database(path)
    with db.transaction() as s:
        set_settings(s, {**STORE_SETTINGS, **(settings or {})})
        upsert_tax_classes(s, {"standard": "0.0825", "reduced": "0.02", "zero": "0"})
        upsert_products(s, PRODUCTS)
    return db


@pytest.fixture
def store_db(tmp_path: Path) -> Iterator[Database]:
    db = make_store(tmp_path / "till.sqlite3")
    yield db
    db.close()
