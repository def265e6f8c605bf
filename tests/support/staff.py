"""Staff fixtures: a clock tests move by hand, fast PIN hashing, a signed-in crew.

A conftest imports the fixtures it needs from here (``clock``, ``staff_svc``, ``crew``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest

from omnipos.db.engine import Database
from omnipos.domain.permissions import Actor
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.services.staff import StaffService


@dataclass
class FakeClock:
    """A clock tests move by hand (lock-outs, idle time, report windows)."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 26, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> datetime:
        self.now += timedelta(**kw)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def staff_svc(store_db: Database, clock: FakeClock) -> StaffService:
    return StaffService(store_db, clock=clock, hasher=FAST_FOR_TESTS)


@dataclass
class Crew:
    cashier: Actor
    manager: Actor
    admin: Actor


@pytest.fixture
def crew(staff_svc: StaffService) -> Iterator[Crew]:
    staff_svc.add_staff("1", "Cam Cashier", "cashier", "2468", command_line=True)
    staff_svc.add_staff("9", "Mia Manager", "manager", "9753", badge="STAFF-9", command_line=True)
    staff_svc.add_staff("0", "Ada Admin", "admin", "5081", command_line=True)
    yield Crew(staff_svc.login("2468"), staff_svc.login("9753"), staff_svc.login("5081"))
