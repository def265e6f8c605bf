"""The hub as an operator runs it: `omnipos-hub serve --workers N`, uvicorn processes
sharing one database (PostgreSQL for N > 1), on a free port of this machine."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]

__all__ = ["served_hub"]


def _worker_processes(pid: int) -> int:
    """How many processes the server at ``pid`` runs beneath it (uvicorn's workers)."""
    children = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += len((task / "children").read_text().split())
    return children


@contextmanager
def served_hub(db_url: str, log_path: Path, *, workers: int = 2) -> Iterator[str]:
    """Serve the hub database at ``db_url`` with ``workers`` processes; yields its base URL
    once it answers and every worker is up. Its output goes to ``log_path``."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMNIPOS_HUB_DB=db_url)
    log = log_path.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "omnipos.hub.commands", "serve", "--port", str(port),
         "--workers", str(workers)], env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        pause = threading.Event()  # never set: its wait() is the pause between checks
        for _ in range(600):
            if proc.poll() is not None:
                pytest.fail(f"the hub stopped: {log_path.read_text()[-2000:]}")
            try:
                if (httpx.get(f"{base}/v1/sync/hello", timeout=1).status_code == 401
                        and (workers < 2 or _worker_processes(proc.pid) >= workers)):
                    break
            except httpx.HTTPError:
                pass
            pause.wait(0.1)
        else:
            pytest.fail(f"the hub with {workers} workers never answered")
        yield base
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()
