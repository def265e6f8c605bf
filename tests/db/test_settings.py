"""Store settings as JSON values."""

from __future__ import annotations

from omnipos.db.engine import Database
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
