"""Repeated wrong enrollment codes from one address are rate-limited (429 + Retry-After)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from omnipos.domain.errors import PermissionDenied
from omnipos.hub.admin import enrollment, stores
from omnipos.hub.admin.throttle import (
    BLOCK,
    MAX_WRONG_CODES,
    EnrollmentThrottled,
    guarded_enroll,
)
from omnipos.hub.api.app import create_asgi
from omnipos.hub.store.db import HubDB
from omnipos.sync.wire import RegisterRequest
from tests.support.hub import sqlite_hub_db  # noqa: F401


@pytest.fixture
def hub(sqlite_hub_db: HubDB) -> HubDB:  # noqa: F811
    stores.add_store(
        sqlite_hub_db, "A1", name="A", currency="USD", prices="exclusive", taxes=["STD=0.1"]
    )
    return sqlite_hub_db


@pytest.fixture
def client(hub: HubDB) -> Iterator[TestClient]:
    with TestClient(create_asgi(hub)) as c:
        yield c


def _try(client: TestClient, code: str) -> int:
    r = client.post("/v1/devices/register", json={"enrollment_code": code, "device_name": "t"})
    return r.status_code


def test_wrong_codes_get_429_then_even_a_good_code_waits(client: TestClient, hub: HubDB) -> None:
    for _ in range(MAX_WRONG_CODES):
        assert _try(client, "WRONG-CODE1") == 403
    r = client.post(
        "/v1/devices/register", json={"enrollment_code": "WRONG-CODE1", "device_name": "t"}
    )
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    good = enrollment.make_enrollment_code(hub, "A1")
    assert _try(client, good) == 429  # blocked address: the good code is not even looked at
    assert _try(client, good) == 429


def test_block_expires_and_good_codes_do_not_count(hub: HubDB) -> None:
    now = datetime(2026, 11, 26, 12, tzinfo=UTC)

    def clock() -> datetime:
        return now

    bad = RegisterRequest(enrollment_code="NOPE-NOPE1", device_name="t")
    for _ in range(MAX_WRONG_CODES - 1):
        with pytest.raises(PermissionDenied):
            guarded_enroll(hub, bad, "10.0.0.9", clock=clock)
    good = RegisterRequest(enrollment_code=_code(hub), device_name="t")
    assert guarded_enroll(hub, good, "10.0.0.9", clock=clock).store_code == "A1"
    with pytest.raises(PermissionDenied):
        guarded_enroll(hub, bad, "10.0.0.9", clock=clock)
    with pytest.raises(EnrollmentThrottled):
        guarded_enroll(hub, bad, "10.0.0.9", clock=clock)
    other = RegisterRequest(enrollment_code=_code(hub), device_name="u")
    assert guarded_enroll(hub, other, "10.0.0.10", clock=clock)  # another address is not blocked
    later = now + BLOCK + timedelta(seconds=1)
    again = RegisterRequest(enrollment_code=_code(hub), device_name="v")
    assert guarded_enroll(hub, again, "10.0.0.9", clock=lambda: later).store_code == "A1"


def _code(hub: HubDB) -> str:
    return enrollment.make_enrollment_code(hub, "A1")
