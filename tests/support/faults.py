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


class ChaosProxy:
    """A loopback TCP proxy in front of the hub that breaks real connections.

    Per HTTP request it draws one of: ``pass``; ``delay``; ``reset_mid_body``
    (the hub gets the headers and half the body, then both sockets are reset);
    ``lost_response`` (the hub answers, the till's socket is reset instead).
    """

    def __init__(self, target_port: int, rates: dict[str, float], seed: int = 1,
                 delay_s: float = 0.02) -> None:
        import socket

        self.target = ("127.0.0.1", target_port)
        self.rates = rates
        self.rng = random.Random(seed)
        self.delay_s = delay_s
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = int(self._sock.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="chaos-proxy", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopped.set()
        self._sock.close()
        self._thread.join(5)

    def _draw(self) -> str:
        with self._lock:
            roll = self.rng.random()
            acc = 0.0
            for mode, rate in self.rates.items():
                acc += rate
                if roll < acc:
                    self.counts[mode] += 1
                    return mode
            self.counts["pass"] += 1
            return "pass"

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    @staticmethod
    def _reset(sock: object) -> None:
        import socket
        import struct

        assert isinstance(sock, socket.socket)
        try:  # SO_LINGER 0: close() sends RST instead of FIN
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        sock.close()

    @staticmethod
    def _read_message(sock: object, buf: bytearray) -> bytes | None:
        """One HTTP/1.1 message (headers + Content-Length body) from ``sock``."""
        import socket

        assert isinstance(sock, socket.socket)
        while b"\r\n\r\n" not in buf:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            buf.extend(chunk)
        head_end = buf.index(b"\r\n\r\n") + 4
        length = 0
        for line in bytes(buf[:head_end]).split(b"\r\n"):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(buf) < head_end + length:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            buf.extend(chunk)
        message = bytes(buf[: head_end + length])
        del buf[: head_end + length]
        return message

    def _serve(self, client: object) -> None:
        import socket

        assert isinstance(client, socket.socket)
        buf = bytearray()
        try:
            while True:
                request = self._read_message(client, buf)
                if request is None:
                    client.close()
                    return
                mode = self._draw()
                upstream = socket.create_connection(self.target)
                if mode == "reset_mid_body":
                    upstream.sendall(request[: max(1, len(request) - max(1, len(request) // 4))])
                    self._reset(upstream)
                    self._reset(client)
                    return
                if mode == "delay":
                    time.sleep(self.delay_s)
                upstream.sendall(request)
                response = self._read_message(upstream, bytearray())
                upstream.close()
                if response is None or mode == "lost_response":
                    self._reset(client)
                    return
                client.sendall(response)
        except OSError:
            self._reset(client)
