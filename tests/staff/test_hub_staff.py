"""Staff made at the hub reach only their store's tills; Z reports reach the hub."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from omnipos.db.models import OutboxEvent
from omnipos.domain.errors import ValidationError
from omnipos.domain.pins import FAST_FOR_TESTS
from omnipos.domain.shifts import CashCount
from omnipos.hub.admin import staff as hub_staff
from omnipos.hub.commands.main import main as hub_main
from omnipos.hub.reports.shifts import list_shift_reports
from omnipos.hub.store.models import HubStaff, QuarantinedEvent
from omnipos.services.shifts import ShiftService
from omnipos.services.staff import StaffService
from omnipos.sync.enroll import enroll
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import LiveHub, new_till_db, sell


def test_hub_staff_pins_unique_per_store(live_hub: LiveHub) -> None:
    db = live_hub.db
    data = hub_staff.add_staff(
        db, "S1", "9", "Mia Manager", "manager", "9753", hasher=FAST_FOR_TESTS
    )
    assert data["pin_hash"].startswith("scrypt$") and "9753" not in json.dumps(data)
    with pytest.raises(ValidationError, match="already in use"):
        hub_staff.add_staff(db, "S1", "1", "Cam", "cashier", "9753", hasher=FAST_FOR_TESTS)
    hub_staff.add_staff(db, "S2", "1", "Other store", "cashier", "9753", hasher=FAST_FOR_TESTS)
    hub_staff.add_staff(
        db, "S1", "9", "Mia M. Manager", "manager", "9753", hasher=FAST_FOR_TESTS
    )  # update
    with db.read() as s:
        assert s.query(HubStaff).count() == 2
    assert [r["name"] for r in hub_staff.list_staff(db, "S1")] == ["Mia M. Manager"]
    assert all("pin_hash" not in r for r in hub_staff.list_staff(db))


def test_staff_feed_reaches_only_its_store_and_signs_in_offline(
    live_hub: LiveHub, tmp_path: Path
) -> None:
    hub_staff.add_staff(
        live_hub.db, "S1", "9", "Mia Manager", "manager", "9753", badge="B-9", hasher=FAST_FOR_TESTS
    )
    hub_staff.add_staff(
        live_hub.db, "S2", "5", "Harbour Hal", "cashier", "1357", hasher=FAST_FOR_TESTS
    )
    db = new_till_db(tmp_path)
    enroll(db, live_hub.url, live_hub.code("S1"), MemoryTokenStore())
    live_hub.stop()  # offline from here on
    staff = StaffService(db)
    assert staff.has_staff()
    assert [s.number for s in staff.list_staff()] == ["9"]
    assert staff.login("9753").name == "Mia Manager"
    assert staff.login_badge("B-9").number == "9"
    with pytest.raises(Exception, match="wrong PIN"):
        staff.login("1357")
    db.close()


def test_removed_staff_stop_signing_in(live_hub: LiveHub, tmp_path: Path) -> None:
    hub_staff.add_staff(
        live_hub.db, "S1", "9", "Mia Manager", "manager", "9753", hasher=FAST_FOR_TESTS
    )
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    hub_staff.deactivate_staff(live_hub.db, "S1", "9")
    SyncWorker(db, tokens).run_once()
    assert not StaffService(db).has_staff()
    db.close()


def test_z_report_reaches_the_hub_per_store_and_till(
    live_hub: LiveHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code("S1"), tokens)
    shifts = ShiftService(db)
    shifts.open(CashCount("USD", {1000: 5}), actor=None)
    sell(db, [("A", 1)])
    shifts.pay_out(100, "stamps", actor=None)
    SyncWorker(db, tokens).run_once()  # events acknowledged: the close needs no override
    assert shifts.pending_events() == 0
    counted = CashCount("USD", {1000: 5, 100: 1, 10: 1, 5: 1, 1: 1})  # 51.16
    closed = shifts.close(counted, actor=None)
    SyncWorker(db, tokens).run_once()
    reports = list_shift_reports(live_hub.db, "S1", "T01")
    assert len(reports) == 1
    r = reports[0]
    assert (
        r["shift_id"] == closed.shift_id and r["expected_cash_minor"] == closed.report.expected_cash
    )
    assert r["counted_cash_minor"] == 5116 and r["pending_events"] == 0
    assert list_shift_reports(live_hub.db, "S2") == []
    with live_hub.db.read() as s:  # the cash movement and the close were applied, not quarantined
        assert s.scalar(select(func.count()).select_from(QuarantinedEvent)) == 0
    with db.read() as s:
        statuses = set(s.scalars(select(OutboxEvent.status)))
        assert statuses == {"acked"}
    assert hub_main(["--db", live_hub.db_url, "shifts", "list", "--store", "S1"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["shift_id"] == closed.shift_id
    db.close()
