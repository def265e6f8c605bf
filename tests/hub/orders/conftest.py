"""Orders fixtures: the seed's network on SQLite and PostgreSQL, a channel client, a till."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from omnipos.hub.admin import enrollment
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB
from tests.support.hub import InProcessTill, hub_db, hub_url, pg_cluster  # noqa: F401
from tests.support.orders import seed_network


class Channel:
    """A web shop calling the channel API."""

    def __init__(self, client: TestClient, token: str) -> None:
        self.client, self.headers = client, {"Authorization": f"Bearer {token}"}

    def post(self, body: dict[str, Any]) -> Any:
        return self.client.post("/v1/orders", json=body, headers=self.headers)

    def get(self, order_id: str) -> Any:
        return self.client.get(f"/v1/orders/{order_id}", headers=self.headers)

    def cancel(self, order_id: str, reason: str = "") -> Any:
        return self.client.post(f"/v1/orders/{order_id}/cancel", json={"reason": reason},
                                headers=self.headers)


@pytest.fixture
def net(hub_db: HubDB) -> tuple[HubDB, str]:  # noqa: F811
    return hub_db, seed_network(hub_db)


@pytest.fixture
def client(net: tuple[HubDB, str]) -> Iterator[TestClient]:
    with TestClient(create_asgi(net[0]), raise_server_exceptions=True) as c:
        yield c


@pytest.fixture
def shop(client: TestClient, net: tuple[HubDB, str]) -> Channel:
    return Channel(client, net[1])


@pytest.fixture
def hub(net: tuple[HubDB, str]) -> HubDB:
    return net[0]


def enroll_at(client: TestClient, hub: HubDB, store: str) -> InProcessTill:
    code = enrollment.make_enrollment_code(hub, store)
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": store})
    assert r.status_code == 200, r.text
    return InProcessTill(client, r.json())
