"""Soak: 200 simulated tills against a hub process; zero errors, memory flat.

``make test``: ~20 seconds. ``make reliability``: 10 minutes. The hub's RSS
is printed at start (after warm-up) and at the end, and sampled in between.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

from sqlalchemy import func, select

from omnipos.hub.admin import enrollment
from omnipos.hub.store.db import open_hub_db
from omnipos.hub.store.models import EventRecord
from tests.reliability.conftest import scale
from tests.reliability.hubproc import HubProcess, free_port, seed_hub
from tests.reliability.soak import soak

TILLS = 200


def test_200_tills_soak(tmp_path: Path, record) -> None:  # type: ignore[no-untyped-def]
    seconds = scale(20, 600)
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    seed_hub(url)
    admin = open_hub_db(url)
    hub = HubProcess(url, free_port(), tmp_path / "hub.log")
    hub.start()
    try:
        codes = [(store, enrollment.make_enrollment_code(admin, store))
                 for store in ("S1", "S2") for _ in range(TILLS // 2)]
        # Warm-up (every code path once, caches filled) so the first RSS is the steady one.
        asyncio.run(soak(hub.url, codes[:4], 3.0, (0.05, 0.1)))
        rss_start = hub.rss_kb()
        samples: list[int] = []
        started = time.monotonic()
        stats = asyncio.run(soak(hub.url, codes[4:] + [
            (s, enrollment.make_enrollment_code(admin, s)) for s in ("S1", "S2") for _ in range(2)],
            seconds, (3.0, 6.0), on_tick=lambda: samples.append(hub.rss_kb())))
        elapsed = time.monotonic() - started
        rss_end = hub.rss_kb()
        with admin.read() as s:
            stored = int(s.scalar(select(func.count()).select_from(EventRecord)) or 0)
        half = len(samples) // 2
        first, second = samples[:half] or [rss_start], samples[half:] or [rss_end]
        growth_kb = max(second) - max(first)
        total = sum(stats.requests.values())
        figure = (f"{TILLS} tills {elapsed:.0f}s, {total} requests ({dict(stats.requests)}), "
                  f"{stats.events_applied} events, {len(stats.retried)} transport faults retried "
                  f"once, p99 {stats.p99_ms():.0f} ms, hub RSS start "
                  f"{rss_start / 1024:.1f} MB end {rss_end / 1024:.1f} MB "
                  f"(2nd-half peak {growth_kb / 1024:+.1f} MB vs 1st)")
        print(f"hub RSS at start {rss_start} kB, at end {rss_end} kB")
        record("soak, 200 tills", runs=total, failures=len(stats.errors), figure=figure)
        assert stats.errors == [], stats.errors[:10]
        assert stats.events_applied == stats.events_sent
        assert stored >= stats.events_applied
        # Flat: no growth between the first and second half beyond noise (allocator, caches).
        assert growth_kb < max(20 * 1024, rss_start // 5), samples
    finally:
        hub.kill(signal.SIGTERM)
        admin.close()
