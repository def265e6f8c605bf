"""Helpers for the sync benches: a hub in a child process, an optional PostgreSQL cluster."""

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


@contextmanager
def hub_process(db_url: str, workers: int = 1) -> Iterator[str]:
    """``omnipos-hub serve`` in a child process; yields its URL once it answers."""
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
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


@contextmanager
def pg_url(use_pg: bool, tmp: Path) -> Iterator[str]:
    """A fresh database URL: a SQLite file in ``tmp`` or a throw-away PostgreSQL cluster."""
    if not use_pg:
        yield f"sqlite:///{tmp / 'hub.sqlite3'}"
        return
    script = ROOT / "scripts" / "pg-test-cluster.sh"
    out = subprocess.run([str(script), "start"], capture_output=True, text=True, check=True)
    url, directory = out.stdout.split()
    try:
        yield url
    finally:
        subprocess.run([str(script), "stop", directory], capture_output=True, check=False)
