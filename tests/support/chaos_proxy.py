"""A chaos TCP proxy on loopback: drops, delays, duplicates, resets, cuts, blackholes.

It sits between tills and a hub and knows nothing of HTTP: it draws one fault
per chunk of bytes, so a keep-alive connection carrying many requests meets
faults as often as short ones. Faults:

- ``drop``: a new connection is closed at once, before anything is forwarded;
- ``delay``: a chunk waits ``delay_s`` before it goes on;
- ``reset``: both sides are aborted (RST) instead of forwarding a chunk;
- ``cut_request``: half of a client chunk reaches the hub, then both close;
- ``cut_response``: half of the hub's answer reaches the till, then both close
  (the hub has applied what it was sent: the answer is lost);
- ``duplicate``: when the connection ends, everything the till sent on it is
  replayed to the hub on a fresh connection (the hub sees every request twice);
- ``blackhole``: for ``blackhole_s`` every byte in both directions is swallowed
  and new connections hang, until the window ends and they are reset.

Every listener binds 127.0.0.1. Faults come from a seeded RNG and are counted.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

CONN_FAULTS = ("drop",)
UP_FAULTS = ("delay", "reset", "cut_request", "blackhole")
DOWN_FAULTS = ("delay", "reset", "cut_response")
REPLAY_TIMEOUT = 5.0
REPLAY_IDLE = 1.0
MAX_REPLAY = 1 << 20


@dataclass
class ChaosPlan:
    """Probability of each fault per connection (drop, duplicate) or per chunk (the rest)."""

    drop: float = 0.03
    duplicate: float = 0.05
    delay: float = 0.03
    reset: float = 0.01
    cut_request: float = 0.01
    cut_response: float = 0.015
    blackhole: float = 0.002
    delay_s: float = 0.05
    blackhole_s: float = 1.0
    max_blackholes: int = 5
    seed: int = 1
    counts: Counter[str] = field(default_factory=Counter)


class _Abort(Exception):
    """Stop this connection; how is decided by the fault that raised it."""


class ChaosProxy:
    """``start()`` serves in a thread; ``url`` names it; ``stop()`` ends it (bounded)."""

    def __init__(self, upstream_port: int, plan: ChaosPlan, upstream_host: str = "127.0.0.1"
                 ) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.plan = plan
        self.rng = random.Random(plan.seed)
        self.enabled = True  # False: forward everything untouched
        self.port = 0
        self._blackhole_until = 0.0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, name="chaos-proxy",
                                        daemon=True)
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def counts(self) -> Counter[str]:
        return self.plan.counts

    # -- life cycle ---------------------------------------------------------------

    def start(self) -> ChaosProxy:
        self._thread.start()
        fut = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = fut.result(timeout=10)
        return self

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return int(self._server.sockets[0].getsockname()[1])

    def stop(self, timeout: float = 10.0) -> None:
        async def _close() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.sleep(0)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(_close(), self._loop).result(timeout=timeout)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout)

    # -- faults -----------------------------------------------------------------

    def _roll(self, names: tuple[str, ...]) -> str | None:
        if not self.enabled:
            return None
        roll = self.rng.random()
        acc = 0.0
        for name in names:
            acc += float(getattr(self.plan, name))
            if roll < acc:
                return name
        return None

    def _count(self, fault: str) -> None:
        self.plan.counts[fault] += 1

    def _blackholed(self) -> bool:
        return time.monotonic() < self._blackhole_until

    async def _wait_out_blackhole(self) -> None:
        """Swallow: wait for the window to end, then the connection is reset."""
        remaining = self._blackhole_until - time.monotonic()
        if remaining > 0:
            await asyncio.sleep(remaining)
        raise _Abort("blackhole")

    # -- connections ----------------------------------------------------------

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)  # type: ignore[arg-type]
        try:
            await self._serve(reader, writer)
        finally:
            self._tasks.discard(task)  # type: ignore[arg-type]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self._roll(CONN_FAULTS) == "drop":
            self._count("drop")
            _abort(writer)
            return
        duplicate = self._roll(("duplicate",)) == "duplicate"
        sent = bytearray()
        up_w: asyncio.StreamWriter | None = None
        try:
            if self._blackholed():
                await self._wait_out_blackhole()
            up_r, up_w = await asyncio.wait_for(asyncio.open_connection(*self.upstream), 5.0)
            ups = asyncio.ensure_future(self._pump_up(reader, up_w, sent))
            downs = asyncio.ensure_future(self._pump_down(up_r, writer))
            done, pending = await asyncio.wait({ups, downs}, return_when=asyncio.FIRST_COMPLETED)
            if ups in done and ups.exception() is None and downs in pending:
                # The till finished sending: let the last answer come back (bounded).
                finished, pending = await asyncio.wait(pending, timeout=REPLAY_TIMEOUT * 6)
                done |= finished
            for t in pending:
                t.cancel()
            for t in done:
                failure = t.exception()
                if failure is not None:
                    raise failure
        except _Abort as exc:
            log.debug("chaos: %s", exc)
            _abort(writer)
            if up_w is not None:
                _abort(up_w)
        except (TimeoutError, OSError, asyncio.IncompleteReadError):
            _abort(writer)
            if up_w is not None:
                _abort(up_w)
        else:
            _close(writer)
            if up_w is not None:
                _close(up_w)
        if duplicate and sent:
            self._count("duplicate")
            await self._replay(bytes(sent[-MAX_REPLAY:]))

    async def _pump_up(self, reader: asyncio.StreamReader, up_w: asyncio.StreamWriter,
                       sent: bytearray) -> None:
        while True:
            chunk = await reader.read(65536)
            if not chunk:
                up_w.write_eof() if up_w.can_write_eof() else None
                return
            if self._blackholed():
                await self._wait_out_blackhole()
            fault = self._roll(UP_FAULTS)
            if fault == "blackhole" and self.plan.counts["blackhole"] >= self.plan.max_blackholes:
                fault = None
            if fault:
                self._count(fault)
            if fault == "blackhole":
                self._blackhole_until = time.monotonic() + self.plan.blackhole_s
                await self._wait_out_blackhole()
            if fault == "delay":
                await asyncio.sleep(self.plan.delay_s)
            if fault == "reset":
                raise _Abort("reset (request side)")
            if fault == "cut_request":
                up_w.write(chunk[: max(1, len(chunk) // 2)])
                await up_w.drain()
                sent.extend(chunk[: max(1, len(chunk) // 2)])
                raise _Abort("cut request")
            up_w.write(chunk)
            sent.extend(chunk)
            await up_w.drain()

    async def _pump_down(self, up_r: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            chunk = await up_r.read(65536)
            if not chunk:
                return
            if self._blackholed():
                await self._wait_out_blackhole()
            fault = self._roll(DOWN_FAULTS)
            if fault:
                self._count(fault)
            if fault == "delay":
                await asyncio.sleep(self.plan.delay_s)
            if fault == "reset":
                raise _Abort("reset (response side)")
            if fault == "cut_response":
                writer.write(chunk[: max(1, len(chunk) // 2)])
                await writer.drain()
                raise _Abort("cut response")
            writer.write(chunk)
            await writer.drain()

    async def _replay(self, data: bytes) -> None:
        """Send what the till sent once more on a fresh connection; read the answers, bounded."""
        try:
            r, w = await asyncio.wait_for(asyncio.open_connection(*self.upstream), 5.0)
        except (TimeoutError, OSError):
            return
        try:
            w.write(data)
            await w.drain()
            deadline = time.monotonic() + REPLAY_TIMEOUT
            while time.monotonic() < deadline:
                # The hub keeps the connection alive: stop when it goes quiet.
                idle = min(REPLAY_IDLE, deadline - time.monotonic())
                chunk = await asyncio.wait_for(r.read(65536), max(0.01, idle))
                if not chunk:
                    break
        except (TimeoutError, OSError):
            pass
        finally:
            _close(w)


def _abort(writer: asyncio.StreamWriter) -> None:
    """Close with RST (SO_LINGER 0), as a crashed peer or a middlebox reset would."""
    sock = writer.get_extra_info("socket")
    try:
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    writer.transport.abort()


def _close(writer: asyncio.StreamWriter) -> None:
    try:
        writer.close()
    except OSError:
        pass
