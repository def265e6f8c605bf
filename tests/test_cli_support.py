"""``omnipos support-bundle`` and ``omnipos --version``."""

from __future__ import annotations

import json
import tomllib
import zipfile
from pathlib import Path

import pytest

from omnipos.cli import main
from omnipos.db.engine import database_path, open_database
from omnipos.db.settings import set_settings
from tests.test_cli import SETUP, run

ROOT = Path(__file__).resolve().parents[1]


def test_version_is_pyprojects(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert capsys.readouterr().out.strip() == f"omnipos {expected}"


def test_support_bundle_writes_the_zip_named(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *SETUP, "--data-dir", str(tmp_path))[0] == 0
    db = open_database(database_path(tmp_path))
    with db.transaction() as s:
        set_settings(s, {"printer.uri": "tcp://user:pw@10.0.0.9:9100"})
    db.close()
    out = tmp_path / "ticket" / "bundle.zip"
    code, text, err = run(capsys, "support-bundle", "--data-dir", str(tmp_path), "--out", str(out))
    assert (code, err) == (0, "")
    assert text.splitlines()[0] == f"support bundle: {out}"
    with zipfile.ZipFile(out) as zf:
        settings = json.loads(zf.read("settings.json"))
        assert settings["store.code"] == "S001"
        assert settings["printer.uri"] == "tcp://(hidden)@10.0.0.9:9100"
        check = zf.read("db-check.txt").decode().splitlines()
    # the same text as `omnipos db check`
    code, db_check, _ = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 0 and check == db_check.splitlines() and check[-1] == "ok"


def test_support_bundle_without_a_database_creates_none(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    code, text, _ = run(capsys, "support-bundle", "--data-dir", str(tmp_path / "empty"))
    assert code == 0
    path = Path(text.splitlines()[0].removeprefix("support bundle: "))
    assert path.parent == tmp_path / "empty" / "support"
    assert not database_path(tmp_path / "empty").exists()
    with zipfile.ZipFile(path) as zf:
        assert zf.read("db-check.txt").decode().startswith("no till database in ")
