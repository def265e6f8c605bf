"""Test doubles at the operating-system boundary: a TCP receipt printer on loopback."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field

DLE_EOT = b"\x10\x04"
_BASE = 0x12  # bits 1 and 4 are always set in a status answer


@dataclass
class FakeTcpPrinter:
    """A network receipt printer on 127.0.0.1 that keeps every job it gets.

    ``state`` decides its DLE EOT answers: "ok", "paper_low", "paper_out",
    "cover_open", "offline" or "silent" (never answers). One connection is a
    job; status queries are answered and not kept in the job's bytes.
    """

    state: str = "ok"
    port: int = 0
    runs_out_after_job: bool = False  # the paper ends while printing the next job
    jobs: list[bytes] = field(default_factory=list)
    queries: list[int] = field(default_factory=list)
    _server: socket.socket | None = None
    _thread: threading.Thread | None = None
    _cond: threading.Condition = field(default_factory=threading.Condition)

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> FakeTcpPrinter:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(8)
        self.port = server.getsockname()[1]
        self._server = server
        self._thread = threading.Thread(target=self._serve, name="fake-printer", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            try:
                server.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            server.close()
        if self._thread is not None:
            self._thread.join(5)

    def wait_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        """Block until ``count`` non-empty jobs arrived; returns them."""
        with self._cond:
            self._cond.wait_for(lambda: len(self.jobs) >= count, timeout)
            return list(self.jobs)

    def _answer(self, n: int) -> bytes:
        self.queries.append(n)
        state = self.state
        if state == "silent":
            return b""
        value = _BASE
        if n == 1 and state in ("paper_out", "cover_open", "offline"):
            value |= 0x08
        elif n == 2:
            value |= {"cover_open": 0x04, "paper_out": 0x20}.get(state, 0)
        elif n == 4:
            value |= {"paper_out": 0x60, "paper_low": 0x0C}.get(state, 0)
        return bytes([value])

    def _serve(self) -> None:
        while self._server is not None:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                self._handle(conn)

    def _handle(self, conn: socket.socket) -> None:
        job = bytearray()
        pending = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            data = pending + chunk
            pending = b""
            i = 0
            while i < len(data):
                if data[i:i + 2] == DLE_EOT:
                    if i + 2 >= len(data):
                        pending = data[i:]
                        break
                    answer = self._answer(data[i + 2])
                    if answer:
                        conn.sendall(answer)
                    i += 3
                    continue
                job.append(data[i])
                i += 1
            if job and self.runs_out_after_job:
                self.state = "paper_out"
        if job:
            with self._cond:
                self.jobs.append(bytes(job))
                self._cond.notify_all()
