"""Store settings as JSON values."""

from __future__ import annotations

from omnipos.db.engine import Database
from omnipos.db.models import Setting
from omnipos.db.settings import all_settings, delete_setting, get_setting, set_setting


def test_settings_round_trip(db: Database) -> None:
    with db.transaction() as s:
        assert get_setting(s, "store.code") is None
        assert get_setting(s, "store.code", "X") == "X"
        set_setting(s, "store.code", "DEMO")
        set_setting(s, "receipt.header", ["Demo store", "Main St 1"])
        set_setting(s, "store.cash_step_minor", 5)
        set_setting(s, "store.code", "DEMO2")
    with db.read() as s:
        assert get_setting(s, "store.code") == "DEMO2"
        assert get_setting(s, "receipt.header") == ["Demo store", "Main St 1"]
        assert all_settings(s, "store.") == {"store.code": "DEMO2", "store.cash_step_minor": 5}
    with db.transaction() as s:
        assert delete_setting(s, "store.code") and not delete_setting(s, "store.code")


def test_a_setting_changed_on_its_loaded_row_reads_as_changed(db: Database) -> None:
    with db.transaction() as s:
        set_setting(s, "store.discount_limit_pct", 20)
    with db.transaction() as s:
        row = s.get(Setting, "store.discount_limit_pct")
        assert row is not None
        row.value = 15
        assert get_setting(s, "store.discount_limit_pct") == 15
    with db.read() as s:
        assert get_setting(s, "store.discount_limit_pct") == 15
        assert get_setting(s, "no.such.key", 7) == 7
