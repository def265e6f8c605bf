"""NUL characters from a till, on SQLite and on PostgreSQL (which cannot store them in text).

Found by probing the hub on PostgreSQL: a NUL in a device name, an event type or
a SKU reached a text column and the hub answered 500. The wire schema refuses
them (422; the till narrows the batch down and quarantines that one event).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from omnipos.hub.admin import enrollment, stores
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB
from tests.support.hub import hub_db, hub_url, pg_cluster, sale_event  # noqa: F401


@pytest.fixture
def client(hub_db: HubDB) -> Iterator[TestClient]:  # noqa: F811
    stores.add_store(hub_db, "S1", name="Main St", currency="USD", prices="exclusive",
                     taxes=["STD=0.0825"])
    with TestClient(create_asgi(hub_db), raise_server_exceptions=False) as c:
        c.app_state_db = hub_db  # type: ignore[attr-defined]
        yield c


def _register(c: TestClient, db: HubDB, name: str = "till") -> Any:
    return c.post("/v1/devices/register",
                  json={"enrollment_code": enrollment.make_enrollment_code(db, "S1"),
                        "device_name": name})


def test_nul_in_a_device_name_is_a_422(client: TestClient, hub_db: HubDB) -> None:  # noqa: F811
    assert _register(client, hub_db, "till\x00one").status_code == 422


def _set_type(e: dict[str, Any]) -> None:
    e["type"] = "sale.\x00"


def _set_sku(e: dict[str, Any]) -> None:
    e["payload"]["lines"][0]["sku"] = "A\x00"
    e["payload"]["stock"][0]["sku"] = "A\x00"


def _set_receipt(e: dict[str, Any]) -> None:
    e["payload"]["receipt_no"] = "S1-T01\x00"


@pytest.mark.parametrize("mutate", [_set_type, _set_sku, _set_receipt])
def test_nul_in_an_event_is_never_a_500(client: TestClient, hub_db: HubDB,  # noqa: F811
                                        mutate: Callable[[dict[str, Any]], None]) -> None:
    reg = _register(client, hub_db).json()
    headers = {"Authorization": f"Bearer {reg['token']}"}
    event = sale_event(1)
    mutate(event)
    body = {"device_id": reg["device_id"], "batch_id": str(uuid.uuid4()), "epoch": 1,
            "events": [event]}
    r = client.post("/v1/sync/push", headers=headers, json=body)
    assert r.status_code in (200, 422), (r.status_code, r.text[:300])
    if r.status_code == 200:
        assert r.json()["results"][0]["status"] == "invalid"
    ok = client.post("/v1/sync/push", headers=headers, json={**body, "events": [sale_event(1)]})
    assert ok.status_code == 200 and ok.json()["results"][0]["status"] == "applied", ok.text
