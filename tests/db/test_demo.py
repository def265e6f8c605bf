"""The demo store: deterministic, valid GTINs, reused when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnipos.db.catalog import find_by_gtin, product_count, search, tax_classes
from omnipos.db.demo import (
    DEMO_PRODUCTS,
    demo_gtin13,
    ensure_demo,
    example_codes,
    generate_catalog,
)
from omnipos.db.engine import open_database
from omnipos.db.settings import get_setting, set_setting
from omnipos.domain.barcodes import EmbeddedLayout, is_valid_gtin, parse_scan
from omnipos.domain.errors import StateError


def test_generator_is_deterministic_and_valid() -> None:
    first = list(generate_catalog(2000))
    assert first == list(generate_catalog(2000))
    assert len({r.sku for r in first}) == 2000
    gtins = [g for r in first for g in r.gtins]
    assert len(set(gtins)) == len(gtins) and all(is_valid_gtin(g) for g in gtins)
    assert any(r.sold_by == "weight" for r in first)
    assert all(r.price_minor > 0 for r in first)
    assert demo_gtin13(1) == "5000000000012"


def test_ensure_demo_builds_once_and_sells(tmp_path: Path) -> None:
    path = ensure_demo(tmp_path)
    db = open_database(path)
    try:
        with db.read() as s:
            assert get_setting(s, "store.code") == "DEMO"
            assert get_setting(s, "till.code") == "T01"
            assert product_count(s) == DEMO_PRODUCTS
            assert set(tax_classes(s)) == {"standard", "reduced", "zero"}
            assert len(search(s, "red", limit=50)) == 50
        with db.transaction() as s:
            set_setting(s, "marker", 1)
    finally:
        db.close()
    assert ensure_demo(tmp_path) == path
    db = open_database(path)
    try:
        with db.read() as s:
            assert get_setting(s, "marker") == 1  # reused, not rebuilt
            layout_json = get_setting(s, "store.embedded_layout")
            for code, _what in example_codes():
                scan = parse_scan(code, EmbeddedLayout.from_json(layout_json))
                assert scan.lookup_gtin and find_by_gtin(s, scan.lookup_gtin) is not None
    finally:
        db.close()


def test_ensure_demo_refuses_a_real_store(tmp_path: Path) -> None:
    db = open_database(tmp_path / "omnipos.sqlite3")
    with db.transaction() as s:
        set_setting(s, "store.code", "S001")
    db.close()
    with pytest.raises(StateError, match="S001"):
        ensure_demo(tmp_path)


def test_the_demo_has_a_cashier_and_a_manager_whose_pins_the_readme_lists(
        tmp_path: Path) -> None:
    """Issue 14: the demo had no staff, so approvals and the lock could not be tried."""
    from sqlalchemy import select

    from omnipos.db.demo import DEMO_STAFF
    from omnipos.db.models import StaffMember
    from omnipos.domain.pins import verify_pin

    db = open_database(ensure_demo(tmp_path))
    try:
        with db.read() as s:
            rows = {r.role: r for r in s.scalars(select(StaffMember))}
            assert get_setting(s, "store.discount_limit_pct") == 20
            assert set(rows) == {"cashier", "manager"}
            for person in DEMO_STAFF:
                assert verify_pin(person.pin, rows[person.role].pin_hash)
    finally:
        db.close()
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for person in DEMO_STAFF:
        assert f"{person.name}" in readme and f"`{person.pin}`" in readme
