"""The outbox is pruned of acknowledged events after sync.outbox_keep_days; the journal stays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from omnipos.db.models import JournalEntry, OutboxEvent
from omnipos.db.settings import set_setting
from omnipos.db.stock import till_level, till_levels
from omnipos.hub.stock import levels as stock
from omnipos.services.journal import verify_chain
from omnipos.sync import outbox
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db, sell


def _statuses(db) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = s.execute(select(OutboxEvent.status, func.count()).group_by(OutboxEvent.status))
        return {str(status): int(n) for status, n in rows}


def _enrolled_with_stock(live_hub, tmp_path: Path):  # type: ignore[no-untyped-def]
    levels = tmp_path / "levels.csv"
    levels.write_text("store,sku,quantity\nS1,A,10\n")
    stock.import_levels(live_hub.db, levels)
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    return db, tokens


def test_acknowledged_events_go_after_the_days_waiting_ones_never(live_hub, tmp_path: Path
                                                                   ) -> None:
    db, tokens = _enrolled_with_stock(live_hub, tmp_path)
    with db.transaction() as s:
        set_setting(s, outbox.KEEP_DAYS_SETTING, 1_000)  # the worker's own pass keeps them
    sell(db, [("A", 3)])
    sell(db, [("A", 2)])
    SyncWorker(db, tokens).run_once()  # both acknowledged: the hub has 5 now
    sell(db, [("A", 1)])  # waits for the next pass
    assert _statuses(db) == {"acked": 2, "pending": 1}
    with db.read() as s:
        before = till_level(s, "A")
        journal = s.scalar(select(func.count()).select_from(JournalEntry))
    assert before == Decimal(4)

    now = datetime.now(UTC)
    assert outbox.prune_acknowledged(db, now + timedelta(days=29), 30) == 0
    assert outbox.prune_acknowledged(db, now + timedelta(days=31), 30) == 2
    assert outbox.prune_acknowledged(db, now + timedelta(days=400), 30) == 0
    assert _statuses(db) == {"pending": 1}
    with db.read() as s:
        # The level does not count the pruned sales twice, whichever way it is read.
        assert till_level(s, "A") == before
        assert till_levels(s)["A"] == before
        assert s.scalar(select(func.count()).select_from(JournalEntry)) == journal
    assert verify_chain(db).ok  # the journal keeps every sale, its chain whole

    report = SyncWorker(db, tokens).run_once()  # the device sequence goes on from the counter
    assert not report.restored and report.push.applied == 1
    with db.read() as s:
        assert till_level(s, "A") == Decimal(4)


def test_a_good_pass_prunes_by_the_setting(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled_with_stock(live_hub, tmp_path)
    sell(db, [("A", 1)])
    SyncWorker(db, tokens).run_once()
    assert _statuses(db) == {"acked": 1}  # 30 days by default
    with db.transaction() as s:
        set_setting(s, outbox.KEEP_DAYS_SETTING, 0)
    sell(db, [("A", 1)])
    SyncWorker(db, tokens).run_once()
    assert _statuses(db) == {}


def test_a_bad_setting_keeps_the_default(tmp_path: Path) -> None:
    db = new_till_db(tmp_path)
    assert outbox.keep_days(db) == outbox.DEFAULT_KEEP_DAYS
    for bad in ("soon", -3):
        with db.transaction() as s:
            set_setting(s, outbox.KEEP_DAYS_SETTING, bad)
        assert outbox.keep_days(db) == outbox.DEFAULT_KEEP_DAYS
    with db.transaction() as s:
        set_setting(s, outbox.KEEP_DAYS_SETTING, "7")
    assert outbox.keep_days(db) == 7
