"""Fixtures for the staff tests of the hub and the till's screens."""

from tests.support.staff import Crew, FakeClock, clock, crew, staff_svc  # noqa: F401
from tests.support.sync import live_hub  # noqa: F401  (hub staff and Z report tests)
