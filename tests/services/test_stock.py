"""Stock at the till: adjustments by reason (a manager's right), receiving a delivery against
its expected list, and the look-up card."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from omnipos.db.deliveries import store_delivery
from omnipos.db.models import JournalEntry, OutboxEvent
from omnipos.db.settings import set_settings
from omnipos.db.stock import set_elsewhere, set_hub_level, till_level
from omnipos.db.stores import DirectoryStore, upsert_store
from omnipos.domain.deposits import AislePay
from omnipos.domain.errors import PermissionDenied, StateError, ValidationError
from omnipos.domain.shifts import report_lines
from omnipos.domain.stock import AdjustReason, StockBucket
from omnipos.services.stock import StockService


@pytest.fixture
def stock(store_db, clock) -> StockService:  # type: ignore[no-untyped-def]
    with store_db.transaction() as s:
        set_hub_level(s, "SOAP", "10", clock.now, counted_at=clock.now - timedelta(days=3))
    return StockService(store_db, clock=clock)


def test_adjusting_is_a_managers_right_and_moves_by_reason(stock, crew, store_db) -> None:
    with pytest.raises(PermissionDenied):
        stock.adjust("SOAP", "2", AdjustReason.THEFT, actor=crew.cashier)
    done = stock.adjust("SOAP", "2", AdjustReason.DAMAGED, "crushed box", actor=crew.manager)
    assert done.on_hand == 8
    with store_db.read() as s:
        assert till_level(s, "SOAP", StockBucket.DAMAGED) == 2
        [(kind, payload)] = [(e.type, e.payload) for e in s.query(OutboxEvent)]
        journal = [e.kind for e in s.query(JournalEntry)]
    assert kind == "stock.adjusted" and payload["reason"] == "damaged"
    assert payload["adjusted_by"] == "Mia Manager (#9)" and "stock.adjusted" in journal
    with pytest.raises(ValidationError, match="from or to where"):
        stock.adjust("SOAP", "1", AdjustReason.TRANSFER_OUT, actor=crew.manager)
    with pytest.raises(ValidationError, match="more than 0"):
        stock.adjust("SOAP", "0", AdjustReason.FOUND, actor=crew.manager)


def test_receiving_shows_over_and_short_as_it_goes(stock, crew, store_db, clock) -> None:
    with store_db.transaction() as s:
        store_delivery(s, {"delivery_id": "6b3c54a2-0000-4000-8000-000000000001",
                           "number": "D00001", "kind": "supplier", "source": "Acme",
                           "lines": [{"sku": "SOAP", "expected": "6"},
                                     {"sku": "MILK", "expected": "2"}]}, clock.now)
    [delivery] = stock.deliveries()
    assert [(ln.sku, ln.expected, ln.received) for ln in delivery.lines] == \
        [("MILK", 2, 0), ("SOAP", 6, 0)]
    for _ in range(7):
        got = stock.scan_in(delivery.delivery_id, "4006381333931", actor=crew.cashier)
    assert got.line is not None and got.line.over_short == 1
    odd = stock.scan_in(delivery.delivery_id, "2000000000008", actor=crew.cashier)
    assert odd.sku is None and odd.delivery.unknown == ("2000000000008",)
    extra = stock.scan_in(delivery.delivery_id, "BREAD", Decimal(3), actor=crew.cashier)
    assert extra.line is not None and (extra.line.expected, extra.line.received) == (0, 3)
    done = stock.complete(delivery.delivery_id, actor=crew.cashier)
    assert (done.lines, done.discrepancies) == (3, 3)
    with store_db.read() as s:
        assert till_level(s, "SOAP") == 17 and till_level(s, "BREAD") == 3
        [payload] = [e.payload for e in s.query(OutboxEvent) if e.type == "stock.received"]
    assert payload["unknown"] == ["2000000000008"]
    assert {ln["sku"]: (ln["expected"], ln["received"]) for ln in payload["lines"]} == \
        {"SOAP": ("6", "7"), "MILK": ("2", "0"), "BREAD": ("0", "3")}
    with pytest.raises(StateError, match="received already"):
        stock.scan_in(delivery.delivery_id, "SOAP", actor=crew.cashier)
    assert stock.deliveries() == []


def test_the_card_says_what_is_here_promised_elsewhere_and_when_counted(stock, store_db,
                                                                       clock) -> None:
    as_of = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
    with store_db.transaction() as s:
        set_settings(s, {"store.lat": "45.52", "store.lon": "-122.68"})
        upsert_store(s, DirectoryStore("S2", "Harbour", "", "45.60", "-122.68", "", "UTC"), as_of)
        upsert_store(s, DirectoryStore("S3", "Far away", "", "47.61", "-122.33", "", "UTC"), as_of)
        set_elsewhere(s, "S3", "SOAP", "9", as_of)
        set_elsewhere(s, "S2", "SOAP", "4", as_of)
        set_elsewhere(s, "S2", "SOAP", "1", as_of - timedelta(hours=1))  # an older page again
    card = stock.card("4006381333931")
    assert card.product.sku == "SOAP" and card.on_hand == 10 and card.available == 10
    assert card.counted_at == clock.now - timedelta(days=3)
    assert [(o.code, o.name, o.available) for o in card.elsewhere] == \
        [("S2", "Harbour", 4), ("S3", "Far away", 9)]
    assert card.elsewhere[0].distance_km is not None and 8 < card.elsewhere[0].distance_km < 10


def test_an_aisle_order_is_paid_here_and_queued_for_the_hub(stock, crew, store_db) -> None:
    from omnipos.services.stock import AisleRequest

    with store_db.transaction() as s:
        upsert_store(s, DirectoryStore("S2", "Harbour", "", "45.60", "-122.68", "", "UTC"),
                     datetime.now(UTC))
    with pytest.raises(ValidationError, match="not another store"):
        stock.start_order(AisleRequest("SOAP", "1", "Ada", pickup_store="S9"))
    with pytest.raises(ValidationError, match="street, city"):
        stock.start_order(AisleRequest("SOAP", "1", "Ada", line1="1 Main St"))
    with pytest.raises(ValidationError, match="name"):
        stock.start_order(AisleRequest("SOAP", "1", " ", pickup_store="S2"))
    want = AisleRequest("SOAP", "2", "Ada Lovelace", phone="555 0100", pickup_store="S2")
    payment = stock.start_order(want)
    payment.add_cash(payment.remaining_minor)
    done = stock.place_order(want, payment, actor=crew.cashier)
    assert done.sale is not None and done.where == "collect at S2 Harbour"
    with store_db.read() as s:
        events = {e.type: e.payload for e in s.query(OutboxEvent)}
        assert till_level(s, "SOAP") == 10  # the goods leave the other store, not this one
    order = events["order.requested"]
    assert order["number"] == done.number and order["paid"] is True
    assert order["fulfilment"] == {"type": "pickup", "store": "S2"}
    assert order["receipt_no"] == done.sale.receipt_no and "sale.completed" in events
    assert events["sale.completed"]["stock"] == []  # money only
    later = AisleRequest("SOAP", "1", "Ada Lovelace", pickup_store="S2",
                         pay=AislePay.ON_COLLECTION)
    unpaid = stock.place_order(later, actor=crew.cashier)
    assert unpaid.sale is None and unpaid.number != done.number
    with pytest.raises(ValidationError, match="paid now"):
        stock.place_order(AisleRequest("SOAP", "1", "Ada", line1="1 Main St", city="Portland",
                                       postcode="97201", country="US",
                                       pay=AislePay.ON_COLLECTION))


def test_an_aisle_deposit_is_held_money_in_the_shift_not_a_sale(stock, crew, store_db) -> None:
    from omnipos.db.models import Sale
    from omnipos.db.models.aisle import Deposit
    from omnipos.services.shifts import ShiftService
    from omnipos.services.stock import AisleRequest

    with store_db.transaction() as s:
        upsert_store(s, DirectoryStore("S2", "Harbour", "", "45.60", "-122.68", "", "UTC"),
                     datetime.now(UTC))
        set_settings(s, {"aisle.deposit_percent": 25, "aisle.deposit_minimum_percent": 10})
        set_elsewhere(s, "S2", "SOAP", "4", datetime.now(UTC))
    two = AisleRequest("SOAP", "2", "Ada Lovelace", pickup_store="S2", pay=AislePay.DEPOSIT)
    whole = stock.start_order(AisleRequest("SOAP", "2", "Ada", pickup_store="S2")).total_minor
    payment = stock.start_order(two)  # empty: the store's default share, rounded up
    assert payment.total_minor == -(-whole * 25 // 100)
    with pytest.raises(ValidationError, match="at least 10%"):
        stock.start_order(replace(two, deposit="0.01"))
    with pytest.raises(ValidationError, match="less than the order's total"):
        stock.start_order(replace(two, deposit=f"{whole / 100:.2f}"))
    with pytest.raises(ValidationError, match="paid now, in full"):
        stock.start_order(replace(two, pickup_store="", line1="1 Main St", city="Portland",
                                  postcode="97201", country="US"))
    typed = replace(two, deposit="1.50")
    payment = stock.start_order(typed)
    assert payment.total_minor == 150
    with pytest.raises(StateError, match="changed after payment"):
        stock.place_order(two, payment, actor=crew.cashier)
    payment.add_cash(500)
    done = stock.place_order(typed, payment, actor=crew.cashier)
    assert done.sale is None and done.paid_minor == 150 and done.open_drawer
    assert done.total_minor == whole
    # The card shows at once what S2 can still promise (the hub's figure follows on the feed).
    assert [(o.code, o.available) for o in stock.card("SOAP").elsewhere] == [("S2", 2)]
    with store_db.read() as s:
        [deposit] = s.query(Deposit).all()
        assert (deposit.kind, deposit.amount_minor, deposit.order_number) == \
            ("taken", 150, done.number)
        assert s.query(Sale).count() == 0  # held for the customer, not sold here
        order = next(e.payload for e in s.query(OutboxEvent) if e.type == "order.requested")
        kinds = [e.kind for e in s.query(JournalEntry)]
    assert order["paid"] is False and order["paid_minor"] == 150
    assert "deposit.taken" in kinds and "aisle.ordered" in kinds
    x = ShiftService(store_db).x_report(actor=crew.cashier)
    assert (x.tally.deposits_count, x.tally.deposits_minor, x.tally.sales_minor) == (1, 150, 0)
    assert x.tally.tenders == {"cash": 150} and x.tally.cash_taken == 150
    assert x.expected_cash == x.tally.opening_float + 150
    assert any(line.startswith("Deposits on orders (1)") for line in report_lines(x))
