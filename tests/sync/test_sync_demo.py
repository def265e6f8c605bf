"""The demo loop: embedded hub with three stores, the demo till enrolled and syncing."""

from __future__ import annotations

from pathlib import Path

from omnipos.db.demo import DEMO_STAFF, ensure_demo
from omnipos.db.engine import Database, open_database
from omnipos.demo import DEMO_MAIL_RETURN_RECEIPT, demo_enroll, hub_path, start_embedded_hub
from omnipos.domain.permissions import Actor
from omnipos.hub.admin.stores import list_stores
from omnipos.hub.feed import read_page
from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.returns.rmas import list_rmas
from omnipos.hub.store.db import open_hub_db
from omnipos.services.staff import StaffService
from omnipos.sync.status import sync_status
from tests.support.sync import sell


def _cashier(db: Database) -> Actor:
    """The demo's cashier, signed in (the demo store has staff)."""
    return StaffService(db).login(DEMO_STAFF[0].pin)


def test_demo_hub_enroll_and_sync(tmp_path: Path) -> None:
    db_path = ensure_demo(tmp_path)
    url, stop = start_embedded_hub(tmp_path)
    try:
        db = open_database(db_path)
        result, worker = demo_enroll(db, url, tmp_path)
        assert result.store_code == "DEMO" and result.till_code == "T01"
        sold = sell(db, [("P0000001", 1)], actor=_cashier(db))
        worker.run_once()
        hub = open_hub_db(f"sqlite:///{hub_path(tmp_path)}")
        try:
            assert [s["receipt_no"] for s in iter_sales(hub, "DEMO")] == [sold.receipt_no]
            assert {s["code"] for s in list_stores(hub)} == {"DEMO", "DEMO-N", "DEMO-S"}
            # A mail return waits for the demo store: an RMA for a sale made at Demo North.
            [rma] = list_rmas(hub, store_code="DEMO")
            assert rma["state"] == "authorised" and rma["receipt_no"] == DEMO_MAIL_RETURN_RECEIPT
            assert len(rma["lines"]) == 2 and rma["customer"]["name"] == "Demo Customer"
            page, rmas_on_feed = read_page(hub, "DEMO", None, 5000), []
            while True:
                rmas_on_feed += [c.data["number"] for c in page.changes if c.kind == "rma"]
                if not page.has_more:
                    break
                page = read_page(hub, "DEMO", page.next_cursor, 5000)
            assert rmas_on_feed == [rma["number"]]
        finally:
            hub.close()
        assert sync_status(db)["outbox_depth"] == 0
        worker.stop()
        db.close()
    finally:
        stop()
    # A second start reuses the hub and re-enrolls the same device.
    url, stop = start_embedded_hub(tmp_path)
    try:
        db = open_database(db_path)
        result2, worker = demo_enroll(db, url, tmp_path)
        assert result2.device_id == result.device_id and result2.till_code == "T01"
        hub = open_hub_db(f"sqlite:///{hub_path(tmp_path)}")
        try:
            assert len(list_rmas(hub)) == 1  # seeded once
        finally:
            hub.close()
        worker.stop()
        db.close()
    finally:
        stop()


def test_start_demo_sync_runs_in_the_background(tmp_path: Path) -> None:
    import threading

    from omnipos.demo import start_demo_sync

    db = open_database(ensure_demo(tmp_path))
    synced = threading.Event()
    demo = start_demo_sync(tmp_path, db, interval=3600, on_change=synced.set)
    try:
        assert synced.wait(60)  # the first background pass finished
        synced.clear()
        sell(db, [("P0000002", 2)], actor=_cashier(db))
        demo.worker.wake()
        assert synced.wait(60)
        assert sync_status(db)["outbox_depth"] == 0
    finally:
        demo.stop()
        db.close()
