"""Customers, returned stock and the order look-up between real tills and a real hub."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from omnipos.db.stock import hub_level
from omnipos.domain.stock import StockBucket
from omnipos.hub.customers import directory
from omnipos.services.customers import CustomerService
from omnipos.sync.client import HubClient
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.events import ReturnCompletedPayload
from omnipos.sync.outbox import enqueue
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db, sell


def _till(live_hub, tmp_path: Path, store: str):  # type: ignore[no-untyped-def]
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code(store), tokens)
    return db, SyncWorker(db, tokens)


def test_a_customer_added_at_one_store_is_found_offline_at_another(live_hub,
                                                                   tmp_path: Path) -> None:
    db1, sync1 = _till(live_hub, tmp_path, "S1")
    db2, sync2 = _till(live_hub, tmp_path, "S2")
    added = CustomerService(db1).create("Zoë Ng", phone="555 010 2030", staff="ann")
    sync1.run_once()
    [at_hub] = directory.find_customers(live_hub.db, phone="5550102030")
    assert (at_hub["customer_id"], at_hub["name"]) == (added.customer_id, "Zoë Ng")
    sync2.run_once()
    [found] = CustomerService(db2).find("5550102030")
    assert (found.customer_id, found.from_hub) == (added.customer_id, True)
    sync1.run_once()  # the hub's own record comes back to the till that added it
    assert CustomerService(db1).get(added.customer_id).from_hub  # type: ignore[union-attr]
    db1.close()
    db2.close()


def test_a_damaged_return_reaches_the_till_in_its_bucket(live_hub, tmp_path: Path) -> None:
    db, sync = _till(live_hub, tmp_path, "S1")
    sold = sell(db, [("A", 1)])
    now = datetime.now(UTC)
    with db.transaction() as s:
        enqueue(s, ReturnCompletedPayload.model_validate({
            "return_id": str(uuid.uuid4()), "return_no": "S1-T01-R00001", "store_code": "S1",
            "till_code": "T01", "currency": "USD", "created_at": now, "sale_id": sold.sale_id,
            "receipt_no": sold.receipt_no, "refund_minor": sold.total_minor,
            "lines": [{"line_no": 1, "sale_line_no": 1, "sku": "A", "qty": "1",
                       "condition": "damaged", "disposition": "damaged",
                       "refund_minor": sold.total_minor}],
            "refunds": [{"kind": "cash", "amount_minor": sold.total_minor, "tender_idx": 1}],
        }), now)
    sync.run_once()
    with db.read() as s:
        damaged = hub_level(s, "A", StockBucket.DAMAGED)
        sellable = hub_level(s, "A")
    assert damaged is not None and damaged.level == Decimal(1)
    assert sellable is not None and sellable.level == Decimal(-1)
    db.close()


def test_a_till_looks_up_another_stores_sale_through_the_sync_client(live_hub,
                                                                     tmp_path: Path) -> None:
    db1, sync1 = _till(live_hub, tmp_path, "S1")
    db2 = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    result = enroll(db2, live_hub.url, live_hub.code("S2"), tokens)
    sold = sell(db1, [("A", 2)])
    sync1.run_once()
    with HubClient(live_hub.url, lambda: tokens.load(result.device_id)) as client:
        found = client.lookup_order(receipt=sold.receipt_no)
        assert (found.store_code, found.lines[0].returnable_qty) == ("S1", "2")
        assert found.tenders[0].kind == "cash"
        try:
            client.lookup_order(receipt="S9-T09-000009")
        except SyncError as exc:
            assert exc.status == 404 and "no sale with receipt number" in str(exc)
        else:
            raise AssertionError("an unknown receipt must be a 404")
    db1.close()
    db2.close()
