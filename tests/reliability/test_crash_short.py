"""Crash consistency: SIGKILL a selling till, check integrity and what it confirmed.

``make test``: a few fresh-process kills (a real restart each time) and a few
dozen forked ones. ``make reliability`` (OMNIPOS_RELIABILITY=full): 1,000
kills through the fork server.
"""

from __future__ import annotations

import os
import time

from tests.conftest import make_store
from tests.reliability.conftest import FULL, scale
from tests.reliability.crash import CrashReport, run_crashes, run_forked_crashes


def _figure(report: CrashReport, seconds: float) -> str:
    return (f"{report.sales} sales, {report.confirmed} confirmed all present, "
            f"{report.unconfirmed_present} killed between commit and receipt, {seconds:.0f}s")


def test_sigkill_never_loses_or_half_writes_a_sale(tmp_path, record) -> None:
    path = tmp_path / "till.sqlite3"
    make_store(path).close()
    runs = int(os.environ.get("OMNIPOS_CRASH_RUNS", str(scale(2, 12))))
    started = time.monotonic()
    report = run_crashes(path, runs=runs)
    record("crash, fresh process", runs=report.runs, failures=len(report.failures),
           figure=_figure(report, time.monotonic() - started))
    assert report.failures == []
    assert report.runs == runs
    assert report.sales > 0


def test_sigkill_mid_transaction_forked(tmp_path, record) -> None:
    path = tmp_path / "till.sqlite3"
    make_store(path).close()
    runs = scale(20, 1000)
    started = time.monotonic()
    report = run_forked_crashes(path, runs=runs, seed=7 if FULL else 3)
    record("crash, SIGKILL (fork server)", runs=report.runs, failures=len(report.failures),
           figure=_figure(report, time.monotonic() - started))
    assert report.failures == []
    assert report.runs == runs
    assert report.sales > 0


def test_the_checks_see_a_half_written_or_changed_sale(tmp_path) -> None:
    """The kill test's checks fail when any table a sale writes, or the journal, is off."""
    import sqlite3

    from omnipos.domain.tenders import Payment
    from omnipos.services.selling import CheckoutService
    from tests.reliability.crash_checks import JournalCursor, check_journal, check_sales

    path = tmp_path / "till.sqlite3"
    db = make_store(path)
    co = CheckoutService(db)
    for codes in (("4006381333931", "96385074"), ("036000291452",)):
        cart = co.new_cart()
        for code in codes:
            co.scan(cart, code)
        payment: Payment = co.start_payment(cart)
        payment.add_cash(payment.cash_due_minor + 100)
        co.complete_sale(cart, payment)
    from omnipos.services.journal import journal_keys

    keyed = JournalCursor(key=journal_keys(db).stored())  # the chain as the till keyed it
    db.close()
    tampering = {
        "shift": "UPDATE sales SET shift_id = NULL WHERE rowid = 1",
        "tax rows": "DELETE FROM sale_taxes WHERE rowid = (SELECT min(rowid) FROM sale_taxes)",
        "tax base": "UPDATE sale_taxes SET base_minor = base_minor + 1",
        "tenders": "UPDATE sale_tenders SET amount_minor = amount_minor - 1",
        "stock": "UPDATE stock_movements SET delta = '-2' WHERE rowid = 1",
        "outbox": "UPDATE outbox SET payload = json_set(payload, '$.total_minor', 1)",
        "counter": "UPDATE counters SET value = value + 1 WHERE name = 'receipt'",
        "journal": "DELETE FROM journal WHERE kind = 'sale' AND seq = (SELECT max(seq) FROM"
                   " journal)",
    }
    con = sqlite3.connect(path)
    try:
        assert check_sales(con) == [] and check_journal(con, keyed) == []
        for what, sql in tampering.items():
            con.execute("SAVEPOINT t")
            con.execute(sql)
            assert check_sales(con), f"changed {what} unseen"
            con.execute("ROLLBACK TO t")
            con.execute("RELEASE t")
        con.execute("UPDATE journal SET actor = 'someone' WHERE seq = 1")
        assert check_journal(con, JournalCursor(key=keyed.key)) == [
            "journal entry 1 does not match its hash"]
    finally:
        con.close()
