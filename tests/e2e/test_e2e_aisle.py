"""The endless aisle end to end: a till orders an item it does not have for pickup at another
store, paid here; the event reaches the hub and becomes an order through the channel code
path, routed to the other store with its stock reserved; queued while the hub is away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.domain.deposits import AislePay
from omnipos.domain.shifts import CashCount
from omnipos.hub.orders import changes
from omnipos.hub.orders.views import order_view
from omnipos.hub.stock import levels
from omnipos.hub.store.models import Channel, Order, OrderLine
from omnipos.services.pickups import PickupService
from omnipos.services.shifts import ShiftService
from omnipos.services.stock import AisleRequest, StockService
from omnipos.sync.enroll import enroll
from omnipos.sync.errors import SyncError
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db


def _till(live_hub: Any, tmp_path: Path, store: str = "S1") -> tuple[Database, SyncWorker]:
    """A till of ``store`` enrolled with the hub, and its sync worker."""
    db = new_till_db(tmp_path, store.lower())
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code(store), tokens)
    return db, SyncWorker(db, tokens)


def _five_at_s2_none_here(live_hub: Any, tmp_path: Path) -> None:
    csv = tmp_path / "levels.csv"
    csv.write_text("store,sku,quantity\nS1,A,0\nS2,A,5\n")
    levels.import_levels(live_hub.db, csv)


def _deposit_placed(live_hub: Any, tmp_path: Path, qty: str,
                    deposit: str) -> tuple[Database, SyncWorker, Any]:
    """Till S1, with a shift open, orders ``qty`` of A for pickup at S2, paying ``deposit`` in
    cash; the order is synced to the hub."""
    _five_at_s2_none_here(live_hub, tmp_path)
    db, sync = _till(live_hub, tmp_path)
    sync.run_once()
    stock = StockService(db)
    ShiftService(db).open(CashCount("USD"), actor=None)
    want = AisleRequest("A", qty, "Ada Lovelace", pickup_store="S2", pay=AislePay.DEPOSIT,
                        deposit=deposit)
    payment = stock.start_order(want)
    payment.add_cash(payment.remaining_minor)
    done = stock.place_order(want, payment)
    sync.run_once()
    return db, sync, done


def test_an_item_ordered_here_for_pickup_at_another_store(live_hub, tmp_path: Path) -> None:
    _five_at_s2_none_here(live_hub, tmp_path)
    db, sync = _till(live_hub, tmp_path)
    sync.run_once()  # the other stores and their available stock reach the till
    stock = StockService(db)
    card = stock.card("A")
    assert [(o.code, o.available) for o in card.elsewhere] == [("S2", 5)]
    ShiftService(db).open(CashCount("USD"), actor=None)
    want = AisleRequest("A", "2", "Ada Lovelace", email="ada@example.com", pickup_store="S2")
    payment = stock.start_order(want)
    payment.add_cash(payment.remaining_minor)
    live_hub.stop()  # the hub is away: the order waits in the outbox
    done = stock.place_order(want, payment)
    with pytest.raises(SyncError):
        sync.run_once()
    with db.read() as s:
        assert [e.type for e in s.query(OutboxEvent)] == ["sale.completed", "order.requested"]
    live_hub.start()
    sync.run_once()
    sync.run_once()  # a second pass sends nothing twice
    with live_hub.db.read() as s:
        [order] = s.scalars(select(Order)).all()
        channel = s.get(Channel, order.channel_id)
        [line] = s.scalars(select(OrderLine).where(OrderLine.order_id == order.id)).all()
        assert channel is not None and channel.name == "store S1"
        assert (order.channel_order_id, order.pickup_store, order.paid) == (done.number, "S2",
                                                                          True)
        assert order.customer_name == "Ada Lovelace" and line.quantity_milli == 2000
        assert order.state == "routed"
    assert levels.show(live_hub.db, "A") == {"S2": "5"}  # on hand: reserved, not yet sold
    sync.run_once()
    [harbour] = stock.card("A").elsewhere
    assert harbour.available == 3  # what S2 can still promise
    db.close()


def test_a_deposit_here_and_the_balance_at_the_collecting_store(live_hub, tmp_path: Path) -> None:
    """Till A takes a deposit, the hub's order carries it, store B's pickup asks only for the
    balance, and the money adds up to the order's total, to the cent."""
    db, _sync, done = _deposit_placed(live_hub, tmp_path, "3", "2.00")
    assert done.sale is None and done.paid_minor == 200
    x = ShiftService(db).x_report(actor=None)
    assert x.tally.deposits_minor == 200 and x.tally.cash_taken == 200 and x.tally.sales_count == 0
    with live_hub.db.read() as s:
        [order] = s.scalars(select(Order)).all()
        assert (order.paid, order.deposit_minor) == (False, 200)
        order_id, total = order.id, order.total_minor
        assert order_view(s, order)["paid_minor"] == 200  # what GET /v1/orders/{id} says
    assert total > 200
    # Store B: its till pulls the order, picks and readies it, and takes the balance.
    b_db, b_sync = _till(live_hub, tmp_path, "S2")
    b_sync.run_once()
    pickups = PickupService(b_db)
    [row] = pickups.queue().rows
    assert row.due_minor == total - 200
    detail = pickups.order(row.pickup_id)
    assert (detail.deposit_minor, detail.due_minor) == (200, total - 200)
    for _ in range(3):
        pickups.tick(row.pickup_id, "A")
    pickups.mark_ready(row.pickup_id)
    b_sync.run_once()
    ShiftService(b_db).open(CashCount("USD"), actor=None)
    balance = pickups.start_payment(row.pickup_id)
    assert balance.total_minor == total and balance.remaining_minor == total - 200
    balance.add_cash(balance.remaining_minor)
    handed = pickups.hand_over(row.pickup_id, code=detail.pickup_code, payment=balance)
    assert handed.sale is not None and handed.sale.total_minor == total
    b_sync.run_once()
    bx = ShiftService(b_db).x_report(actor=None)
    assert bx.tally.sales_minor == total and bx.tally.tenders == {"cash": total - 200,
                                                                   "deposit": 200}
    assert bx.tally.cash_taken + x.tally.cash_taken == total  # to the cent
    with live_hub.db.read() as s:
        hub_order = s.get(Order, order_id)
        assert hub_order is not None and hub_order.paid and hub_order.state == "handed_over"
    db.close()
    b_db.close()


