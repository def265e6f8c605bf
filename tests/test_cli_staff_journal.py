"""``omnipos staff add`` (PIN on stdin) and ``omnipos journal verify|export``."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from omnipos.cli import main
from omnipos.db.engine import database_path
from omnipos.services.staff import StaffService
from tests.conftest import make_store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    make_store(database_path(tmp_path)).close()
    return tmp_path


def test_staff_add_reads_the_pin_from_stdin(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(data_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    assert (
        main(
            [
                "staff",
                "add",
                "--data-dir",
                d,
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
            ["staff", "add", "--data-dir", d, "--number", "1", "--name", "Cam", "--role", "cashier"]
        )
        == 0
    )
    assert "added Cam (#1) as cashier" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    assert (
        main(
            ["staff", "add", "--data-dir", d, "--number", "2", "--name", "Dup", "--role", "cashier"]
        )
        == 1
    )
    assert "PIN is already in use" in capsys.readouterr().err
    assert main(["staff", "list", "--data-dir", d]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["number"] for r in rows] == ["1", "9"]
    assert "pin" not in json.dumps(rows).lower().replace("pin_", "")
    from omnipos.db.engine import open_database

    db = open_database(database_path(data_dir))
    try:
        assert StaffService(db).login("2468").name == "Cam"
    finally:
        db.close()


def test_journal_verify_then_tamper(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    d = str(data_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    main(
        [
            "staff",
            "add",
            "--data-dir",
            d,
            "--number",
            "9",
            "--name",
            "Mia",
            "--role",
            "manager",
        ]
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n"))
    main(
        [
            "staff",
            "add",
            "--data-dir",
            d,
            "--number",
            "1",
            "--name",
            "Cam",
            "--role",
            "cashier",
        ]
    )
    capsys.readouterr()
    assert main(["journal", "verify", "--data-dir", d]) == 0
    assert "chain intact" in capsys.readouterr().out
    con = sqlite3.connect(database_path(data_dir))
    with con:
        con.execute("UPDATE journal SET actor = 'someone else' WHERE seq = 1")
    con.close()
    assert main(["journal", "verify", "--data-dir", d]) == 1
    assert "BROKEN at entry 1" in capsys.readouterr().out


def test_journal_export(
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    d = str(data_dir)
    monkeypatch.setattr("sys.stdin", io.StringIO("9753\n"))
    main(
        [
            "staff",
            "add",
            "--data-dir",
            d,
            "--number",
            "9",
            "--name",
            "Mia",
            "--role",
            "manager",
        ]
    )
    capsys.readouterr()
    assert (
        main(["journal", "export", "--data-dir", d, "--from", "2000-01-01", "--to", "2100-01-01"])
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["kind"] == "staff.added"
    out = tmp_path / "j.jsonl"
    assert (
        main(
            [
                "journal",
                "export",
                "--data-dir",
                d,
                "--from",
                "2000-01-01",
                "--to",
                "2100-01-01",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert out.read_text().count("\n") == 1
    assert (
        main(["journal", "export", "--data-dir", d, "--from", "2026-02-01", "--to", "2026-01-01"])
        == 1
    )
