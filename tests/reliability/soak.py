"""Simulated tills for the soak test: asyncio clients that register, hello, push, pull."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

import httpx

from tests.support.hub import sale_event


@dataclass
class SoakStats:
    requests: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    retried: list[str] = field(default_factory=list)
    events_sent: int = 0
    events_applied: int = 0
    latencies: list[float] = field(default_factory=list)

    def p99_ms(self) -> float:
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


@dataclass
class SimTill:
    device_id: str
    token: str
    store: str
    till: str
    seq: int = 0
    cursor: str | None = None
    unacked: list[dict[str, object]] = field(default_factory=list)


async def register(client: httpx.AsyncClient, codes: list[tuple[str, str]]) -> list[SimTill]:
    tills = []
    for i, (_store, code) in enumerate(codes):
        r = await client.post("/v1/devices/register",
                              json={"enrollment_code": code, "device_name": f"sim-{i}"})
        r.raise_for_status()
        body = r.json()
        tills.append(SimTill(body["device_id"], body["token"], body["store_code"],
                             body["till_code"]))
    return tills


async def _call(client: httpx.AsyncClient, stats: SoakStats, kind: str, method: str, path: str,
                till: SimTill, **kwargs: object) -> httpx.Response | None:
    started = time.monotonic()
    headers = {"Authorization": f"Bearer {till.token}"}
    try:
        try:
            r = await client.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
        except (httpx.ReadError, httpx.RemoteProtocolError, httpx.WriteError) as exc:
            # A kept-alive connection the hub closed as the request went out: a real till
            # takes it as a network fault and sends the same thing again. Counted, retried
            # once; only a second failure is an error.
            stats.retried.append(f"{kind}: {type(exc).__name__}")
            r = await client.request(method, path, headers=headers, **kwargs)  # type: ignore[arg-type]
    except httpx.HTTPError as exc:
        stats.errors.append(f"{kind}: {type(exc).__name__}: {exc}")
        return None
    stats.latencies.append(time.monotonic() - started)
    stats.requests[kind] += 1
    if r.status_code != 200:
        stats.errors.append(f"{kind}: {r.status_code} {r.text[:200]}")
        return None
    return r


async def run_till(client: httpx.AsyncClient, till: SimTill, stats: SoakStats, until: float,
                   rng: random.Random, think: tuple[float, float]) -> None:
    """Like a real till: hello now and then, push small batches of sales, pull the feed."""
    while time.monotonic() < until:
        roll = rng.random()
        if roll < 0.1:
            await _call(client, stats, "hello", "GET", "/v1/sync/hello", till)
        elif roll < 0.3:
            params = {"limit": 200, **({"cursor": till.cursor} if till.cursor else {})}
            r = await _call(client, stats, "pull", "GET", "/v1/sync/pull", till, params=params)
            if r is not None:
                till.cursor = r.json()["next_cursor"]
        else:
            if not till.unacked:  # a real till resends the same events until acknowledged
                for _ in range(rng.randint(1, 5)):
                    till.seq += 1
                    till.unacked.append(sale_event(
                        till.seq, store=till.store, till=till.till,
                        lines=[(rng.choice("ABC"), 199, str(rng.randint(1, 3)))]))
                stats.events_sent += len(till.unacked)
            body = {"device_id": till.device_id, "batch_id": str(uuid.uuid4()), "epoch": 1,
                    "events": till.unacked}
            r = await _call(client, stats, "push", "POST", "/v1/sync/push", till, json=body)
            if r is not None:
                statuses = Counter(x["status"] for x in r.json()["results"])
                stats.events_applied += statuses["applied"] + statuses["duplicate"]
                if not set(statuses) <= {"applied", "duplicate"}:
                    stats.errors.append(f"push results {dict(statuses)}")
                till.unacked = []
        await asyncio.sleep(rng.uniform(*think))  # pacing of a till, not a wait for a condition


async def soak(base_url: str, codes: list[tuple[str, str]], seconds: float,
               think: tuple[float, float], on_tick=None) -> SoakStats:  # type: ignore[no-untyped-def]
    stats = SoakStats()
    # Idle connections are dropped well before the hub's keep-alive timeout (uvicorn: 5 s):
    # with equal timeouts a request can race the server's close and die with a ReadError.
    limits = httpx.Limits(max_connections=len(codes) + 10,
                          max_keepalive_connections=len(codes) + 10, keepalive_expiry=2.0)
    async with httpx.AsyncClient(base_url=base_url, timeout=httpx.Timeout(60.0, connect=10.0),
                                 limits=limits) as client:
        tills = await register(client, codes)
        until = time.monotonic() + seconds
        rng = random.Random(99)
        tasks = [asyncio.create_task(
                     run_till(client, t, stats, until, random.Random(rng.random()), think))
                 for t in tills]
        ticker = asyncio.create_task(_tick(on_tick, until)) if on_tick else None
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 180)
        if ticker is not None:
            ticker.cancel()
    return stats


async def _tick(on_tick, until: float) -> None:  # type: ignore[no-untyped-def]
    while time.monotonic() < until:
        on_tick()
        await asyncio.sleep(5.0)  # a sampling period for RSS
