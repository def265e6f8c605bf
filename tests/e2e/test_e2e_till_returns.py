"""The till's returns with a real hub: the Returns and Parcels use cases on real tills.

Sold at one store and returned at another (the hub's look-up); the same line
refused the second time; a mail return taken in by scanning at another store
(one item damaged, one missing: only the good one refunded, one unit up in
sellable stock and one in damaged); the same for a web order.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.stock import hub_level
from omnipos.domain.errors import ValidationError
from omnipos.domain.returns import Condition
from omnipos.domain.shifts import CashCount
from omnipos.domain.stock import StockBucket
from omnipos.domain.tenders import TenderKind
from omnipos.hub.admin import channels
from omnipos.hub.customers import cases
from omnipos.hub.returns import rmas
from omnipos.hub.returns.requests import RmaRequest
from omnipos.hub.store.models import Fulfilment, Order
from omnipos.services.parcels import ParcelService
from omnipos.services.returns import ReturnService, Source
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.sync.enroll import enroll
from omnipos.sync.events.pickup import (
    PickupAcceptedPayload,
    PickupHandedOverPayload,
    PickupPickingPayload,
    PickupReadyPayload,
)
from omnipos.sync.outbox import enqueue
from omnipos.sync.tokens import MemoryTokenStore
from omnipos.sync.worker import SyncWorker
from tests.support.orders import set_stock
from tests.support.sync import new_till_db, sell

GTIN = {"A": "4006381333931", "B": "036000291452", "C": "96385074"}


def _till(live_hub: Any, tmp_path: Path, store: str) -> tuple[Database, SyncWorker]:
    db = new_till_db(tmp_path)
    tokens = MemoryTokenStore()
    enroll(db, live_hub.url, live_hub.code(store), tokens)
    return db, SyncWorker(db, tokens)


def _level(db: Database, sku: str, bucket: StockBucket = StockBucket.SELLABLE) -> Decimal:
    with db.read() as s:
        found = hub_level(s, sku, bucket)
    return Decimal(0) if found is None else found.level


def _returns(db: Database, worker: SyncWorker) -> ReturnService:
    """The till's return use cases, its look-ups through its sync client; a shift open (a
    refund comes out of a drawer)."""
    checkout = CheckoutService(db)
    if checkout.shift_needed():
        ShiftService(db).open(CashCount(checkout.store.currency), actor=None)
    return ReturnService(db, checkout, hub=lambda: worker.client)


def test_sold_at_store_a_returned_at_store_b_then_refused_again(live_hub, tmp_path) -> None:
    seller, sync_a = _till(live_hub, tmp_path, "S1")
    other, sync_b = _till(live_hub, tmp_path, "S2")
    sold = sell(seller, [("A", 2), ("C", 1)])
    sync_a.run_once()
    at_b = _returns(other, sync_b)
    draft = at_b.find(sold.receipt_no)  # not this till's: the hub's look-up
    assert draft.original is not None and draft.original.source is Source.HUB
    assert draft.original.store_code == "S1"
    at_b.scan(draft, GTIN["A"])  # one of the two
    done = at_b.complete(draft)
    assert done.cash_minor == done.refund_minor == 216  # half of 3.98 + 0.33 tax, half-up
    sync_b.run_once()
    sync_b.run_once()  # the new level comes back on the feed
    assert _level(other, "A") == 1  # restocked at the returning store

    again = at_b.find(sold.receipt_no)
    assert again.original is not None and again.original.line(1).returnable == 1
    at_b.scan(again, GTIN["A"])
    with pytest.raises(ValidationError, match="already coming back or was returned"):
        at_b.scan(again, GTIN["A"])  # the second unit is all that is left
    at_seller = _returns(seller, sync_a)
    mine = at_seller.find(sold.receipt_no)  # the seller's own sale: the hub knows about B
    assert mine.original is not None and mine.original.source is Source.HUB
    assert [ln.returnable for ln in mine.original.lines] == [1, 1]
    at_seller.scan(mine, GTIN["A"])
    with pytest.raises(ValidationError, match="at most 1 more"):
        mine.set_quantity(0, Decimal(2))
    seller.close()
    other.close()


def test_mail_return_of_an_in_store_sale_taken_in_at_another_store(live_hub, tmp_path) -> None:
    seller, sync_a = _till(live_hub, tmp_path, "S1")
    receiver, sync_b = _till(live_hub, tmp_path, "S2")
    sold = sell(seller, [("A", 1), ("B", 1), ("C", 1)])
    sync_a.run_once()
    rma = rmas.create_rma(live_hub.db, RmaRequest.model_validate({
        "receipt_no": sold.receipt_no, "return_to_store": "S2",
        "lines": [{"sku": sku, "quantity": "1"} for sku in ("A", "B", "C")],
        "customer": {"name": "Ada", "email": "ada@example.org"}}), requested_by="admin")
    sync_b.run_once()  # the RMA reaches the store it is addressed to
    parcels = ParcelService(receiver, CheckoutService(receiver))
    view = parcels.start(rma["number"])
    assert [ln.sku for ln in view.expected] == ["A", "B", "C"]
    parcels.scan(view.intake_id, GTIN["A"])
    damaged = parcels.scan(view.intake_id, GTIN["B"])
    parcels.grade(view.intake_id, damaged.item_no, Condition.DAMAGED)
    done = parcels.complete(view.intake_id)  # C was not in the parcel
    assert [ln.sku for ln in done.missing] == ["C"]
    sync_b.run_once()
    shown = rmas.show_rma(live_hub.db, rma["number"])
    assert shown["state"] == "received"
    assert shown["refund_minor"] == shown["lines"][0]["paid_minor"]  # A only
    sync_b.run_once()
    assert _level(receiver, "A") == 1 and _level(receiver, "B", StockBucket.DAMAGED) == 1
    assert _level(receiver, "B") == 0 and _level(receiver, "C") == 0
    assert "missing_items" in [c["kind"] for c in cases.list_cases(live_hub.db)]
    seller.close()
    receiver.close()


def _deliver_web_order(live_hub: Any, pickup_db: Database, pickup_sync: SyncWorker) -> str:
    """A paid web order picked up at S1 and handed over there by its till; returns the
    channel's order number."""
    set_stock(live_hub.db, {("S1", "A"): "5", ("S1", "B"): "5", ("S1", "C"): "5"})
    _data, token = channels.add_channel(live_hub.db, "web")
    body = {"channel_order_id": "W-1001", "placed_at": datetime.now(UTC).isoformat(),
            "customer": {"name": "Ada Lovelace", "email": "ada@example.org"},
            "currency": "USD", "paid": True, "fulfilment": {"type": "pickup", "store": "S1"},
            "lines": [{"sku": sku, "quantity": "1", "unit_price_minor": price}
                      for sku, price in (("A", 199), ("B", 250), ("C", 475))]}
    r = httpx.post(f"{live_hub.url}/v1/orders", json=body,
                   headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 201, r.text
    with live_hub.db.read() as s:
        pickup = s.scalars(select(Fulfilment.id).where(
            Fulfilment.order_id == r.json()["order_id"])).one()
    now = datetime.now(UTC)
    with pickup_db.transaction() as s:  # the pickup's steps, as the S1 till sends them
        for version, model in enumerate((PickupAcceptedPayload, PickupPickingPayload,
                                         PickupReadyPayload), start=1):
            enqueue(s, model(pickup_id=pickup, version=version, store_code="S1"), now)
        enqueue(s, PickupHandedOverPayload.model_validate({
            "pickup_id": pickup, "version": 4, "store_code": "S1", "till_code": "T01",
            "handed_over_at": now, "verification": "code"}), now)
    pickup_sync.run_once()
    with live_hub.db.read() as s:
        assert s.get(Order, r.json()["order_id"]).state == "handed_over"
    return "W-1001"


def test_mail_return_of_a_web_order_taken_in_at_a_store(live_hub, tmp_path) -> None:
    pickup_db, pickup_sync = _till(live_hub, tmp_path, "S1")
    receiver, sync_b = _till(live_hub, tmp_path, "S2")
    number = _deliver_web_order(live_hub, pickup_db, pickup_sync)
    rma = rmas.create_rma(live_hub.db, RmaRequest.model_validate({
        "order_id": number, "return_to_store": "S2",
        "lines": [{"sku": sku, "quantity": "1"} for sku in ("A", "B", "C")]}),
        requested_by="channel:web")
    sync_b.run_once()
    parcels = ParcelService(receiver, CheckoutService(receiver))
    view = parcels.start(number)  # the label is lost: the order number finds its RMA
    assert view.rma_number == rma["number"]
    parcels.scan(view.intake_id, GTIN["A"])
    damaged = parcels.scan(view.intake_id, GTIN["B"])
    parcels.grade(view.intake_id, damaged.item_no, Condition.DAMAGED)
    parcels.complete(view.intake_id)
    sync_b.run_once()
    shown = rmas.show_rma(live_hub.db, rma["number"])
    assert shown["state"] == "received"
    assert shown["refund_minor"] == shown["lines"][0]["paid_minor"]
    assert [(p["kind"], p["state"]) for p in shown["payouts"]] == [("channel", "pending")]
    sync_b.run_once()
    assert _level(receiver, "A") == 1 and _level(receiver, "B", StockBucket.DAMAGED) == 1
    pickup_db.close()
    receiver.close()


def test_a_web_order_returned_at_the_counter_waits_for_the_hub_unless_cash(live_hub,
                                                                           tmp_path) -> None:
    pickup_db, pickup_sync = _till(live_hub, tmp_path, "S1")
    other, sync_b = _till(live_hub, tmp_path, "S2")
    number = _deliver_web_order(live_hub, pickup_db, pickup_sync)
    at_b = _returns(other, sync_b)
    draft = at_b.find(number)
    assert draft.original is not None and draft.original.kind == "web_order"
    at_b.scan(draft, GTIN["A"])
    quote = at_b.quote(draft)
    assert [s.kind for s in quote.shares] == [TenderKind.CHANNEL] and quote.cash_minor == 0
    draft.cash_for_channel = True  # the customer wants cash: a manager's decision
    assert at_b.quote(draft).cash_minor == quote.refund_minor
    draft.cash_for_channel = False
    done = at_b.complete(draft)
    assert not done.open_drawer
    sync_b.run_once()
    from omnipos.hub.returns import payouts

    assert [(p["kind"], p["state"]) for p in payouts.list_payouts(live_hub.db)] == \
        [("channel", "pending")]
    pickup_db.close()
    other.close()
