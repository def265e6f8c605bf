"""``--db URL`` works before or after the subcommand, like the till's ``--data-dir``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from omnipos.hub.commands.main import main

ROOT = Path(__file__).resolve().parents[3]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database: a command that ignored ``--db`` would create it."""
    path = tmp_path / "default.sqlite3"
    monkeypatch.setenv("OMNIPOS_HUB_DB", f"sqlite:///{path}")
    return path


def test_db_after_the_subcommand_names_the_database(
    hub_url: str,
    elsewhere: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = ("--db", hub_url)
    run(capsys, "store", "add", "S1", "--name", "Main", "--currency", "USD",
        "--prices", "exclusive", "--tax", "STD=0.0825", *db)
    for argv in (("--db", hub_url, "store", "list"), ("store", "list", *db),
                 ("store", "--db", hub_url, "list")):
        assert [json.loads(line)["code"] for line in run(capsys, *argv)[1].splitlines()] == ["S1"]

    catalog = tmp_path / "catalog.csv"
    catalog.write_text("sku,name,gtin,price,tax_class\nA,Apple,4006381333931,1.99,STD\n")
    assert json.loads(run(capsys, "catalog", "import", str(catalog), *db)[1])["imported"] == 1
    levels = tmp_path / "stock.csv"
    levels.write_text("store,sku,quantity\nS1,A,10\n")
    run(capsys, "stock", "import", str(levels), *db)
    assert json.loads(run(capsys, "stock", "show", "A", *db)[1]) == {"S1": "10"}
    assert len(run(capsys, "enroll-code", "S1", *db)[1].strip()) == 11
    monkeypatch.setattr("sys.stdin", io.StringIO("8642\n"))
    run(capsys, "staff", "add", "--store", "S1", "--number", "7", "--name", "Sam",
        "--role", "cashier", *db)
    staff = run(capsys, "staff", "list", "--store", "S1", *db)[1]
    assert [json.loads(line)["number"] for line in staff.splitlines()] == ["7"]
    assert run(capsys, "sales", "list", *db)[1] == ""
    assert run(capsys, "shifts", "list", "--store", "S1", *db)[1] == ""
    assert "removed" in json.loads(run(capsys, "feed", "compact", *db)[1])
    assert not elsewhere.exists()


def test_serve_takes_db_after_the_subcommand(
    elsewhere: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'served.sqlite3'}"
    run(capsys, "store", "add", "S1", "--name", "Main", "--currency", "USD",
        "--prices", "exclusive", "--tax", "STD=0.0825", "--db", url)
    code = run(capsys, "enroll-code", "S1", "--db", url)[1].strip()
    proc = subprocess.Popen(
        [sys.executable, "-m", "omnipos.hub.commands", "serve", "--port", "0", "--db", url],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stderr is not None
        lines: list[str] = []
        for line in proc.stderr:  # uvicorn says where it listens once it does
            lines.append(line)
            if "Uvicorn running on" in line:
                break
        else:
            pytest.fail("the hub did not start: " + "".join(lines))
        base = line.split("Uvicorn running on ", 1)[1].split()[0]
        r = httpx.post(f"{base}/v1/devices/register",
                       json={"enrollment_code": code, "device_name": "t"}, timeout=10)
        assert r.status_code == 200 and r.json()["store_code"] == "S1"  # the database it was given
    finally:
        proc.terminate()
        proc.wait(30)
    assert not elsewhere.exists()
