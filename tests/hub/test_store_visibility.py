"""What a till may claim and see (issue 15, point 10).

A sale or a Z report must carry the enrolled till's own till code. A till is
sent its own store's full record (taxes and all); other stores reach it only
as directory records with what a look-up needs.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from omnipos.hub.admin import stores
from tests.support.hub import sale_event

DIRECTORY_FIELDS = {"code", "name", "address", "lat", "lon", "opening_hours", "timezone"}


def _z_report(seq: int, till_code: str) -> dict[str, object]:
    now = datetime(2026, 11, 26, 18, tzinfo=UTC).isoformat()
    return {
        "event_id": str(uuid.uuid4()), "type": "shift.closed", "schema_version": 1,
        "device_seq": seq, "occurred_at": now,
        "payload": {"shift_id": str(uuid.uuid4()), "store_code": "S1", "till_code": till_code,
                    "currency": "USD", "opened_at": now, "closed_at": now, "opened_by": "Ann",
                    "closed_by": "Ann", "sales_minor": 0, "returns_minor": 0,
                    "expected_cash_minor": 0, "counted_cash_minor": 0, "over_short_minor": 0,
                    "pending_events": 0},
    }


def test_a_sale_in_another_tills_name_is_invalid(enroll_till):
    first, second = enroll_till("S1", "one"), enroll_till("S1", "two")
    assert (first.till, second.till) == ("T01", "T02")
    res = second.push([sale_event(1, till="T01")]).json()["results"][0]
    assert res["status"] == "invalid"
    assert "payload.till_code" in res["error"] and "T02" in res["error"]
    assert second.push([sale_event(2, till="T02")]).json()["results"][0]["status"] == "applied"


def test_a_z_report_in_another_tills_name_is_invalid(enroll_till):
    enroll_till("S1", "one")
    second = enroll_till("S1", "two")
    results = second.push([_z_report(1, "T01"), _z_report(2, "T02")]).json()["results"]
    assert [r["status"] for r in results] == ["invalid", "applied"]
    assert "payload.till_code" in results[0]["error"]


def test_a_till_gets_its_own_store_in_full_and_the_others_for_look_ups(enroll_till, hub):
    stores.add_store(hub, "S2", name="Harbour", currency="USD", prices="exclusive",
                     taxes=["STD=0.09"], lat="51.5", lon="-0.12",
                     address="1 Quay Road, Harbourtown")
    changes = enroll_till("S1").pull().json()["changes"]
    full = [c["data"] for c in changes if c["kind"] == "store"]
    assert [d["code"] for d in full] == ["S1"]
    assert full[0]["tax_rates"] == {"STD": "0.0825", "RED": "0.02"}
    directory = {c["key"]: c["data"] for c in changes if c["kind"] == "store_directory"}
    assert set(directory) == {"S1", "S2"}
    for entry in directory.values():
        assert set(entry) == DIRECTORY_FIELDS
    harbour = directory["S2"]
    assert (harbour["name"], harbour["address"]) == ("Harbour", "1 Quay Road, Harbourtown")
    assert (harbour["lat"], harbour["lon"]) == ("51.5", "-0.12")
    assert harbour["opening_hours"]
    assert "0.09" not in str([c for c in changes if c["key"] == "S2"])


def test_another_stores_till_never_sees_this_stores_taxes(enroll_till, hub):
    changes = enroll_till("S2").pull().json()["changes"]
    assert not [c for c in changes if c["kind"] == "store" and c["key"] == "S1"]
    assert "0.02" not in str([c for c in changes if c["key"] == "S1"])