def test_a_cancelled_orders_deposit_is_paid_back_at_the_collecting_store(live_hub,
                                                                        tmp_path: Path) -> None:
    db, _sync, _done = _deposit_placed(live_hub, tmp_path, "1", "1.25")
    with live_hub.db.read() as s:
        [order] = s.scalars(select(Order)).all()
        order_id = order.id
    changes.cancel_order(live_hub.db, order_id, actor="customer service", reason="changed mind")
    b_db, b_sync = _till(live_hub, tmp_path, "S2")
    b_sync.run_once()
    pickups = PickupService(b_db)
    [row] = pickups.queue().rows  # a task: its deposit to pay back
    pid = row.pickup_id
    assert pickups.deposit_to_refund(pid) == 125
    ShiftService(b_db).open(CashCount("USD"), actor=None)
    assert pickups.refund_deposit(pid) == 125
    assert pickups.deposit_to_refund(pid) == 0  # paid back once, offline too
    bx = ShiftService(b_db).x_report(actor=None)
    assert (bx.tally.deposits_refunded_minor, bx.tally.cash_refunded) == (125, 125)
    assert bx.expected_cash == bx.tally.opening_float - 125
    b_sync.run_once()
    with live_hub.db.read() as s:
        hub_order = s.get(Order, order_id)
        assert hub_order is not None and hub_order.deposit_minor == 0
        assert hub_order.exception is None
    b_sync.run_once()
    assert pickups.order(pid).deposit_minor == 0
    assert pickups.queue().rows == ()  # nothing left to do with it
    db.close()
    b_db.close()
