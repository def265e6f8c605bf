"""Hub access control: store scoping (403), revoked devices (401), one-time codes."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient

from omnipos.hub.admin import enrollment, stores
from omnipos.hub.admin.enrollment import revoke_till
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB
from tests.support.hub import sale_event, sqlite_hub_db  # noqa: F401


@pytest.fixture
def hub(sqlite_hub_db: HubDB) -> HubDB:  # noqa: F811
    for code in ("A1", "B2"):
        stores.add_store(
            sqlite_hub_db, code, name=code, currency="USD", prices="exclusive", taxes=["STD=0.0825"]
        )
    return sqlite_hub_db


@pytest.fixture
def client(hub: HubDB) -> Iterator[TestClient]:
    with TestClient(create_asgi(hub)) as c:
        yield c


def _register(client: TestClient, code: str) -> dict[str, str]:
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "till"})
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def _auth(reg: dict[str, str]) -> dict[str, str]:
    return {"Authorization": f"Bearer {reg['token']}"}


def test_device_of_store_a_gets_403_for_store_b(client: TestClient, hub: HubDB) -> None:
    a = _register(client, enrollment.make_enrollment_code(hub, "A1"))
    b = _register(client, enrollment.make_enrollment_code(hub, "B2"))
    assert client.get("/v1/sync/pull", params={"store": "B2"}, headers=_auth(a)).status_code == 403
    assert client.get("/v1/sync/pull", params={"store": "A1"}, headers=_auth(a)).status_code == 200
    push_b = {"device_id": b["device_id"], "batch_id": str(uuid.uuid4()), "epoch": 1, "events": []}
    assert client.post("/v1/sync/push", json=push_b, headers=_auth(a)).status_code == 403
    # An event claiming store B from a device of store A is not applied to B.
    push_a = {
        "device_id": a["device_id"],
        "batch_id": str(uuid.uuid4()),
        "epoch": 1,
        "events": [sale_event(1, store="B2")],
    }
    r = client.post("/v1/sync/push", json=push_a, headers=_auth(a))
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "invalid"


def test_revoked_device_gets_401(client: TestClient, hub: HubDB) -> None:
    a = _register(client, enrollment.make_enrollment_code(hub, "A1"))
    assert client.get("/v1/sync/hello", headers=_auth(a)).status_code == 200
    revoke_till(hub, a["device_id"])
    for method, path in (("GET", "/v1/sync/hello"), ("GET", "/v1/sync/pull")):
        assert client.request(method, path, headers=_auth(a)).status_code == 401
    push = {"device_id": a["device_id"], "batch_id": str(uuid.uuid4()), "epoch": 1, "events": []}
    assert client.post("/v1/sync/push", json=push, headers=_auth(a)).status_code == 401
    # coming back needs a fresh one-time code, and gives a new token
    again = _register(client, enrollment.make_enrollment_code(hub, "A1"))
    assert again["token"] != a["token"]


def test_enrollment_code_works_once(client: TestClient, hub: HubDB) -> None:
    code = enrollment.make_enrollment_code(hub, "A1")
    _register(client, code)
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "x"})
    assert r.status_code == 403


def test_enrollment_code_expires(client: TestClient, hub: HubDB) -> None:
    code = enrollment.make_enrollment_code(hub, "A1", ttl=timedelta(seconds=-1))
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "x"})
    assert r.status_code == 403


def test_no_token_or_garbage_token_is_401(client: TestClient) -> None:
    assert client.get("/v1/sync/hello").status_code == 401
    assert client.get("/v1/sync/hello", headers={"Authorization": "Bearer nope"}).status_code == 401
