"""The sync API on the real app, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select

from omnipos.hub import feed, stores
from omnipos.hub.models import QuarantinedEvent, SaleRecord
from omnipos.hub.testing import sale_event


def test_register_gives_token_and_codes_are_one_time(client, hub):
    code = stores.make_enrollment_code(hub, "S1")
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    assert r.status_code == 200
    body = r.json()
    assert body["store_code"] == "S1" and body["till_code"] == "T01" and len(body["token"]) > 30
    again = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    assert again.status_code == 403
    assert "used or expired" in again.json()["detail"]


def test_expired_code_is_refused(client, hub):
    code = stores.make_enrollment_code(hub, "S1", ttl=timedelta(seconds=-1))
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    assert r.status_code == 403


def test_second_till_gets_next_code(enroll_till):
    assert enroll_till().till == "T01"
    assert enroll_till().till == "T02"
    assert enroll_till("S2").till == "T01"


def test_hello(till):
    r = till.client.get("/v1/sync/hello", headers=till.headers)
    assert r.status_code == 200
    body = r.json()
    assert body["protocol_versions"] == [1]
    assert body["acked_seq"] == 0 and body["epoch"] == 1
    assert body["limits"]["max_batch_events"] > 0


def test_no_or_bad_token_is_401(client):
    assert client.get("/v1/sync/hello").status_code == 401
    r = client.get("/v1/sync/hello", headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


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
    ev["type"], ev["payload"] = "pickup.accepted", {"order_id": "W-1", "version": 3}
    res = till.push([ev]).json()["results"][0]
    assert res["status"] == "rejected"
    assert res["current_state"]["order_id"] == "W-1"


def test_device_may_not_push_or_pull_for_another(enroll_till):
    a, b = enroll_till("S1"), enroll_till("S2")
    r = a.client.post(
        "/v1/sync/push", headers=a.headers,
        json={"device_id": b.device_id, "batch_id": str(uuid.uuid4()), "events": []},
    )
    assert r.status_code == 403
    assert a.pull(store="S2").status_code == 403
    assert a.pull(store="S1").status_code == 200


def test_bad_input_is_422_with_the_field_never_500(till):
    r = till.client.post("/v1/sync/push", headers=till.headers, content=b"{not json")
    assert r.status_code == 422
    ev = sale_event(1)
    ev["device_seq"] = 0
    r = till.push([ev])
    assert r.status_code == 422
    assert r.json()["detail"][0]["field"] == "body.events.0.device_seq"
    ev = sale_event(1)
    ev["occurred_at"] = "2026-01-01T10:00:00"  # no offset
    r = till.push([ev])
    assert r.status_code == 422 and "occurred_at" in r.json()["detail"][0]["field"]
    r = till.pull(limit=0)
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "query.limit"
    r = till.pull(cursor="!!!")
    assert r.status_code == 422 and r.json()["detail"][0]["field"] == "query.cursor"
    r = till.client.post("/v1/devices/register", json={"enrollment_code": 5})
    assert r.status_code == 422


def test_body_limit_is_413_with_the_limit(till):
    r = till.client.post("/v1/sync/push", headers=till.headers, content=b"x" * (3 * 1024 * 1024))
    assert r.status_code == 413
    assert r.json()["limit"] == 2 * 1024 * 1024


def test_stale_epoch_is_409_and_new_epoch_restarts_sequence(till):
    assert till.push([sale_event(1)]).json()["acked_seq"] == 1
    r = till.client.post("/v1/sync/epoch", headers=till.headers,
                         json={"device_id": till.device_id})
    assert r.json()["epoch"] == 2
    assert till.push([sale_event(1)], epoch=1).status_code == 409
    res = till.push([sale_event(1)], epoch=2).json()
    assert res["results"][0]["status"] == "applied" and res["acked_seq"] == 1


def test_seq_clash_in_one_epoch_is_invalid(till):
    till.push([sale_event(1)])
    res = till.push([sale_event(1)]).json()["results"][0]
    assert res["status"] == "invalid" and "device_seq" in res["error"]


def test_hello_reports_last_receipt_seq(till):
    till.push([sale_event(1, receipt_seq=41), sale_event(2, receipt_seq=42)])
    body = till.client.get("/v1/sync/hello", headers=till.headers).json()
    assert body["last_receipt_seq"] == 42 and body["acked_seq"] == 2


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
    assert kinds.count("store") == 2 and kinds.count("product") == 25
    assert till.pull(cursor).json()["changes"] == []


def test_pull_is_scoped_to_the_devices_store(enroll_till):
    a, b = enroll_till("S1"), enroll_till("S2")
    a.push([sale_event(1, store="S1", lines=[("A", 100, "3")])])
    b.push([sale_event(1, store="S2", lines=[("A", 100, "2")])])
    stock_a = [c for c in a.pull().json()["changes"] if c["kind"] == "stock"]
    assert stock_a == [{"kind": "stock", "key": "S1:A",
                        "data": {"store": "S1", "sku": "A", "level": "-3"}}]


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
