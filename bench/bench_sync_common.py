"""Helpers for the sync benches: a hub in a child process, an optional PostgreSQL cluster,
and the floor of a push: a bare HTTP server that reads each body and answers at once."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of ``pid`` and of every process under it, those still
    running and those already ended (a PostgreSQL backend closed with its connection);
    0.0 where /proc is not there."""
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    try:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        children = [c for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
    except OSError:
        return 0.0
    # utime, stime, then cutime, cstime: the children it has waited for
    return sum(int(f) for f in fields[11:15]) / ticks + sum(
        cpu_seconds(int(child)) for child in children)


@contextmanager
def hub_process(db_url: str, workers: int = 1) -> Iterator[str]:
    """``omnipos-hub serve`` in a child process; yields its URL once it answers."""
    with hub_child(db_url, workers) as (url, _pid):
        yield url


@contextmanager
def hub_child(db_url: str, workers: int = 1) -> Iterator[tuple[str, int]]:
    """``hub_process`` that also yields the child's pid (what its CPU is measured on)."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMNIPOS_HUB_DB=db_url)
    proc = subprocess.Popen(
        [sys.executable, "-m", "omnipos.hub.commands", "serve", "--port", str(port),
         "--workers", str(workers)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/v1/sync/hello", timeout=1).status_code == 401:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("hub did not start")
            time.sleep(0.05)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(30)


# The floor's server: uvicorn, as the hub, with nothing behind it but reading the body.
_BARE_APP = """
import sys, uvicorn

async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = message.get("more_body", False)
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": b'{"results": []}'})

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning")
"""


@contextmanager
def bare_http_server() -> Iterator[str]:
    """A server in a child process that answers every request with 200 and no work."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", _BARE_APP, str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.HTTPError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the bare HTTP server did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


def bare_round_trips(url: str, bodies: list[bytes]) -> float:
    """Seconds to POST each body in turn over one keep-alive connection (the push's floor)."""
    with httpx.Client(base_url=url, timeout=30,
                      headers={"content-type": "application/json"}) as client:
        client.post("/", content=b"{}")  # the connection, as the worker's after its hello
        start = time.perf_counter()
        for body in bodies:
            client.post("/v1/sync/push", content=body).raise_for_status()
        return time.perf_counter() - start


@contextmanager
def pg_url(use_pg: bool, tmp: Path) -> Iterator[str]:
    """A fresh database URL: a SQLite file in ``tmp`` or a throw-away PostgreSQL cluster."""
    with database(use_pg, tmp) as (url, _server):
        yield url


@contextmanager
def database(use_pg: bool, tmp: Path) -> Iterator[tuple[str, int | None]]:
    """``pg_url`` that also yields the PostgreSQL server's pid (None for SQLite)."""
    if not use_pg:
        yield f"sqlite:///{tmp / 'hub.sqlite3'}", None
        return
    script = ROOT / "scripts" / "pg-test-cluster.sh"
    out = subprocess.run([str(script), "start"], capture_output=True, text=True, check=True)
    url, directory = out.stdout.split()
    try:
        pid = (Path(directory) / "data" / "postmaster.pid").read_text().split()[0]
        yield url, int(pid)
    finally:
        subprocess.run([str(script), "stop", directory], capture_output=True, check=False)
