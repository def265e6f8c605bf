"""The omnipos command: subcommands, exit codes, one-line errors."""

from __future__ import annotations

import sqlite3
import sys
import types
from argparse import Namespace
from pathlib import Path

import pytest

from omnipos.cli import COMMAND_MODULES, main
from omnipos.db.catalog import find_by_sku, tax_classes
from omnipos.db.engine import database_path, open_database
from omnipos.db.settings import get_setting

SETUP = ["setup", "--store", "S001", "--name", "Corner Store", "--currency", "USD",
         "--prices", "exclusive", "--tax", "standard=0.0825", "--tax", "food=2%"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("omnipos ")


def test_setup_writes_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *SETUP, "--data-dir", str(tmp_path), "--till", "T02",
                       "--rounding", "document", "--cash-step", "0.05")
    assert code == 0 and "S001" in out
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        assert get_setting(s, "store.code") == "S001"
        assert get_setting(s, "till.code") == "T02"
        assert get_setting(s, "store.rounding") == "document"
        assert get_setting(s, "store.cash_step_minor") == 5
        assert {k: str(v) for k, v in tax_classes(s).items()} == {
            "standard": "0.0825", "food": "0.02"}
    db.close()


def test_setup_sets_sensible_defaults_and_the_receipt(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 14: a store made with setup has a discount limit (20 %) from the start; setup sets
    it with the idle lock, the over/short threshold and the receipt's address, phone, tax id
    and footer, and running it again changes only what it names."""
    code, out, _ = run(capsys, *SETUP, "--data-dir", str(tmp_path))
    assert code == 0 and "discount limit 20%" in out
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        assert get_setting(s, "store.discount_limit_pct") == 20
    db.close()
    code, out, _ = run(capsys, *SETUP, "--data-dir", str(tmp_path), "--discount-limit", "15%",
                       "--idle-lock", "120", "--over-short", "2.50",
                       "--address", "12 High Street, Springfield", "--phone", "555-0100",
                       "--tax-id", "EIN 12-3456789", "--footer", "Thank you!",
                       "--footer", "Returns within 30 days")
    assert code == 0
    code, _, _ = run(capsys, *SETUP, "--data-dir", str(tmp_path), "--phone", "555-0199")
    assert code == 0
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        assert get_setting(s, "store.discount_limit_pct") == 15  # kept: not named again
        assert get_setting(s, "staff.idle_lock_seconds") == 120
        assert get_setting(s, "shift.over_short_threshold_minor") == 250
        assert get_setting(s, "receipt.header") == [
            "12 High Street, Springfield", "Tel 555-0199", "Tax ID EIN 12-3456789"]
        assert get_setting(s, "receipt.footer") == ["Thank you!", "Returns within 30 days"]
    db.close()


@pytest.mark.parametrize("bad", [["--discount-limit", "150"], ["--discount-limit", "x"],
                                 ["--idle-lock", "-5"], ["--over-short", "-1"]])
def test_setup_refuses_bad_defaults_in_one_line(tmp_path: Path, bad: list[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, *SETUP, "--data-dir", str(tmp_path), *bad)
    assert code != 0 and bad[0] in err and "\n" not in err.strip()


def test_data_dir_before_the_subcommand(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--data-dir", str(tmp_path), *SETUP)
    assert code == 0 and database_path(tmp_path).is_file()


def test_default_data_dir_from_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIPOS_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, *SETUP)[0] == 0
    assert database_path(tmp_path / "env").is_file()


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        (["--tax", "standard"], "CLASS=RATE"),
        (["--tax", "vat=150%"], "from 0 to 1"),
        (["--currency", "XX"], "ISO 4217"),
        (["--cash-step", "0.005"], "decimals"),
        (["--store", "bad code!"], "--store"),
    ],
)
def test_setup_bad_input_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], reason: str
) -> None:
    code, _, err = run(capsys, *SETUP, *extra, "--data-dir", str(tmp_path))
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("omnipos: error:") and reason in err
    assert "Traceback" not in err


def test_setup_needs_a_tax_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["setup", "--store", "S1", "--name", "N", "--data-dir", str(tmp_path)]
    code, _, err = run(capsys, *argv)
    assert code == 1 and "--tax" in err


def test_catalog_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, *SETUP, "--data-dir", str(tmp_path))
    csv = tmp_path / "catalog.csv"
    csv.write_text("sku,name,gtin,price,tax_class\nTEA,Green tea,4006381333931,2.50,food\n"
                   "BAD,Broken,4006381333932,1.00,food\n", encoding="utf-8")
    code, out, err = run(capsys, "catalog", "import", str(csv), "--data-dir", str(tmp_path))
    assert code == 1  # a line was skipped
    assert "1 new" in out and "1 skipped" in out
    assert "line 3:" in err and "check digit" in err
    csv.write_text("sku,name,gtin,price,tax_class\nTEA,Green tea,4006381333931,2.50,food\n",
                   encoding="utf-8")
    code, out, _ = run(capsys, "catalog", "import", str(csv), "--data-dir", str(tmp_path))
    assert code == 0 and "1 unchanged" in out
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        tea = find_by_sku(s, "TEA")
        assert tea is not None and tea.price_minor == 250
    db.close()


def test_catalog_import_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "c.csv"
    csv.write_text("sku,name\n", encoding="utf-8")
    code, _, err = run(capsys, "catalog", "import", str(csv), "--data-dir", str(tmp_path))
    assert code == 1 and "omnipos setup" in err  # no store yet
    run(capsys, *SETUP, "--data-dir", str(tmp_path))
    code, _, err = run(capsys, "catalog", "import", str(csv), "--data-dir", str(tmp_path))
    assert code == 1 and "lacks gtin, price, tax_class" in err and err.count("\n") == 1
    code, _, err = run(capsys, "catalog", "import", str(tmp_path / "none.csv"),
                       "--data-dir", str(tmp_path))
    assert code == 1 and "no such file" in err


def test_db_check_and_upgrade(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 1 and "no till database" in err
    run(capsys, *SETUP, "--data-dir", str(tmp_path))
    code, out, _ = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 0 and out.strip().endswith("ok")
    code, out, _ = run(capsys, "db", "upgrade", "--data-dir", str(tmp_path))
    assert code == 0 and "already at revision" in out
    con = sqlite3.connect(database_path(tmp_path))
    con.execute("UPDATE alembic_version SET version_num = 'zzz'")
    con.commit()
    con.close()
    code, out, _ = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 1 and "zzz" in out


def test_db_check_on_a_file_that_is_not_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database_path(tmp_path).write_bytes(b"this is not sqlite " * 100)
    code, _, err = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 1 and "not a database" in err and err.count("\n") == 1


def test_unknown_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def _fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[Namespace]:
    seen: list[Namespace] = []
    module = types.ModuleType("omnipos.ui.app")
    module.run_gui = lambda args: seen.append(args) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "omnipos.ui.app", module)
    return seen


def test_no_command_opens_the_gui(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _fake_gui(monkeypatch)
    code, _, _ = run(capsys, "--data-dir", str(tmp_path), "--printer", "file:///tmp/r.bin")
    assert code == 0
    args = seen[0]
    assert args.data_dir == tmp_path.resolve() and not args.demo
    assert args.db_path == database_path(tmp_path.resolve())
    assert args.printer == "file:///tmp/r.bin"


def test_demo_builds_the_demo_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = _fake_gui(monkeypatch)
    assert run(capsys, "--demo", "--data-dir", str(tmp_path))[0] == 0
    db = open_database(seen[0].db_path)
    with db.read() as s:
        assert get_setting(s, "store.code") == "DEMO"
    db.close()


def test_command_modules_register() -> None:
    assert "omnipos.commands.db" in COMMAND_MODULES


def test_db_check_finds_a_stale_search_index_and_reindex_fixes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, *SETUP, "--data-dir", str(tmp_path))
    con = sqlite3.connect(database_path(tmp_path))
    con.execute("INSERT INTO products (sku, name, brand, category, sold_by, tax_class,"
                " price_minor, active) VALUES ('X', 'Xylophone', '', '', 'unit', 'food', 1, 1)")
    con.execute("INSERT INTO product_fts(product_fts, rowid, name, brand, sku)"
                " VALUES ('delete', 1, 'Xylophone', '', 'X')")  # index loses the row
    con.commit()
    con.close()
    code, out, _ = run(capsys, "db", "check", "--data-dir", str(tmp_path))
    assert code == 1 and "search index" in out
    code, out, _ = run(capsys, "db", "reindex", "--data-dir", str(tmp_path))
    assert code == 0 and "rebuilt" in out
    assert run(capsys, "db", "check", "--data-dir", str(tmp_path))[0] == 0


def test_the_till_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    """Issue 14: with no display, Qt printed a page ending in "xcb-cursor0 is needed" and
    aborted; the till says what is missing in one line."""
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-c", "import sys; from omnipos.cli import main; "
                           "sys.exit(main(sys.argv[1:]))", "--demo", "--data-dir", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "xcb" not in lines[0]
    assert not list(tmp_path.iterdir())  # nothing was built for a window that cannot open


def test_a_display_without_the_xcb_cursor_library_is_named(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from omnipos import cli

    monkeypatch.setattr(cli.sys, "platform", "linux")
    monkeypatch.setattr(cli.ctypes.util, "find_library", lambda name: None)
    assert "libxcb-cursor0" in (cli.display_problem({"DISPLAY": ":0"}) or "")
    assert cli.display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert cli.display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None
