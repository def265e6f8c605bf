"""Pushed events applied, duplicated, quarantined or rejected (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from omnipos.hub.store.models import QuarantinedEvent, SaleRecord
from tests.support.hub import sale_event


def test_push_applied_then_duplicate_with_original(till, hub):
    ev = sale_event(1)
    first = till.push([ev]).json()
    assert first["results"][0]["status"] == "applied"
    assert first["acked_seq"] == 1
    second = till.push([ev]).json()
    res = second["results"][0]
    assert res["status"] == "duplicate" and res["original_status"] == "applied"
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(SaleRecord)) == 1



def test_invalid_event_is_quarantined_and_queue_goes_on(till, hub):
    bad = sale_event(1)
    bad["payload"]["lines"][0]["qty"] = "1.23456"  # type: ignore[index]
    good = sale_event(2)
    results = till.push([bad, good]).json()["results"]
    assert results[0]["status"] == "invalid"
    assert "payload.lines.0.qty" in results[0]["error"]
    assert results[1]["status"] == "applied"
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(QuarantinedEvent)) == 1



def test_wrong_store_in_payload_is_invalid(till):
    ev = sale_event(1, store="S2")
    res = till.push([ev]).json()["results"][0]
    assert res["status"] == "invalid" and "store" in res["error"]



def test_unknown_type_is_invalid(till):
    ev = sale_event(1)
    ev["type"] = "sale.teleported"
    assert till.push([ev]).json()["results"][0]["status"] == "invalid"



def test_intent_is_rejected_with_current_state(till):
    ev = sale_event(1)
    pickup_id = str(uuid.uuid4())
    ev["type"], ev["payload"] = "pickup.accepted", {"pickup_id": pickup_id, "version": 3,
                                                    "store_code": "S1"}
    res = till.push([ev]).json()["results"][0]
    assert res["status"] == "rejected"
    assert res["current_state"]["pickup_id"] == pickup_id



def test_seq_clash_in_one_epoch_is_invalid(till):
    till.push([sale_event(1)])
    res = till.push([sale_event(1)]).json()["results"][0]
    assert res["status"] == "invalid" and "device_seq" in res["error"]



def test_hello_reports_last_receipt_seq(till):
    till.push([sale_event(1, receipt_seq=41), sale_event(2, receipt_seq=42)])
    body = till.client.get("/v1/sync/hello", headers=till.headers).json()
    assert body["last_receipt_seq"] == 42 and body["acked_seq"] == 2
