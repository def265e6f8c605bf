"""The device token never appears in the till's SQLite files, its settings or the logs.

Checked after an enrollment and a sync (a push of a sale, a shift close and a
cash movement, and a pull), against a real hub on an ephemeral port.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from omnipos.db.settings import all_settings
from omnipos.domain.shifts import CashCount
from omnipos.services.shifts import ShiftService
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import KeyringTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import LiveHub, MemoryKeyring, new_till_db, sell


def test_token_only_in_the_keyring(
    live_hub: LiveHub,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    till_dir = tmp_path / "till"
    till_dir.mkdir()
    db = new_till_db(till_dir)
    result = enroll(db, live_hub.url, live_hub.code("S1"), KeyringTokenStore())
    token = memory_keyring.get_password("omnipos-hub-token", result.device_id)
    assert token and len(token) > 20
    shifts = ShiftService(db)
    shifts.open(CashCount("USD", {1000: 5}), actor=None)
    sell(db, [("A", 1)])
    shifts.pay_in(500, "coins", actor=None)
    report = SyncWorker(db, KeyringTokenStore()).run_once()
    assert report is not None
    with db.read() as s:
        settings = all_settings(s)
        from sqlalchemy import select

        from omnipos.db.models import OutboxEvent, SyncState

        pending = s.scalar(select(OutboxEvent).where(OutboxEvent.status == "pending"))
        state = {row.key: row.value for row in s.scalars(select(SyncState))}
    assert pending is None, "the sync pushed everything"
    assert settings["device.id"] == result.device_id
    assert token not in json.dumps(settings) and token not in json.dumps(state, default=str)
    db.close()
    files = [f for f in tmp_path.rglob("*") if f.is_file()]
    assert any(f.suffix == ".sqlite3" for f in files)
    for f in files:  # the till's database, WAL, backups and the hub's own file
        assert token.encode() not in f.read_bytes(), f"token found in {f}"
    assert caplog.records, "logging was captured"
    assert token not in caplog.text
    for rec in caplog.records:
        assert token not in rec.getMessage()
