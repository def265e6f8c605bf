"""Printer profiles, and where python-escpos keeps its parsed printer database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from omnipos.devices.profiles import PROFILES, get_profile, keep_capabilities_cached

PICKLE_DIR = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def test_every_profile_names_a_known_escpos_profile() -> None:
    from escpos.capabilities import get_profile as escpos_profile

    for profile in PROFILES.values():
        assert escpos_profile(profile.escpos_profile).profile_data["name"]
        assert get_profile(profile.key) is profile


def test_the_printer_database_is_kept_in_the_user_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PICKLE_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    keep_capabilities_cached()
    folder = tmp_path / "omnipos" / "escpos"
    assert folder.is_dir()
    assert os.environ[PICKLE_DIR] == str(folder)


def test_a_folder_named_in_the_environment_wins(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PICKLE_DIR, str(tmp_path / "mine"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    keep_capabilities_cached()
    assert os.environ[PICKLE_DIR] == str(tmp_path / "mine")


def test_a_second_start_reads_the_kept_database_instead_of_parsing_it(
        tmp_path: Path) -> None:
    """Two processes in turn: the first parses and keeps the database, the second loads it."""
    program = ("import logging, sys\n"
               "from omnipos.devices.profiles import keep_capabilities_cached\n"
               "keep_capabilities_cached()\n"
               "logging.getLogger('escpos.capabilities').setLevel(logging.DEBUG)\n"
               "logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, force=True)\n"
               "import escpos.capabilities\n")
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", program], env=env, capture_output=True,
                           text=True, check=True) for _ in range(2)]
    kept = list((tmp_path / "omnipos" / "escpos").glob("*.capabilities.pickle"))
    assert len(kept) == 1
    assert "Loading capabilities from pickle" not in runs[0].stdout + runs[0].stderr
    assert "Loading capabilities from pickle" in runs[1].stdout + runs[1].stderr
