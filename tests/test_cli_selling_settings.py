"""``omnipos setup`` sets how the scan field sells: repeat scans and large quantities."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnipos.cli import main
from omnipos.db.engine import database_path, open_database
from omnipos.services.profile import load_store_profile
from tests.test_cli import SETUP


def test_setup_sets_merging_and_the_large_quantity(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*SETUP, "--data-dir", str(tmp_path), "--merge-scans", "item",
                 "--confirm-quantity-over", "20"]) == 0
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        profile = load_store_profile(s)
    db.close()
    assert profile.merge_scans.value == "item" and profile.large_quantity == 20
    assert main([*SETUP, "--data-dir", str(tmp_path), "--confirm-quantity-over", "0"]) != 0
    assert "--confirm-quantity-over" in capsys.readouterr().err


def test_setup_sets_what_enter_gives_at_the_end_of_a_sale(tmp_path: Path) -> None:
    assert main([*SETUP, "--data-dir", str(tmp_path)]) == 0
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        assert load_store_profile(s).receipt_choice.value == "print"
    db.close()
    assert main([*SETUP, "--data-dir", str(tmp_path), "--receipt-default", "email"]) == 0
    db = open_database(database_path(tmp_path))
    with db.read() as s:
        assert load_store_profile(s).receipt_choice.value == "email"
    db.close()
