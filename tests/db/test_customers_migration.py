"""Till revision 0004: the customers table; a sale's tenders carry over, naming no customer."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from omnipos.db import migrations
from omnipos.db.engine import make_engine, open_database
from omnipos.db.models import Customer, Sale


def test_a_till_at_0003_with_a_sale_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "omnipos.sqlite3"
    engine = make_engine(path)
    migrations.upgrade(engine, "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    with con:
        con.execute(
            "INSERT INTO sales (id, receipt_no, receipt_seq, store_code, till_code, cashier,"
            " status, currency, prices, subtotal_minor, discount_minor, tax_minor, total_minor,"
            " rounding_minor, change_minor, created_at) VALUES ('s-1', 'OLD-T01-000001', 1,"
            " 'OLD', 'T01', 'ann', 'completed', 'USD', 'exclusive', 1500, 0, 0, 1500, 0, 0,"
            " '2026-01-02T03:04:05.000000+00:00')")
        con.execute(
            "INSERT INTO sale_tenders (sale_id, idx, kind, amount_minor, tendered_minor,"
            " change_minor, approval_code, card_last4) VALUES ('s-1', 1, 'card', 1500, 0, 0,"
            " 'AP1', '4242')")
    con.close()
    db = open_database(path)
    try:
        assert db.revision() == db.head()
        with db.read() as s:
            sale = s.get(Sale, "s-1")
            assert sale is not None
            [tender] = sale.tenders
            assert (tender.kind, tender.approval_code, tender.customer_id) == ("card", "AP1", None)
            assert s.query(Customer).count() == 0
    finally:
        db.close()
