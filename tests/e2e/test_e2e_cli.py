"""The issue's "done when", as a new user would do it, with the real commands.

Start a hub, add a store, import a catalog, enroll a till with the printed
code, stop the hub, sell on the till, start the hub: ``omnipos-hub sales list``
shows the sale once and ``omnipos-hub stock show`` the right level.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from omnipos.db.engine import database_path, open_database
from tests.support.sync import sell

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def _env(tmp_path: Path, hub_db: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE)])
    env["OMNIPOS_HUB_DB"] = hub_db
    env["PYTHON_KEYRING_BACKEND"] = "filekeyring.TestFileKeyring"
    env["OMNIPOS_TEST_KEYRING_FILE"] = str(tmp_path / "keyring.json")
    return env


def _run(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", *argv], env=env, capture_output=True,
                          text=True, timeout=120, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _hub(env: dict[str, str], port: int) -> Iterator[str]:
    proc = subprocess.Popen([sys.executable, "-m", "omnipos.hub.commands", "serve", "--port",
                             str(port)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:  # wait until it answers (401 without a token: it is up)
            try:
                if httpx.get(f"{url}/v1/sync/hello", timeout=1).status_code == 401:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"hub did not start: {proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(30)


@pytest.mark.slow
def test_new_user_flow(tmp_path: Path) -> None:
    env = _env(tmp_path, f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    data_dir = tmp_path / "till"
    _run(env, "omnipos.hub.commands", "store", "add", "S1", "--name", "Main St",
         "--currency", "USD", "--prices", "exclusive", "--tax", "STD=0.0825", "--tax", "RED=0.02")
    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,name,gtin,price,tax_class\nA,Apple juice,4006381333931,1.99,STD\n"
                       "B,Bread,036000291452,2.50,RED\n")
    _run(env, "omnipos.hub.commands", "catalog", "import", str(catalog))
    levels = tmp_path / "levels.csv"
    levels.write_text("store,sku,quantity\nS1,A,20\n")
    _run(env, "omnipos.hub.commands", "stock", "import", str(levels))
    code = _run(env, "omnipos.hub.commands", "enroll-code", "S1").stdout.strip()

    port = _free_port()
    with _hub(env, port) as url:
        out = _run(env, "omnipos.cli", "enroll", "--data-dir", str(data_dir), "--hub", url,
                   "--code", code).stdout
        assert json.loads(out)["store"] == "S1"
    assert "omnipos-hub-token" in (tmp_path / "keyring.json").read_text()

    # The hub is down: the till sells anyway.
    db = open_database(database_path(data_dir))
    sold = sell(db, [("A", 3), ("B", 1)])
    db.close()
    status = json.loads(_run(env, "omnipos.cli", "status", "--data-dir", str(data_dir)).stdout)
    assert status["outbox_depth"] == 1 and status["hub_url"].endswith(str(port))

    with _hub(env, port):
        _run(env, "omnipos.cli", "sync", "--once", "--data-dir", str(data_dir))
        _run(env, "omnipos.cli", "sync", "--once", "--data-dir", str(data_dir))
    status = json.loads(_run(env, "omnipos.cli", "status", "--data-dir", str(data_dir)).stdout)
    assert status["outbox_depth"] == 0 and status["last_error"] is None

    listed = _run(env, "omnipos.hub.commands", "sales", "list", "--store", "S1")
    sales = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [s["receipt_no"] for s in sales] == [sold.receipt_no]
    shown = json.loads(_run(env, "omnipos.hub.commands", "stock", "show", "A").stdout)
    assert shown == {"S1": "17"}
