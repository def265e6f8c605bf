"""The sync API on the real app: auth, scoping, bad input, limits, epochs (SQLite and
PostgreSQL)."""

from __future__ import annotations

import uuid

from tests.support.hub import sale_event


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
