"""Hub staff and shift reports on SQLite and PostgreSQL (the hub's own fixtures)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.admin import staff as hub_staff
from omnipos.hub.api.app import create_asgi
from omnipos.hub.reports.shifts import list_shift_reports
from omnipos.hub.store.db import HubDB
from tests.support.hub import hub_db, hub_url, pg_cluster  # noqa: F401


@pytest.fixture
def hub(hub_db: HubDB) -> HubDB:  # noqa: F811
    for code in ("S1", "S2"):
        stores.add_store(
            hub_db, code, name=code, currency="USD", prices="exclusive", taxes=["STD=0.1"]
        )
    return hub_db


def _shift_event(seq: int, store: str = "S1") -> dict[str, object]:
    now = datetime(2026, 11, 26, 18, tzinfo=UTC).isoformat()
    return {
        "event_id": str(uuid.uuid4()),
        "type": "shift.closed",
        "schema_version": 1,
        "device_seq": seq,
        "occurred_at": now,
        "payload": {
            "shift_id": str(uuid.uuid4()),
            "store_code": store,
            "till_code": "T01",
            "currency": "USD",
            "opened_at": now,
            "closed_at": now,
            "opened_by": "Ann",
            "closed_by": "Ann",
            "sales_minor": 1000,
            "returns_minor": 0,
            "expected_cash_minor": 6000,
            "counted_cash_minor": 5990,
            "over_short_minor": -10,
            "pending_events": 2,
        },
    }


def test_staff_feed_and_shift_reports(hub: HubDB) -> None:
    hub_staff.add_staff(hub, "S1", "9", "Mia", "manager", "9753", hasher=FAST_FOR_TESTS)
    with TestClient(create_asgi(hub)) as client:
        reg = client.post(
            "/v1/devices/register",
            json={"enrollment_code": enrollment.make_enrollment_code(hub, "S1"),
                  "device_name": "t"},
        ).json()
        auth = {"Authorization": f"Bearer {reg['token']}"}
        changes = client.get("/v1/sync/pull", headers=auth).json()["changes"]
        staff = [c for c in changes if c["kind"] == "staff"]
        assert len(staff) == 1 and staff[0]["data"]["number"] == "9"
        good, other_store = _shift_event(1), _shift_event(2, store="S2")
        r = client.post(
            "/v1/sync/push",
            headers=auth,
            json={
                "device_id": reg["device_id"],
                "batch_id": str(uuid.uuid4()),
                "epoch": 1,
                "events": [good, other_store],
            },
        )
        assert [x["status"] for x in r.json()["results"]] == ["applied", "invalid"]
    reports = list_shift_reports(hub, "S1", "T01")
    assert len(reports) == 1 and reports[0]["over_short_minor"] == -10
    assert reports[0]["pending_events"] == 2
