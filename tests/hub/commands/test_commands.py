"""The omnipos-hub command, as an administrator uses it (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from omnipos.hub.api.app import create_asgi
from omnipos.hub.commands.main import main
from omnipos.hub.store.db import open_hub_db
from tests.support.hub import InProcessTill, sale_event


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_admin_flow(hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", hub_url]
    code, out, _ = run(capsys, *db, "store", "add", "S1", "--name", "Main", "--currency", "USD",
                       "--prices", "exclusive", "--tax", "STD=0.0825", "--tax", "RED=0.02",
                       "--lat", "52.1", "--lon", "4.3", "--tz", "Europe/Amsterdam")
    assert code == 0 and json.loads(out)["tax_rates"] == {"STD": "0.0825", "RED": "0.02"}

    catalog = tmp_path / "catalog.csv"
    catalog.write_text(
        "sku,name,gtin,price,tax_class,brand\n"
        "A,Apple,4006381333931|036000291452,1.99,STD,Orchard\n"
        "B,Bread,123,2.50,RED,\n"
        "C,Cheese,,3.5,STD,\n"
    )
    code, out, err = run(capsys, *db, "catalog", "import", str(catalog))
    assert code == 1 and json.loads(out) == {"imported": 2, "unchanged": 0, "errors": 1}
    assert "line 3" in err
    code, out, _ = run(capsys, *db, "catalog", "import", str(catalog))
    assert json.loads(out)["unchanged"] == 2 and json.loads(out)["imported"] == 0

    levels = tmp_path / "stock.csv"
    levels.write_text("store,sku,quantity\nS1,A,10\n")
    assert run(capsys, *db, "stock", "import", str(levels))[0] == 0

    code, out, _ = run(capsys, *db, "enroll-code", "S1")
    enrollment_code = out.strip()
    assert code == 0 and len(out.splitlines()) == 1 and len(enrollment_code) == 11

    hub = open_hub_db(hub_url)
    try:
        with TestClient(create_asgi(hub)) as client:
            reg = client.post("/v1/devices/register",
                              json={"enrollment_code": enrollment_code, "device_name": "t"})
            till = InProcessTill(client, reg.json())
            till.push([sale_event(1, lines=[("A", 199, "2")])])
    finally:
        hub.close()

    code, out, _ = run(capsys, *db, "stock", "show", "A")
    assert json.loads(out) == {"S1": "8"}
    code, out, _ = run(capsys, *db, "sales", "list", "--store", "S1")
    sales = [json.loads(line) for line in out.splitlines()]
    assert len(sales) == 1
    assert sales[0]["receipt_no"] == "S1-T01-000001" and sales[0]["till"] == "T01"
    assert sales[0]["total_minor"] == 398 and sales[0]["lines"][0]["sku"] == "A"


def test_errors_are_one_line_and_nonzero(tmp_path: Path, capsys) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 'h.sqlite3'}"]
    code, _, err = run(capsys, *db, "enroll-code", "NOPE")
    assert code == 2 and err.count("\n") == 1 and "NOPE" in err
    code, _, err = run(capsys, *db, "store", "add", "S1", "--name", "x", "--currency", "USD",
                       "--prices", "exclusive", "--tax", "STD=7")
    assert code == 2 and "rate" in err


def test_env_var_names_the_database(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("OMNIPOS_HUB_DB", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert run(capsys, "store", "add", "S9", "--name", "x", "--currency", "EUR",
               "--prices", "inclusive", "--tax", "VAT=0.21")[0] == 0
    assert (tmp_path / "env.sqlite3").exists()
