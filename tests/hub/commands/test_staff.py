"""``omnipos-hub staff``: PINs on stdin, never printed (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import json

import pytest

from omnipos.hub.commands.main import main
from omnipos.hub.store.db import HubDB


def test_staff_add_reads_the_pin_from_stdin(
    hub: HubDB, hub_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = hub_url
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    assert (
        main(
            [
                "--db",
                url,
                "staff",
                "add",
                "--store",
                "S1",
                "--number",
                "9",
                "--name",
                "Mia",
                "--role",
                "manager",
            ]
        )
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert (
        main(
            [
                "--db",
                url,
                "staff",
                "add",
                "--store",
                "S1",
                "--number",
                "1",
                "--name",
                "Cam",
                "--role",
                "cashier",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "2468" not in out and "pin_hash" not in out
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert (
        main(
            [
                "--db",
                url,
                "staff",
                "add",
                "--store",
                "S1",
                "--number",
                "2",
                "--name",
                "Dup",
                "--role",
                "cashier",
            ]
        )
        == 2
    )
    assert main(["--db", url, "staff", "list", "--store", "S1"]) == 0
    assert [json.loads(x)["number"] for x in capsys.readouterr().out.splitlines()] == ["1", "9"]
