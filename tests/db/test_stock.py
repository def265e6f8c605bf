"""The till's stock table: hub levels as of the cursor plus movements the hub has not
acknowledged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from sqlalchemy import update

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent, StockMovement
from omnipos.db.stock import clear_hub_levels, hub_level, movements_total, set_hub_level, till_level
from omnipos.domain.stock import StockBucket
from omnipos.sync.outbox import OutboxStatus

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _outbox(event_id: str, seq: int) -> OutboxEvent:
    return OutboxEvent(event_id=event_id, device_seq=seq, type="sale.completed", schema_version=1,
                       occurred_at=T0, payload={}, status=OutboxStatus.PENDING, result="", error="",
                       attempts=0, acked_at=None)


def _move(event_id: str, delta: str, minutes: int, bucket: StockBucket = StockBucket.SELLABLE,
          sku: str = "X") -> StockMovement:
    return StockMovement(event_id=event_id, line=1, sku=sku, bucket=bucket, delta=delta,
                         reason="sale", occurred_at=T0 + timedelta(minutes=minutes))


def test_standalone_level_is_the_sum_of_movements(db: Database) -> None:
    with db.transaction() as s:
        s.add_all([_move("e1", "10", 0), _move("e2", "-0.345", 5),
                   _move("e3", "-2", 6, StockBucket.DAMAGED)])
    with db.read() as s:
        assert till_level(s, "X") == Decimal("9.655")
        assert till_level(s, "X", StockBucket.DAMAGED) == Decimal(-2)
        assert till_level(s, "nothing") == 0
        moments = sorted(m.occurred_at for m in s.query(StockMovement))
        assert moments == [T0, T0 + timedelta(minutes=5), T0 + timedelta(minutes=6)]


def test_hub_level_plus_what_the_hub_has_not_acknowledged(db: Database) -> None:
    as_of = T0 + timedelta(minutes=1)
    with db.transaction() as s:
        s.add_all([_outbox("e1", 1), _outbox("e2", 2)])
        s.add_all([_move("e1", "-1", 0), _move("e2", "-3", 2)])
        set_hub_level(s, "X", "10", as_of)
    with db.read() as s:
        assert till_level(s, "X") == Decimal(6)  # 10 at the hub, -1 and -3 not acknowledged
        level = hub_level(s, "X")
        assert level is not None and level.level == 10 and level.as_of == as_of
    with db.transaction() as s:  # the hub acknowledged e1 (and counted it in its next level)
        s.execute(update(OutboxEvent).where(OutboxEvent.event_id == "e1")
                  .values(status=OutboxStatus.ACKED, acked_at=T0 + timedelta(minutes=3)))
        set_hub_level(s, "X", "9", None)
    with db.read() as s:
        assert till_level(s, "X") == Decimal(6)  # 9 at the hub, -3 still waiting
        assert movements_total(s, "X", unacknowledged_only=True) == Decimal(-3)
        assert movements_total(s, "X") == Decimal(-4)
    with db.transaction() as s:
        clear_hub_levels(s)
    with db.read() as s:
        assert hub_level(s, "X") is None
        assert till_level(s, "X") == Decimal(-4)  # the till's own movements stay


def test_the_feeds_levels_are_upserted_and_an_older_page_changes_nothing(store_db) -> None:
    from omnipos.db.stock import elsewhere, set_elsewhere

    t0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    with store_db.transaction() as s:
        set_hub_level(s, "SOAP", "7", t0, counted_at=t0)
        set_hub_level(s, "SOAP", "5", t0 + timedelta(minutes=1))  # no count said: kept
        set_elsewhere(s, "S2", "SOAP", "4", t0 + timedelta(minutes=2))
        set_elsewhere(s, "S2", "SOAP", "9", t0)  # a replayed, older page
    with store_db.read() as s:
        level = hub_level(s, "SOAP")
        assert level is not None and (level.level, level.counted_at) == (5, t0)
        assert [(e.store, e.available) for e in elsewhere(s, "SOAP")] == [("S2", 4)]
