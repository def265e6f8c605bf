"""The till's sync client against a real hub on an ephemeral port."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select, update

from omnipos.db.catalog import find_by_sku
from omnipos.db.models import OutboxEvent
from omnipos.db.stock import hub_level, till_level
from omnipos.hub import feed
from omnipos.hub.admin.credentials import hash_secret
from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.reports.sales import iter_sales
from omnipos.hub.server import serve_in_thread
from omnipos.hub.stock import levels as stock
from omnipos.hub.store.models import EnrolledTill, EnrollmentCode
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import KeyringUnavailable, SyncError, SyncErrorKind
from omnipos.sync.outbox import quarantined, retry_quarantined
from omnipos.sync.state import AUTH_REQUIRED, get_state
from omnipos.sync.status import sync_status
from omnipos.sync.tokens import KeyringTokenStore, MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db, sell


def _enrolled(live_hub, tmp_path: Path, store: str = "S1", tokens=None):  # type: ignore[no-untyped-def]
    db = new_till_db(tmp_path)
    tokens = tokens or MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code(store), tokens)
    return db, tokens


def test_enroll_keeps_token_in_keyring_only(live_hub, tmp_path: Path, memory_keyring) -> None:
    db = new_till_db(tmp_path)
    result = enroll(db, live_hub.url, live_hub.code("S1"), KeyringTokenStore())
    token = memory_keyring.get_password("omnipos-hub-token", result.device_id)
    assert token and result.store_code == "S1" and result.till_code == "T01"
    assert result.pull.products == 3
    db.close()
    for f in tmp_path.iterdir():
        if f.is_file():
            assert token.encode() not in f.read_bytes(), f"token leaked into {f.name}"


def test_enroll_stops_without_a_keyring_and_keeps_the_code(live_hub, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        db = new_till_db(tmp_path)
        code = live_hub.code("S1")
        with pytest.raises(KeyringUnavailable, match="no usable keyring"):
            enroll(db, live_hub.url, code, KeyringTokenStore())
    finally:
        keyring.set_keyring(previous)
    with live_hub.db.read() as s:
        assert s.get(EnrollmentCode, hash_secret(code.replace("-", ""))).used_at is None


def test_sale_reaches_hub_once_and_status_is_clean(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    done = sell(db, [("A", 2), ("B", 1)])
    status = sync_status(db)
    assert status["outbox_depth"] == 1 and status["oldest_waiting"] is not None
    worker = SyncWorker(db, tokens)
    report = worker.run_once()
    report2 = worker.run_once()
    assert report.push.applied == 1 and report2.push.acked == 0
    sales = list(iter_sales(live_hub.db, "S1"))
    assert [s["receipt_no"] for s in sales] == [done.receipt_no] == ["S1-T01-000001"]
    assert stock.show(live_hub.db, "A") == {"S1": "-2"}
    status = sync_status(db)
    assert status["outbox_depth"] == 0 and status["online"] is True
    assert status["store"] == "S1" and status["database_revision"]
    json.dumps(status)


def test_price_change_reaches_till_in_one_pull(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    upsert_lines(live_hub.db, [CatalogLine("A", "Apple juice", ("04006381333931",), 249, "STD")],
                 "USD")
    SyncWorker(db, tokens).run_once()
    with db.read() as s:
        assert find_by_sku(s, "A").price_minor == 249


def test_till_stock_is_hub_level_plus_pending(live_hub, tmp_path: Path) -> None:
    levels = tmp_path / "levels.csv"
    levels.write_text("store,sku,quantity\nS1,A,10\n")
    stock.import_levels(live_hub.db, levels)
    db, tokens = _enrolled(live_hub, tmp_path)
    with db.read() as s:
        assert till_level(s, "A") == Decimal(10)
        level = hub_level(s, "A")  # kept with the moment the hub says it is true
        assert level is not None and level.as_of is not None
    sell(db, [("A", 3)])
    with db.read() as s:
        assert till_level(s, "A") == Decimal(7)  # 10 at the hub, -3 waiting
    SyncWorker(db, tokens).run_once()
    with db.read() as s:
        assert till_level(s, "A") == Decimal(7)  # 7 at the hub, nothing waiting


def test_invalid_event_is_quarantined_listed_and_queue_goes_on(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    first = sell(db, [("A", 1)])
    second = sell(db, [("B", 1)])
    with db.transaction() as s:  # corrupt the first event's payload
        row = s.get(OutboxEvent, first.event_id)
        row.payload = {**row.payload, "total_minor": "a lot"}
    report = SyncWorker(db, tokens).run_once()
    assert report.push.invalid == 1 and report.push.applied == 1
    listed = quarantined(db)
    assert [q["event_id"] for q in listed] == [first.event_id]
    assert "total_minor" in listed[0]["error"]
    assert sync_status(db)["quarantined"] == 1
    assert [s["receipt_no"] for s in iter_sales(live_hub.db)] == [second.receipt_no]
    assert retry_quarantined(db) == 1  # the manager retries: still invalid, still listed
    SyncWorker(db, tokens).run_once()
    assert len(quarantined(db)) == 1


def test_413_halves_the_batch(tmp_path: Path, live_hub) -> None:
    live_hub.stop()
    live_hub.running = serve_in_thread(live_hub.db, max_body_bytes=12_000)
    live_hub.url = live_hub.running.url
    db, tokens = _enrolled(live_hub, tmp_path)
    for _ in range(12):
        sell(db, [("A", 1), ("B", 2), ("C", 1)])
    worker = SyncWorker(db, tokens, batch_size=64)
    report = worker.run_once()
    assert report.push.applied == 12
    assert worker.batch_size < 64
    assert len(list(iter_sales(live_hub.db))) == 12


def test_401_reauth_reads_the_keyring_again(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    worker = SyncWorker(db, tokens)
    worker.run_once()
    with db.read() as s:
        from omnipos.db.settings import get_setting

        device_id = get_setting(s, "device.id")
    with live_hub.db.transaction() as s:  # the hub revokes the token
        s.execute(update(EnrolledTill).where(EnrolledTill.id == device_id)
                  .values(token_hash=hash_secret("new-token")))
    with pytest.raises(SyncError) as err:
        worker.run_once()
    assert err.value.kind is SyncErrorKind.AUTH
    with db.read() as s:
        assert get_state(s, AUTH_REQUIRED) is True
    tokens.save(device_id, "new-token")  # re-enrolled elsewhere: the keyring has a new token
    worker.run_once()
    with db.read() as s:
        assert get_state(s, AUTH_REQUIRED) is False


def test_410_takes_a_snapshot(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    upsert_lines(live_hub.db, [CatalogLine("A", "Apple juice", ("04006381333931",), 205, "STD")],
                 "USD")
    feed.compact(live_hub.db)
    report = SyncWorker(db, tokens).run_once()
    assert report.pull.snapshot
    with db.read() as s:
        assert find_by_sku(s, "A").price_minor == 205


def test_reenrolling_keeps_the_device(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    sell(db, [("A", 1)])
    SyncWorker(db, tokens).run_once()
    again = enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    assert again.till_code == "T01"
    sell(db, [("A", 1)])
    assert SyncWorker(db, tokens).run_once().push.applied == 1


def test_restore_from_backup_moves_to_new_epoch_and_never_reuses_receipts(
    live_hub, tmp_path: Path
) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    sell(db, [("A", 1)])
    SyncWorker(db, tokens).run_once()
    backup = db.backup(tmp_path / "backup.sqlite3")
    sell(db, [("A", 1)])
    sell(db, [("A", 1)])
    SyncWorker(db, tokens).run_once()
    path = db.path
    db.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    path.write_bytes(backup.read_bytes())  # the till's disk was restored from last night's copy
    from omnipos.db.engine import open_database

    db = open_database(path)
    report = SyncWorker(db, tokens).run_once()
    assert report.restored
    status = sync_status(db)
    assert status["epoch"] == 2 and "restored from a backup" in status["warning"]
    after = sell(db, [("A", 1)])
    assert after.receipt_no == "S1-T01-000004"
    SyncWorker(db, tokens).run_once()
    receipts = [s["receipt_no"] for s in iter_sales(live_hub.db)]
    assert sorted(receipts) == [f"S1-T01-00000{i}" for i in range(1, 5)]
    assert stock.show(live_hub.db, "A") == {"S1": "-4"}


def test_device_of_one_store_cannot_touch_another(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path, "S1")
    worker = SyncWorker(db, tokens)
    with pytest.raises(SyncError) as err:
        worker.client._request("GET", "/v1/sync/pull", object,  # type: ignore[arg-type]
                               params={"store": "S2"})
    assert err.value.status == 403
    with db.read() as s:
        assert s.scalar(select(OutboxEvent.event_id)) is None


def test_enroll_stops_when_the_keyring_fails_its_probe(live_hub, tmp_path: Path) -> None:
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringError

    class Broken(KeyringBackend):
        priority = 1

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringError("no session bus")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringError("no session bus")

        def delete_password(self, service: str, username: str) -> None:
            raise KeyringError("no session bus")

    previous = keyring.get_keyring()
    keyring.set_keyring(Broken())
    try:
        code = live_hub.code("S1")
        with pytest.raises(KeyringUnavailable):
            enroll(new_till_db(tmp_path), live_hub.url, code, KeyringTokenStore())
    finally:
        keyring.set_keyring(previous)
    with live_hub.db.read() as s:
        assert s.get(EnrollmentCode, hash_secret(code.replace("-", ""))).used_at is None
