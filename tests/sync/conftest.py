"""Sync fixtures: a real hub on an ephemeral port, tills on temp SQLite files."""

from tests.support.sync import live_hub, memory_keyring  # noqa: F401
