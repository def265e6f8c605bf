"""Fixtures for the use case tests: a moveable clock and a signed-in crew (tests/support)."""

from tests.support.staff import clock, crew, staff_svc  # noqa: F401
from tests.support.sync import memory_keyring  # noqa: F401
