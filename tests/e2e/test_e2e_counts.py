"""Counts end to end with a real hub and real tills: a count taken while two tills keep
selling the counted item, one of them offline until after approval, leaves the hub with the
physical quantity; two tills counting one session by area merge; an unknown barcode is kept,
matched, and the ones left unmatched reach the hub."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from omnipos.db.engine import Database
from omnipos.db.stock import hub_level, till_level
from omnipos.hub.counts import sessions
from omnipos.hub.stock import levels
from omnipos.services.counts import CountService
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.staff import FakeClock
from tests.support.sync import new_till_db, sell

APPLE_EAN = "4006381333931"  # sku A in the live hub's catalog
BREAD_EAN = "036000291452"  # sku B


def _till(live_hub: Any, tmp_path: Path, name: str) -> tuple[Database, SyncWorker]:
    db = new_till_db(tmp_path, name)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    return db, SyncWorker(db, tokens)


def _stock(live_hub: Any, tmp_path: Path, text: str) -> None:
    csv = tmp_path / "levels.csv"
    csv.write_text("store,sku,quantity\n" + text)
    levels.import_levels(live_hub.db, csv)


def _level(db: Database, sku: str) -> Decimal:
    with db.read() as s:
        found = hub_level(s, sku)
        assert found is not None
        return found.level


def test_a_count_while_two_tills_sell_one_offline_until_after_approval(live_hub,
                                                                       tmp_path: Path) -> None:
    # The hub believes 20; two were stolen long ago: 18 are on the shelf.
    _stock(live_hub, tmp_path, "S1,A,20\n")
    counter, sync_1 = _till(live_hub, tmp_path, "counter")
    other, sync_2 = _till(live_hub, tmp_path, "other")
    session = sessions.create_session(live_hub.db, "S1", skus=["A"])
    sync_1.run_once()
    sync_2.run_once()  # from here on the other till is offline
    clock = FakeClock(datetime.now(UTC) + timedelta(minutes=1))  # after the hub's import
    sell(other, [("A", 1)], clock=clock)  # offline, before the count: 17 on the shelf
    clock.advance(minutes=1)
    sell(counter, [("A", 1)], clock=clock)  # 16 on the shelf
    sync_1.run_once()
    counts = CountService(counter, clock=clock)
    [info] = counts.sessions()
    assert info.session_id == session["session_id"] and info.blind
    counts.open_area(info.session_id)
    for _ in range(16):
        clock.advance(seconds=2)
        counts.scan(info.session_id, "", APPLE_EAN)
    clock.advance(minutes=1)
    sell(counter, [("A", 1)], clock=clock)  # after the count: 15
    sell(other, [("A", 1)], clock=clock)  # offline, after the count: 14
    clock.advance(minutes=1)
    review = counts.review(info.session_id, "")
    [line] = review.lines
    # The counting till knows its own sales: expected 19 at the moment A was counted.
    assert (line.counted, line.expected, line.variance) == (16, 19, -3)
    counts.submit(info.session_id, "")
    with counter.read() as s:
        assert till_level(s, "A") == 15  # its own figure follows at once
    sync_1.run_once()
    assert levels.show(live_hub.db, "A") == {"S1": "15"}
    sync_2.run_once()  # online again: one sale from before the count, one after
    assert levels.show(live_hub.db, "A") == {"S1": "14"}  # what is on the shelf
    [result] = sessions.show_session(live_hub.db, session["number"])["lines"]
    assert (result["counted"], result["expected"], result["late"]) == ("16", "18", "-1")
    sync_1.run_once()
    sync_2.run_once()
    assert _level(counter, "A") == 14 and _level(other, "A") == 14
    with counter.read() as s:
        assert hub_level(s, "A").counted_at is not None  # type: ignore[union-attr]
    counter.close()
    other.close()


def test_two_tills_count_one_session_by_area_and_merge(live_hub, tmp_path: Path) -> None:
    _stock(live_hub, tmp_path, "S1,A,10\nS1,B,1\n")
    front, sync_f = _till(live_hub, tmp_path, "front")
    back, sync_b = _till(live_hub, tmp_path, "back")
    made = sessions.create_session(live_hub.db, "S1", skus=["A", "B"])
    for sync in (sync_f, sync_b):
        sync.run_once()
    for db, sync, area, codes in ((front, sync_f, "Front", [APPLE_EAN] * 5),
                                  (back, sync_b, "Back room", [APPLE_EAN] * 3 + [BREAD_EAN] * 2)):
        svc = CountService(db)
        svc.open_area(made["session_id"], area)
        for code in codes:
            svc.scan(made["session_id"], area, code)
        svc.review(made["session_id"], area)
        svc.submit(made["session_id"], area)
        sync.run_once()
    assert levels.show(live_hub.db, "A") == {"S1": "8"}
    assert levels.show(live_hub.db, "B") == {"S1": "2"}
    shown = sessions.show_session(live_hub.db, made["number"])
    assert sorted(shown["areas"]) == ["Back room", "Front"] and shown["state"] == "open"
    sync_f.run_once()
    [info] = CountService(front).sessions()
    assert sorted(info.areas_submitted) == ["Back room", "Front"]
    front.close()
    back.close()


def test_an_unknown_barcode_is_kept_matched_and_the_rest_reported(live_hub,
                                                                 tmp_path: Path) -> None:
    _stock(live_hub, tmp_path, "S1,C,4\n")
    db, sync = _till(live_hub, tmp_path, "t")
    made = sessions.create_session(live_hub.db, "S1", skus=["C"])
    sync.run_once()
    svc = CountService(db)
    svc.open_area(made["session_id"])
    for code in ("0000000000017", "0000000000017", "0000000000017", "2999999999995"):
        assert svc.scan(made["session_id"], "", code).sku is None  # kept, not refused
    review = svc.review(made["session_id"], "")
    assert [(u.code, u.scans) for u in review.unknown] == [("0000000000017", 3),
                                                           ("2999999999995", 1)]
    svc.back_to_counting(made["session_id"], "")
    svc.match(made["session_id"], "", "0000000000017", "C")  # the cheese's label was torn
    svc.review(made["session_id"], "")
    svc.submit(made["session_id"], "")
    sync.run_once()
    assert levels.show(live_hub.db, "C") == {"S1": "3"}
    [area] = sessions.show_session(live_hub.db, made["number"])["area_detail"]
    assert area["unknown"] == [{"code": "2999999999995", "scans": 1}]
    db.close()
