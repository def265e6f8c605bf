"""The pull feed through the API: pages, store scoping, 410 for old cursors (SQLite and
PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import datetime

from omnipos.hub import feed
from tests.support.hub import sale_event


def test_pull_pages_with_opaque_cursor(till, hub):
    from omnipos.hub.catalog import CatalogLine, upsert_lines

    upsert_lines(hub, [CatalogLine(f"P{i}", f"Product {i}", (), 100 + i, "STD")
                       for i in range(25)], "USD")
    seen, cursor, pages = [], None, 0
    while True:
        body = till.pull(cursor, limit=10).json()
        seen += body["changes"]
        cursor, pages = body["next_cursor"], pages + 1
        if not body["has_more"]:
            break
    assert pages == 3
    kinds = [c["kind"] for c in seen]
    assert kinds.count("store") == 1 and kinds.count("store_directory") == 2  # its own in full
    assert kinds.count("product") == 25
    assert till.pull(cursor).json()["changes"] == []



def test_pull_is_scoped_to_the_devices_store(enroll_till):
    a, b = enroll_till("S1"), enroll_till("S2")
    a.push([sale_event(1, store="S1", lines=[("A", 100, "3")])])
    b.push([sale_event(1, store="S2", lines=[("A", 100, "2")])])
    stock_a = [c for c in a.pull().json()["changes"] if c["kind"] == "stock"]
    assert [(c["key"], c["data"]["store"], c["data"]["level"]) for c in stock_a] == [
        ("S1:A", "S1", "-3")]
    assert datetime.fromisoformat(stock_a[0]["data"]["as_of"]).tzinfo is not None



def test_old_cursor_gets_410_after_compaction(till, hub):
    from omnipos.hub.catalog import CatalogLine, upsert_lines

    first = till.pull().json()["next_cursor"]
    upsert_lines(hub, [CatalogLine("P", "v1", (), 100, "STD")], "USD")
    upsert_lines(hub, [CatalogLine("P", "v2", (), 120, "STD")], "USD")
    feed.compact(hub)
    assert till.pull(first).status_code == 410
    snap = till.pull().json()["changes"]
    products = [c for c in snap if c["kind"] == "product"]
    assert len(products) == 1 and products[0]["data"]["price_minor"] == 120



def test_cursor_of_another_feed_is_410(till):
    assert till.pull(feed.encode_cursor(str(uuid.uuid4()), 0)).status_code == 410
