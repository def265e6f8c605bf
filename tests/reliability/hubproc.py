"""A hub in its own process (``omnipos-hub serve``) that a test can kill and restart,
and a throw-away PostgreSQL cluster that a test can stop and start under it.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from omnipos.hub.admin import stores
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.store.db import open_hub_db
from tests.support.sync import CATALOG

ROOT = Path(__file__).resolve().parents[2]
PG_SCRIPT = ROOT / "scripts" / "pg-test-cluster.sh"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(condition, seconds: float, what: str, every: float = 0.05) -> None:  # type: ignore[no-untyped-def]
    """Poll an observable condition until it holds or the deadline passes."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(every)
    raise AssertionError(f"timed out after {seconds:.0f}s waiting for {what}")


def seed_hub(url: str) -> None:
    """Two stores and the test catalog, written before the hub process starts."""
    db = open_hub_db(url)
    try:
        for code, name in (("S1", "Main St"), ("S2", "Harbour")):
            stores.add_store(db, code, name=name, currency="USD", prices="exclusive",
                             taxes=["STD=0.0825", "RED=0.02"])
        upsert_lines(db, [CatalogLine(sku, name, (gtin.zfill(14),), price, tax)
                          for sku, name, gtin, price, tax in CATALOG], "USD")
    finally:
        db.close()


@dataclass
class HubProcess:
    db_url: str
    port: int
    log_path: Path
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, seconds: float = 60.0) -> None:
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "omnipos.hub.commands", "--db", self.db_url, "serve",
                 "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=log, env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
        self.starts += 1
        wait_until(self.answers, seconds, "the hub process to answer")

    def answers(self) -> bool:
        if self.proc is not None and self.proc.poll() is not None:
            raise AssertionError(f"hub process exited: {self.log_path.read_text()[-1500:]}")
        try:
            return httpx.get(f"{self.url}/v1/sync/hello", timeout=1.0).status_code == 401
        except httpx.HTTPError:
            return False

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc is not None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
            self.proc = None

    def rss_kb(self) -> int:
        assert self.proc is not None
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
        return 0


class PgCluster:
    """``scripts/pg-test-cluster.sh`` plus stop/start of the same server on the same port."""

    def __init__(self) -> None:
        proc = subprocess.run([str(PG_SCRIPT), "start"], check=False, capture_output=True,
                              text=True, timeout=600)
        if proc.returncode == 3:
            raise PgUnavailable(proc.stderr.strip().splitlines()[-1])
        if proc.returncode != 0:
            raise RuntimeError(f"pg-test-cluster.sh failed: {proc.stderr[-2000:]}")
        self.base_url, directory = proc.stdout.split()
        self.dir = Path(directory)
        self.port = int(self.base_url.rsplit(":", 1)[1].split("/")[0])
        pg_ctl = shutil.which("pg_ctl") or ""
        if not pg_ctl:
            for cand in sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True):
                pg_ctl = str(cand)
                break
        self.pg_ctl = pg_ctl
        self.outages = 0

    def _ctl(self, *args: str) -> None:
        cmd = [self.pg_ctl, "-D", str(self.dir / "data"), *args]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def stop_server(self, mode: str = "fast") -> None:
        self._ctl("-m", mode, "-w", "stop")
        self.outages += 1

    def start_server(self) -> None:
        opts = (f"-c listen_addresses=127.0.0.1 -p {self.port}"
                f" -c unix_socket_directories={self.dir}"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                " -c max_connections=400")
        self._ctl("-l", str(self.dir / "server.log"), "-w", "-t", "60", "-o", opts, "start")

    def close(self) -> None:
        subprocess.run([str(PG_SCRIPT), "stop", str(self.dir)], check=False,
                       capture_output=True, timeout=120)


class PgUnavailable(Exception):
    """No PostgreSQL server binary can be had here."""
