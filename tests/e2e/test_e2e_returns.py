"""End to end with a real hub: sold at one store, returned by mail to another, and the same
unit returned at two offline stores; store credit overspent by two offline tills."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from omnipos.db.engine import Database
from omnipos.db.settings import set_setting
from omnipos.db.stock import hub_level
from omnipos.domain.stock import StockBucket
from omnipos.hub.customers import cases, credit, directory
from omnipos.hub.returns import rmas
from omnipos.hub.returns.requests import RmaRequest
from omnipos.services.customers import CustomerService
from omnipos.services.selling import CheckoutService
from omnipos.sync.enroll import enroll
from omnipos.sync.events import MailReturnReceivedPayload, ReturnCompletedPayload
from omnipos.sync.outbox import enqueue
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.sync import new_till_db, sell


def _till(live_hub: Any, tmp_path: Path, store: str) -> tuple[Database, SyncWorker]:
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code(store), tokens)
    with db.transaction() as s:
        set_setting(s, "shift.auto_open", True)  # the first sale opens a shift by itself
    return db, SyncWorker(db, tokens)


def _level(db: Database, sku: str, bucket: StockBucket) -> Decimal:
    with db.read() as s:
        found = hub_level(s, sku, bucket)
    return Decimal(0) if found is None else found.level


def test_sold_at_a_till_returned_by_mail_to_another_store(live_hub, tmp_path: Path) -> None:
    seller, sync_a = _till(live_hub, tmp_path, "S1")
    receiver, sync_b = _till(live_hub, tmp_path, "S2")
    sold = sell(seller, [("A", 1), ("B", 1), ("C", 1)])
    sync_a.run_once()
    rma = rmas.create_rma(live_hub.db, RmaRequest.model_validate({
        "receipt_no": sold.receipt_no, "return_to_store": "S2",
        "lines": [{"sku": sku, "quantity": "1"} for sku in ("A", "B", "C")],
        "customer": {"name": "Ada", "email": "ada@example.org"}}), requested_by="admin")
    # The parcel: A as new, B damaged, C missing (the associate's till records it so).
    now = datetime.now(UTC)
    with receiver.transaction() as s:
        enqueue(s, MailReturnReceivedPayload.model_validate({
            "intake_id": str(uuid.uuid4()), "rma_number": rma["number"], "store_code": "S2",
            "till_code": "T01", "received_at": now, "items": [
                {"rma_line_no": 1, "sku": "A", "qty": "1"},
                {"rma_line_no": 2, "sku": "B", "qty": "1", "condition": "damaged",
                 "disposition": "damaged"},
                {"rma_line_no": 3, "sku": "C", "qty": "1", "condition": None,
                 "disposition": "not_received"}]}), now)
    sync_b.run_once()
    shown = rmas.show_rma(live_hub.db, rma["number"])
    paid_a = shown["lines"][0]["paid_minor"]
    assert shown["state"] == "received" and shown["refund_minor"] == paid_a  # A only
    assert [p["kind"] for p in shown["payouts"]] == ["cash"]
    sync_b.run_once()  # the new levels reach the receiving store's till
    assert _level(receiver, "A", StockBucket.SELLABLE) == 1
    assert _level(receiver, "B", StockBucket.DAMAGED) == 1
    assert _level(receiver, "C", StockBucket.SELLABLE) == 0
    assert [c["kind"] for c in cases.list_cases(live_hub.db)] == ["missing_items"]
    seller.close()
    receiver.close()


def test_the_same_unit_returned_at_two_offline_stores(live_hub, tmp_path: Path) -> None:
    seller, sync_a = _till(live_hub, tmp_path, "S1")
    other, sync_b = _till(live_hub, tmp_path, "S2")
    sold = sell(seller, [("A", 1)])
    sync_a.run_once()
    now = datetime.now(UTC)
    for db, store in ((seller, "S1"), (other, "S2")):  # both offline: each took it back
        with db.transaction() as s:
            enqueue(s, ReturnCompletedPayload.model_validate({
                "return_id": str(uuid.uuid4()), "return_no": f"{store}-T01-R00001",
                "store_code": store, "till_code": "T01", "currency": "USD", "created_at": now,
                "sale_id": sold.sale_id, "receipt_no": sold.receipt_no,
                "refund_minor": sold.total_minor,
                "lines": [{"line_no": 1, "sale_line_no": 1, "sku": "A", "qty": "1",
                           "refund_minor": sold.total_minor}],
                "refunds": [{"kind": "cash", "amount_minor": sold.total_minor,
                             "tender_idx": 1}]}), now)
    sync_a.run_once()
    sync_b.run_once()
    sync_b.run_once()
    assert _level(other, "A", StockBucket.SELLABLE) == 0  # not restocked a second time
    assert _level(other, "A", StockBucket.QUALITY_CONTROL) == 1
    [case] = cases.list_cases(live_hub.db)
    assert case["kind"] == "over_returned" and case["store"] == "S2"
    seller.close()
    other.close()


def test_store_credit_overspent_offline_at_two_tills(live_hub, tmp_path: Path) -> None:
    a, sync_a = _till(live_hub, tmp_path, "S1")
    b, sync_b = _till(live_hub, tmp_path, "S2")
    cid = directory.add_customer(live_hub.db, "Zoë Ng", phone="5550102030")["customer_id"]
    with live_hub.db.transaction() as s:
        credit.adjust(s, cid, 800, "USD", "returned a kettle")
        directory.publish(s, [cid])
    sync_a.run_once()
    sync_b.run_once()
    for db in (a, b):  # both offline now, each against the last balance it knows (8.00)
        customers, checkout = CustomerService(db), CheckoutService(db)
        assert customers.spendable_credit(cid, online=False) == 800
        cart = checkout.new_cart()
        checkout.add_sku(cart, "C", 2)
        payment = checkout.start_payment(cart)
        payment.add_store_credit(600, cid, customers.spendable_credit(cid, online=False))
        payment.add_cash(payment.remaining_minor)
        checkout.complete_sale(cart, payment)
        assert customers.spendable_credit(cid, online=False) == 200
    sync_a.run_once()
    sync_b.run_once()
    with live_hub.db.read() as s:
        assert credit.balance(s, cid, "USD") == -400
    [case] = cases.list_cases(live_hub.db)
    assert case["kind"] == "credit_overspent" and case["detail"]["balance_minor"] == -400
    sync_a.run_once()
    [back] = CustomerService(a).find("5550102030")
    assert back.credit_minor == -400  # the hub's balance reached the till
    a.close()
    b.close()
