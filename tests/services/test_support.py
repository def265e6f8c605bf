"""Support: versions, secrets hidden from a bundle, the bundle's contents."""

from __future__ import annotations

import json
import logging
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from omnipos import __version__
from omnipos.db.engine import database_path, open_database
from omnipos.db.settings import set_settings
from omnipos.logs import FileLog, log_files
from omnipos.services.support import HIDDEN, check_lines, hide_secrets, versions, write_bundle
from tests.conftest import make_store

NOON = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def test_versions_name_the_schema_the_database_is_at(tmp_path: Path) -> None:
    db = make_store(tmp_path / "till.sqlite3")
    try:
        v = versions(db)
        assert v.omnipos == __version__ and v.python.count(".") == 2
        assert v.schema == v.schema_head == db.head()
        assert v.schema_text == f"{db.head()} (up to date)"
    finally:
        db.close()


def test_secret_names_and_uri_passwords_are_hidden() -> None:
    settings = {
        "store.name": "Corner Store",
        "hub.token": "tok-123",
        "sync.api_key": "k",
        "staff.pin_salt": "salt",
        "printer.uri": "tcp://10.0.0.5:9100",
        "hub.url": "https://till:s3cret@hub.example/v1",
        "devices": {"badge": "B-1", "model": "TM-T20"},
        "keymap.layout": "us",  # "keymap" is one word, not "key"
    }
    safe = hide_secrets(settings)
    assert safe["store.name"] == "Corner Store" and safe["printer.uri"] == "tcp://10.0.0.5:9100"
    assert safe["hub.token"] == safe["sync.api_key"] == safe["staff.pin_salt"] == HIDDEN
    assert safe["hub.url"] == f"https://{HIDDEN}@hub.example/v1"
    assert safe["devices"] == {"badge": HIDDEN, "model": "TM-T20"}
    assert safe["keymap.layout"] == "us"
    assert "s3cret" not in json.dumps(safe) and "tok-123" not in json.dumps(safe)


def test_bundle_holds_logs_settings_without_secrets_and_the_db_check(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = make_store(database_path(data))
    with db.transaction() as s:
        set_settings(s, {"hub.token": "never-in-a-bundle", "receipt.footer": "Thanks"})
    file_log = FileLog(data)
    assert file_log.start()
    try:
        logging.getLogger("omnipos.tests").warning("a line the help desk reads")
    finally:
        file_log.stop()
    try:
        bundle = write_bundle(data, db, clock=lambda: NOON)
        lines, ok = check_lines(db)
    finally:
        db.close()
    assert bundle.path == data / "support" / "omnipos-support-20261201T120000Z.zip"
    with zipfile.ZipFile(bundle.path) as zf:
        assert sorted(zf.namelist()) == sorted(bundle.names)
        assert "logs/omnipos.log" in zf.namelist()
        assert "a line the help desk reads" in zf.read("logs/omnipos.log").decode()
        settings = json.loads(zf.read("settings.json"))
        assert settings["receipt.footer"] == "Thanks" and settings["hub.token"] == HIDDEN
        assert b"never-in-a-bundle" not in b"".join(zf.read(n) for n in zf.namelist())
        assert ok and zf.read("db-check.txt").decode().splitlines() == lines
        about = json.loads(zf.read("versions.json"))
        assert about["omnipos"] == __version__ and about["schema"] == about["schema_head"]


def test_bundle_of_a_broken_database_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database_path(data).write_bytes(b"this is not a database" * 100)
    db = open_database(database_path(data), migrate=False)
    try:
        bundle = write_bundle(data, db, tmp_path / "out.zip")
    finally:
        db.close()
    with zipfile.ZipFile(bundle.path) as zf:
        assert "could not be read" in zf.read("db-check.txt").decode()
        assert json.loads(zf.read("settings.json")) == {}


def test_log_files_rotate_in_the_data_directory(tmp_path: Path) -> None:
    file_log = FileLog(tmp_path, max_bytes=400, backups=2)
    assert file_log.start()
    try:
        for n in range(40):
            logging.getLogger("omnipos.tests").warning("line %d of a long day", n)
    finally:
        file_log.stop()
    names = [p.name for p in log_files(tmp_path)]
    assert names == ["omnipos.log", "omnipos.log.1", "omnipos.log.2"]  # newest first, 2 kept
    assert "line 39 " in (tmp_path / "logs" / "omnipos.log").read_text()
    assert all(p.stat().st_size <= 400 for p in log_files(tmp_path))
