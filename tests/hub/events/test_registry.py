"""The handler registry: every type the protocol names has one; each family does its part."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import func, select

from omnipos.hub.events.registry import HANDLERS
from omnipos.hub.stock import levels
from omnipos.hub.store.models import EventRecord, QuarantinedEvent, SaleRecord, StockEntry
from omnipos.sync.events import FACTS, INTENTS, EventType
from tests.support.hub import sale_event


def _event(seq: int, type_: str, payload: dict[str, object]) -> dict[str, object]:
    return {
        "event_id": str(uuid.uuid4()), "type": type_, "schema_version": 1, "device_seq": seq,
        "occurred_at": datetime.now(UTC).isoformat(), "payload": payload,
    }


def _count(hub, model) -> int:  # type: ignore[no-untyped-def]
    with hub.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_every_fact_and_intent_has_a_handler_and_nothing_else() -> None:
    assert set(HANDLERS) == FACTS | INTENTS


def _adjusted(store: str, sku: str, quantity: str, reason: str) -> dict[str, object]:
    return {"adjustment_id": str(uuid.uuid4()), "store_code": store, "till_code": "T01",
            "sku": sku, "quantity": quantity, "reason": reason,
            "adjusted_at": datetime.now(UTC).isoformat()}


def test_a_stock_adjustment_moves_stock_the_way_its_reason_says(till, hub) -> None:
    found = _event(1, EventType.STOCK_ADJUSTED, _adjusted("S1", "A", "5", "found"))
    damaged = _event(2, EventType.STOCK_ADJUSTED, _adjusted("S1", "B", "0.5", "damaged"))
    assert [r["status"] for r in till.push([found, damaged]).json()["results"]] == \
        ["applied", "applied"]
    assert levels.show(hub, "A") == {"S1": "5"} and levels.show(hub, "B") == {"S1": "-0.5"}
    assert levels.show_buckets(hub, "B") == {"S1": {"sellable": "-0.5", "damaged": "0.5"}}
    with hub.read() as s:
        assert set(s.scalars(select(StockEntry.reason))) == {"adjust:found", "adjust:damaged"}
    stock = [c["data"] for c in till.pull().json()["changes"]
             if c["kind"] == "stock" and "bucket" not in c["data"]]
    assert {d["sku"]: d["level"] for d in stock} == {"A": "5", "B": "-0.5"}


def test_a_fact_for_another_store_is_quarantined_and_moves_nothing(till, hub) -> None:
    ev = _event(1, EventType.STOCK_ADJUSTED, _adjusted("S2", "A", "1", "found"))
    res = till.push([ev]).json()["results"][0]
    assert res["status"] == "invalid" and "payload.store_code" in res["error"]
    assert levels.show(hub, "A") == {} and _count(hub, EventRecord) == 0


def test_a_payload_its_model_refuses_is_quarantined_before_anything_is_written(till, hub) -> None:
    bad = sale_event(1)
    del bad["payload"]["receipt_no"]  # type: ignore[attr-defined]
    res = till.push([bad]).json()["results"][0]
    assert res["status"] == "invalid" and res["error"].startswith("payload.receipt_no:")
    assert _count(hub, EventRecord) == 0 and _count(hub, SaleRecord) == 0
    assert _count(hub, QuarantinedEvent) == 1 and levels.show(hub, "A") == {}


def test_a_pickup_intent_about_no_known_order_is_refused_a_malformed_one_quarantined(
        till, hub) -> None:
    unknown = str(uuid.uuid4())
    ready = _event(1, EventType.PICKUP_READY,
                   {"pickup_id": unknown, "version": 2, "store_code": "S1"})
    results = till.push([ready, _event(2, EventType.PICKUP_REJECTED, {})]).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "invalid"]
    assert results[0]["current_state"] == {"pickup_id": unknown, "state": "unknown",
                                           "version": 0}
    assert results[1]["error"].startswith("payload.pickup_id:")
    again = till.push([ready]).json()["results"][0]  # kept with its outcome: same answer again
    assert again["status"] == "duplicate" and again["original_status"] == "rejected"
    assert again["current_state"] == results[0]["current_state"]


def test_a_shift_reported_twice_is_quarantined_the_second_time(till, hub) -> None:
    now = datetime.now(UTC).isoformat()
    report = {"shift_id": str(uuid.uuid4()), "store_code": "S1", "till_code": "T01",
              "currency": "USD", "opened_at": now, "closed_at": now,
              "expected_cash_minor": 100, "counted_cash_minor": 100, "over_short_minor": 0}
    results = till.push([_event(1, EventType.SHIFT_CLOSED, report),
                         _event(2, EventType.SHIFT_CLOSED, report)]).json()["results"]
    assert results[0]["status"] == "applied"
    assert results[1]["status"] == "invalid" and "already reported" in results[1]["error"]
