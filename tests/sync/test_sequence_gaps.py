"""The till learns of gaps in its sequence at the hub and shows them (issue 15, point 9)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import delete, text

from omnipos.cli import main
from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.sync.enroll import enroll
from omnipos.sync.outbox import OutboxStatus
from omnipos.sync.status import sync_status
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db, queue_sales


def _enrolled(live_hub, tmp_path: Path) -> tuple[Database, MemoryTokenStore]:  # type: ignore[no-untyped-def]
    db = new_till_db(tmp_path, "till")
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    return db, tokens


def test_a_lost_outbox_row_shows_as_a_gap(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    queue_sales(db, 4)
    with db.transaction() as s:  # the row of event 2 is lost (a disk fault, a bad hand)
        s.execute(delete(OutboxEvent).where(OutboxEvent.device_seq == 2))
    report = SyncWorker(db, tokens).run_once()
    assert report.push.applied == 3
    SyncWorker(db, tokens).run_once()  # the next hello reports what the hub holds
    status = sync_status(db)
    assert status["gaps"] == [{"first": 2, "last": 2, "held_here": 0}]
    assert "event 2" in status["gap_warning"] and "not on this till" in status["gap_warning"]
    db.close()


def test_events_the_hub_lost_are_sent_again(live_hub, tmp_path: Path) -> None:
    db, tokens = _enrolled(live_hub, tmp_path)
    queue_sales(db, 3)
    SyncWorker(db, tokens).run_once()
    with live_hub.db.transaction() as s:  # the hub lost event 2 and knows only up to 1
        eid = s.execute(text("SELECT event_id FROM events WHERE device_seq = 2")).scalar_one()
        for table in ("stock_ledger", "sales", "events"):
            s.execute(text(f"DELETE FROM {table} WHERE event_id = :e"), {"e": eid})
        s.execute(text("UPDATE devices SET acked_seq = 1"))
    report = SyncWorker(db, tokens).run_once()
    assert report.push.applied == 1
    with db.read() as s:
        row = s.get(OutboxEvent, eid)
        assert row is not None and row.status == OutboxStatus.ACKED
    assert sync_status(db)["gaps"] == []
    with live_hub.db.read() as s:
        assert s.execute(text("SELECT count(*) FROM events")).scalar_one() == 3
    db.close()


def test_status_shows_the_gap_on_the_command_line(live_hub, tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    data.mkdir()
    from omnipos.db.engine import database_path, open_database

    db = open_database(database_path(data))
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    queue_sales(db, 3)
    with db.transaction() as s:
        s.execute(delete(OutboxEvent).where(OutboxEvent.device_seq == 1))
    SyncWorker(db, tokens).run_once()
    SyncWorker(db, tokens).run_once()
    db.close()
    capsys.readouterr()
    assert main(["status", "--data-dir", str(data)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["gaps"] == [{"first": 1, "last": 1, "held_here": 0}]
    assert "event 1" in info["gap_warning"]


def test_a_till_enrolling_with_a_new_hub_starts_its_sequence_there(live_hub, tmp_path: Path
                                                                   ) -> None:
    """A till that sold before (its sequence at 3) enrolls with this hub as a new till: the
    hub counts its sequence from 3, so the events of its earlier life are no gap."""
    from omnipos.db.counters import DEVICE_SEQ_COUNTER, raise_to

    db = new_till_db(tmp_path, "till")
    with db.transaction() as s:
        raise_to(s, DEVICE_SEQ_COUNTER, 3)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    queue_sales(db, 2)
    SyncWorker(db, tokens).run_once()
    report = SyncWorker(db, tokens).run_once()
    assert report.push.applied == 0
    assert sync_status(db)["gaps"] == []
    with live_hub.db.read() as s:
        assert s.execute(text("SELECT acked_seq FROM devices")).scalar_one() == 5
    db.close()
