"""The count, delivery and look-up feed kinds: this store's sessions and deliveries kept,
other stores' levels (named and placed by the store directory) kept for the look-up card,
this store's own left out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from omnipos.db.counts import open_sessions
from omnipos.db.deliveries import lines_of, open_deliveries
from omnipos.db.engine import Database
from omnipos.db.stock import elsewhere, hub_level
from omnipos.sync.appliers import apply_page
from omnipos.sync.wire import Change

AT = datetime(2026, 12, 1, 8, 30, tzinfo=UTC).isoformat()


def _session(store: str, number: str, **more: object) -> Change:
    return Change(kind="count_session", key=number, data={
        "session_id": str(uuid.uuid4()), "number": number, "store_code": store,
        "kind": "cycle", "skus": ["SOAP"], "created_at": AT, **more})


def test_counts_deliveries_and_other_stores_reach_the_till(store_db: Database) -> None:
    page = [
        _session("S001", "C00001", due=AT),
        _session("S002", "C00002"),  # another store's count
        _session("S001", "C00003", state="cancelled"),
        Change(kind="delivery", key="d1", data={
            "delivery_id": str(uuid.uuid4()), "number": "D00001", "store_code": "S001",
            "kind": "transfer", "source": "S002", "lines": [{"sku": "SOAP", "expected": "6"}]}),
        Change(kind="stock_elsewhere", key="S002:SOAP",
               data={"store": "S002", "sku": "SOAP", "available": "3", "as_of": AT}),
        Change(kind="stock_elsewhere", key="S001:SOAP",  # this store's own: it has ``stock``
               data={"store": "S001", "sku": "SOAP", "available": "8", "as_of": AT}),
        Change(kind="store_directory", key="S002", data={
            "code": "S002", "name": "Harbour", "lat": "45.6", "lon": "-122.7"}),
        Change(kind="stock", key="S001:SOAP", data={
            "store": "S001", "sku": "SOAP", "level": "8", "as_of": AT, "counted_at": AT}),
    ]
    with store_db.transaction() as s:
        apply_page(s, page)
    with store_db.read() as s:
        assert [r.number for r in open_sessions(s)] == ["C00001"]
        [delivery] = open_deliveries(s)
        assert delivery.number == "D00001" and delivery.kind == "transfer"
        assert [(ln.sku, ln.expected) for ln in lines_of(s, delivery.id)] == [("SOAP", 6)]
        [other] = elsewhere(s, "SOAP")
        assert (other.store, other.name, other.available, other.lat) == ("S002", "Harbour", 3,
                                                                          "45.6")
        level = hub_level(s, "SOAP")
        assert level is not None and level.counted_at is not None
