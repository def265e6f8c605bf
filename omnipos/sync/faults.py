"""A fault-injecting httpx transport for tests: drops, delays, resets, 5xx/429, lost responses.

Wraps a real transport to a real hub. Each request draws one fault (or none)
from a seeded RNG, so a failing run can be replayed.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx

log = logging.getLogger(__name__)

FAULTS = ("drop", "delay", "reset_mid_body", "http500", "http503", "http429", "lost_response")


@dataclass
class FaultPlan:
    """Probability of each fault per request; the rest go through untouched."""

    rates: dict[str, float] = field(default_factory=dict)
    seed: int = 1
    delay_s: float = 0.02
    only_paths: tuple[str, ...] = ()  # empty: every path

    @classmethod
    def everything(cls, rate: float = 0.06, seed: int = 1) -> FaultPlan:
        return cls({f: rate for f in FAULTS}, seed=seed)


class FaultyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, plan: FaultPlan) -> None:
        self.inner = inner
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.counts: Counter[str] = Counter()
        self.down = False  # True: the hub is unreachable (every request is refused)
        self._lock = threading.Lock()

    def _draw(self, request: httpx.Request) -> str | None:
        if self.plan.only_paths and request.url.path not in self.plan.only_paths:
            return None
        with self._lock:
            roll = self.rng.random()
        acc = 0.0
        for fault, rate in self.plan.rates.items():
            acc += rate
            if roll < acc:
                return fault
        return None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            self.counts["down"] += 1
            raise httpx.ConnectError("hub is down (injected)", request=request)
        fault = self._draw(request)
        if fault:
            self.counts[fault] += 1
        if fault == "drop":
            raise httpx.ConnectError("connection dropped (injected)", request=request)
        if fault == "reset_mid_body":
            # The request body was cut: the hub never got a whole request.
            raise httpx.WriteError("connection reset while sending the body (injected)",
                                   request=request)
        if fault in ("http500", "http503", "http429"):
            status = int(fault[4:])
            headers = {"Retry-After": "0"} if status != 500 else {}
            return httpx.Response(status, headers=headers, json={"detail": "injected"},
                                  request=request)
        if fault == "delay":
            time.sleep(self.plan.delay_s)
        response = self.inner.handle_request(request)
        if fault == "lost_response":
            # The hub applied the request; the answer never arrives.
            response.read()
            response.close()
            raise httpx.ReadError("connection reset before the response (injected)",
                                  request=request)
        if fault == "truncated":
            response.read()
            return httpx.Response(200, content=response.content[: len(response.content) // 2],
                                  request=request)
        return response

    def close(self) -> None:
        self.inner.close()
