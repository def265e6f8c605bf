"""Catalog import on the hub feeds price changes to tills; a re-run changes nothing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from omnipos.hub.catalog import import_csv
from omnipos.hub.store.models import FeedChange


def _feed_len(hub) -> int:  # type: ignore[no-untyped-def]
    with hub.read() as s:
        return int(s.scalar(select(func.count()).select_from(FeedChange)) or 0)


def test_price_change_reaches_the_feed_once(hub, till, tmp_path: Path) -> None:
    csv = tmp_path / "c.csv"
    csv.write_text("sku,name,gtin,price,tax_class\nA,Apple,4006381333931,1.99,STD\n")
    assert import_csv(hub, csv).imported == 1
    before = _feed_len(hub)
    assert import_csv(hub, csv).unchanged == 1
    assert _feed_len(hub) == before
    csv.write_text("sku,name,gtin,price,tax_class\nA,Apple,4006381333931,2.49,STD\n")
    import_csv(hub, csv)
    changes = [c for c in till.pull().json()["changes"] if c["kind"] == "product"]
    assert [c["data"]["price_minor"] for c in changes] == [199, 249]
    assert changes[-1]["data"]["gtins"] == ["04006381333931"]


def test_gtin_moves_to_the_product_naming_it_last(hub, tmp_path: Path) -> None:
    csv = tmp_path / "c.csv"
    csv.write_text("sku,name,gtin,price,tax_class\nA,Apple,4006381333931,1.99,STD\n")
    import_csv(hub, csv)
    csv.write_text("sku,name,gtin,price,tax_class\nB,Banana,4006381333931,0.99,STD\n")
    import_csv(hub, csv)
    from omnipos.hub.store.models import Barcode, Product

    with hub.read() as s:
        assert s.get(Barcode, "04006381333931").sku == "B"
        assert s.get(Product, "A").gtins == ""
