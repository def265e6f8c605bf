"""End-to-end fixtures: a real hub (uvicorn, 127.0.0.1, ephemeral port), tills on temp files."""

from tests.support.sync import live_hub, memory_keyring  # noqa: F401
