"""Security test fixtures: the staff fixtures, a live hub and an in-memory keyring."""

from tests.support.staff import Crew, FakeClock, clock, crew, staff_svc  # noqa: F401
from tests.support.sync import live_hub, memory_keyring  # noqa: F401
