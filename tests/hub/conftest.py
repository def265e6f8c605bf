"""Hub fixtures: every hub_db test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from omnipos.hub.admin import enrollment, stores
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB
from tests.support.hub import InProcessTill, hub_db, hub_url, pg_cluster, sqlite_hub_db  # noqa: F401


@pytest.fixture
def hub(hub_db: HubDB) -> HubDB:  # noqa: F811
    stores.add_store(hub_db, "S1", name="Main St", currency="USD", prices="exclusive",
                     taxes=["STD=0.0825", "RED=0.02"])
    stores.add_store(hub_db, "S2", name="Harbour", currency="USD", prices="exclusive",
                     taxes=["STD=0.0825"])
    return hub_db


@pytest.fixture
def client(hub: HubDB) -> Iterator[TestClient]:
    with TestClient(create_asgi(hub), raise_server_exceptions=True) as c:
        yield c


def enroll(client: TestClient, hub: HubDB, store: str = "S1", name: str = "till") -> InProcessTill:
    code = enrollment.make_enrollment_code(hub, store)
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": name})
    assert r.status_code == 200, r.text
    return InProcessTill(client, r.json())


@pytest.fixture
def enroll_till(client: TestClient, hub: HubDB):  # type: ignore[no-untyped-def]
    return lambda store="S1", name="till": enroll(client, hub, store, name)


@pytest.fixture
def till(client: TestClient, hub: HubDB) -> InProcessTill:
    return enroll(client, hub, "S1")
