"""installer/linux/install.sh into a temporary prefix, on stand-ins for the built programs."""

from __future__ import annotations

import configparser
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installer" / "linux"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a Linux installer")


def _bundle(tmp_path: Path, kind: str, version: str = "9.9.9") -> Path:
    """A folder laid out as `make dist` lays one out, with a shell script as the program."""
    folder = tmp_path / "unpacked" / f"{kind}-{version}"
    (folder / "_internal").mkdir(parents=True)
    program = folder / kind
    program.write_text(f"#!/bin/sh\necho '{kind} {version}'\n")
    program.chmod(0o755)
    subprocess.run([str(LINUX / "stage.sh"), str(folder), kind], check=True)
    return folder


def _install(bundle: Path, prefix: Path) -> str:
    done = subprocess.run([str(bundle / "linux" / "install.sh"), "--prefix", str(prefix)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_till_goes_to_opt_with_menu_entry_icon_and_udev_rules(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, "omnipos")
    root = tmp_path / "root"
    out = _install(bundle, root)
    assert "installed omnipos 9.9.9 in" in out
    program = root / "opt" / "omnipos" / "omnipos"
    assert subprocess.run([program], capture_output=True, text=True).stdout == "omnipos 9.9.9\n"
    assert os.readlink(root / "usr" / "local" / "bin" / "omnipos") == "/opt/omnipos/omnipos"
    rules = root / "etc" / "udev" / "rules.d" / "60-omnipos-devices.rules"
    assert rules.read_bytes() == (ROOT / "resources" / "udev" / rules.name).read_bytes()
    assert (root / "usr/share/icons/hicolor/scalable/apps/omnipos.svg").read_text().startswith(
        "<svg")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    entry.read(root / "usr" / "share" / "applications" / "omnipos.desktop")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "/opt/omnipos/omnipos" and desktop["Icon"] == "omnipos"
    assert desktop["Type"] == "Application" and desktop["Categories"].endswith(";")
    assert not (root / "etc" / "systemd").exists()


def test_installing_again_replaces_the_program_and_keeps_nothing_stale(tmp_path: Path) -> None:
    root = tmp_path / "root"
    _install(_bundle(tmp_path / "old", "omnipos", "1.0.0"), root)
    (root / "opt" / "omnipos" / "_internal" / "stale.so").write_text("old")
    _install(_bundle(tmp_path / "new", "omnipos", "1.1.0"), root)
    program = root / "opt" / "omnipos" / "omnipos"
    assert subprocess.run([program], capture_output=True, text=True).stdout == "omnipos 1.1.0\n"
    assert not (root / "opt" / "omnipos" / "_internal" / "stale.so").exists()
    assert sorted(p.name for p in (root / "opt").iterdir()) == ["omnipos"]


def test_the_hub_gets_its_unit_and_settings_written_once(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, "omnipos-hub")
    root = tmp_path / "root"
    _install(bundle, root)
    unit = (root / "etc" / "systemd" / "system" / "omnipos-hub.service").read_text()
    assert "ExecStart=/opt/omnipos-hub/omnipos-hub serve" in unit
    assert "User=omnipos-hub" in unit and "StateDirectory=omnipos-hub" in unit
    defaults = root / "etc" / "default" / "omnipos-hub"
    defaults.write_text("OMNIPOS_HUB_DB=postgresql+psycopg://hub@db/omnipos\n")
    _install(bundle, root)
    assert defaults.read_text() == "OMNIPOS_HUB_DB=postgresql+psycopg://hub@db/omnipos\n"
    assert os.readlink(root / "usr/local/bin/omnipos-hub") == "/opt/omnipos-hub/omnipos-hub"
    assert not (root / "usr" / "share" / "applications").exists()


def test_a_folder_without_a_program_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    subprocess.run([str(LINUX / "stage.sh"), str(folder), "omnipos"], check=True)
    done = subprocess.run([str(folder / "linux" / "install.sh"), "--prefix", str(tmp_path / "r")],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "holds neither omnipos nor omnipos-hub" in done.stderr
    assert not (tmp_path / "r").exists()
