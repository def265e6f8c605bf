"""Enrollment through the API: one-time codes, till codes per store (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from omnipos.hub.admin import enrollment


def test_register_gives_token_and_codes_are_one_time(client, hub):
    code = enrollment.make_enrollment_code(hub, "S1")
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    assert r.status_code == 200
    body = r.json()
    assert body["store_code"] == "S1" and body["till_code"] == "T01" and len(body["token"]) > 30
    again = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    assert again.status_code == 403
    assert "used or expired" in again.json()["detail"]



def test_expired_code_is_refused(client, hub):
    code = enrollment.make_enrollment_code(hub, "S1", ttl=timedelta(seconds=-1))
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    assert r.status_code == 403



def test_second_till_gets_next_code(enroll_till):
    assert enroll_till().till == "T01"
    assert enroll_till().till == "T02"
    assert enroll_till("S2").till == "T01"
