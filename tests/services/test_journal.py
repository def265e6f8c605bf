"""The journal chain: verify names the first broken entry; export writes JSON lines."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date

from omnipos.db.engine import Database
from omnipos.domain.shifts import CashCount
from omnipos.services.journal import export_jsonl, verify_chain
from omnipos.services.shifts import ShiftService
from tests.support.staff import Crew, FakeClock


def _activity(db: Database, clock: FakeClock, crew: Crew) -> None:
    shifts = ShiftService(db, clock=clock)
    shifts.open(CashCount("USD", {1000: 3}), actor=crew.cashier)
    clock.advance(days=1)
    shifts.pay_in(500, "change", actor=crew.manager)
    clock.advance(days=1)
    shifts.no_sale(actor=crew.manager)


def test_verify_passes_then_catches_one_edited_row(
    store_db: Database, crew: Crew, clock: FakeClock
) -> None:
    _activity(store_db, clock, crew)
    check = verify_chain(store_db)
    assert check.ok and check.checked >= 8, check.message()
    con = sqlite3.connect(store_db.path)
    with con:
        con.execute(
            "UPDATE journal SET payload = json_set(payload, '$.amount_minor', 50000)"
            " WHERE kind = 'cash.pay_in'"
        )
        seq = con.execute("SELECT seq FROM journal WHERE kind = 'cash.pay_in'").fetchone()[0]
    con.close()
    check = verify_chain(store_db)
    assert not check.ok and check.broken_seq == seq
    assert f"entry {seq}" in check.message()


def test_verify_catches_a_deleted_row_and_a_rehashed_row(
    store_db: Database, crew: Crew, clock: FakeClock
) -> None:
    _activity(store_db, clock, crew)
    con = sqlite3.connect(store_db.path)
    with con:
        con.execute("UPDATE journal SET hash = ? WHERE seq = 3", ("f" * 64,))
    con.close()
    assert verify_chain(store_db).broken_seq == 3
    con = sqlite3.connect(store_db.path)
    with con:
        con.execute("DELETE FROM journal WHERE seq = 2")
    con.close()
    check = verify_chain(store_db)
    assert check.broken_seq == 2 and "missing" in check.reason


def test_export_between_dates(store_db: Database, crew: Crew, clock: FakeClock) -> None:
    _activity(store_db, clock, crew)
    day0 = date(2026, 11, 26)
    out = io.StringIO()
    n_all = export_jsonl(store_db, day0, date(2026, 11, 28), out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n_all == len(rows) == verify_chain(store_db).checked
    assert {"seq", "kind", "actor", "payload", "prev_hash", "hash", "occurred_at"} <= set(rows[0])
    out = io.StringIO()
    assert export_jsonl(store_db, date(2026, 11, 27), date(2026, 11, 27), out) == 1
    assert json.loads(out.getvalue())["kind"] == "cash.pay_in"
