"""Handover (code or ID check, payment through the tender flow), shipping, parcels, put-back."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from omnipos.db.models import JournalEntry, Sale, StockMovement
from omnipos.db.stock import till_level
from omnipos.domain.errors import PermissionDenied, StateError, ValidationError
from omnipos.domain.picking import Step
from omnipos.domain.pickup import IdRelation, PickupState
from omnipos.services.pickups import IdCheckDetails, PickupService, QueueFilter
from tests.support.pickups import T0, outbox, pull, record

SOAP = "4006381333931"


@pytest.fixture
def svc(store_db):
    return PickupService(store_db, clock=lambda: T0 + timedelta(hours=1))


def _ready(svc, **kw):
    rec = record(state="ready", version=4, **kw)
    pull(svc.db, rec)
    return rec["pickup_id"]


def test_hand_over_by_pickup_code(svc) -> None:
    pid = _ready(svc, lines=[("SOAP", "2")], code="K7XP2Q9M")
    with pytest.raises(StateError, match="verify the customer first"):
        svc.hand_over(pid)
    with pytest.raises(ValidationError, match="not this order's pickup code"):
        svc.hand_over(pid, code="WRONG123")
    done = svc.hand_over(pid, code="k7xp2q9m")
    assert done.sale is None
    assert done.changed.detail.state is PickupState.HANDED_OVER
    assert done.changed.detail.step is Step.DONE
    (event,) = outbox(svc.db, "pickup.handed_over")
    p = event.payload
    assert (p["verification"], p["version"], p["till_code"], p["staff"]) == ("code", 4, "T01",
                                                                            "Till T01")
    assert p["lines"] == [{"line_no": 1, "sku": "SOAP", "quantity": "2"}] and p["payment"] is None
    with svc.db.read() as s:
        assert till_level(s, "SOAP") == -2
        moves = list(s.scalars(select(StockMovement)
                               .where(StockMovement.event_id == event.event_id)))
        assert [(m.sku, m.delta, m.reason) for m in moves] == [("SOAP", "-2", "pickup")]
        entry = s.scalars(select(JournalEntry)
                          .where(JournalEntry.kind == "pickup.handed_over")).one()
        assert entry.payload["verification"] == "code" and entry.actor == "Till T01"
    assert done.receipt.verified_by == "pickup code" and done.receipt.lines[0].qty == "2"
    assert svc.queue().rows == ()
    with pytest.raises(StateError, match="handed over already"):
        svc.hand_over(pid, code="K7XP2Q9M")


def test_hand_over_with_an_id_check_and_payment_at_the_counter(svc) -> None:
    pid = _ready(svc, lines=[("SOAP", "1"), ("MILK", "2")], paid=False)
    check = IdCheckDetails("Charles Babbage", "driving licence", "4821", IdRelation.FAMILY)
    with pytest.raises(StateError, match="not paid: take the payment first"):
        svc.hand_over(pid, id_check=check)
    with pytest.raises(ValidationError, match="last 4"):
        svc.hand_over(pid, id_check=IdCheckDetails("C B", "passport", "12345", IdRelation.SELF))
    payment = svc.start_payment(pid)
    # 3.99 at 8.25 % and 2 x 1.29 at 2 %: the store's own tax rules, as the hub priced it
    assert payment.total_minor == 399 + 33 + 258 + 5
    payment.add_cash(1000)
    done = svc.hand_over(pid, id_check=check, payment=payment)
    assert done.sale is not None and done.sale.change_minor == 1000 - payment.total_minor
    (event,) = outbox(svc.db, "pickup.handed_over")
    p = event.payload
    assert p["verification"] == "id_check"
    assert p["id_check"] == {"name": "Charles Babbage", "id_type": "driving licence",
                             "id_last4": "4821", "relation": "family"}
    assert p["payment"]["amount_minor"] == payment.total_minor
    assert p["payment"]["receipt_no"] == done.sale.receipt_no
    (sale_event,) = outbox(svc.db, "sale.completed")
    assert sale_event.payload["stock"] == []  # the goods leave by the handover, once
    with svc.db.read() as s:
        sale = s.get(Sale, done.sale.sale_id)
        assert sale is not None and [ln.sku for ln in sale.lines] == ["SOAP", "MILK"]
        assert till_level(s, "MILK") == -2 and till_level(s, "SOAP") == -1
    assert "driving licence ending 4821" in done.receipt.verified_by


def test_staff_sign_in_and_are_named_once_a_store_has_staff(svc, crew) -> None:
    pid = _ready(svc, lines=[("SOAP", "1")])
    with pytest.raises(PermissionDenied, match="sign in first"):
        svc.hand_over(pid, code="K7XP2Q9M")
    svc.hand_over(pid, code="K7XP2Q9M", actor=crew.cashier)
    (event,) = outbox(svc.db, "pickup.handed_over")
    assert event.payload["staff"] == crew.cashier.label
    with svc.db.read() as s:
        entry = s.scalars(select(JournalEntry)
                          .where(JournalEntry.kind == "pickup.handed_over")).one()
        assert entry.actor == crew.cashier.label


def test_a_cancelled_order_is_not_handed_over(svc) -> None:
    rec = record(state="cancelled", version=5, task="put_back",
                 message="cancelled at 14:02 on 1 Dec")
    pull(svc.db, rec)
    with pytest.raises(StateError, match="was cancelled at 14:02 on 1 Dec: do not hand it over"):
        svc.hand_over(rec["pickup_id"], code="K7XP2Q9M")


def test_ship_from_store_pick_pack_and_ship(svc) -> None:
    rec = record("W-SHIP", kind="ship", lines=[("SOAP", "1")], version=1)
    pull(svc.db, rec)
    pid = rec["pickup_id"]
    svc.tick(pid, SOAP)
    packed = svc.mark_ready(pid)
    assert packed.detail.step is Step.SHIP
    slip = packed.document
    assert slip.title == "PACKING SLIP"
    assert slip.ship_to == ("Ada Lovelace, 1 Main St, 97201, Portland, US",)
    assert [r.order_number for r in svc.queue().shown(QueueFilter.READY)] == ["W-SHIP"]
    with pytest.raises(ValidationError, match="tracking number"):
        svc.ship(pid, tracking=" ")
    shipped = svc.ship(pid, tracking="1Z999AA10123456784", carrier="UPS")
    assert shipped.detail.state is PickupState.SHIPPED and shipped.detail.step is Step.DONE
    (event,) = outbox(svc.db, "shipment.sent")
    assert (event.payload["tracking"], event.payload["carrier"], event.payload["version"]) == (
        "1Z999AA10123456784", "UPS", 3)
    with svc.db.read() as s:
        assert till_level(s, "SOAP") == -1


def test_a_ship_to_store_parcel_is_received_by_scanning_and_the_order_becomes_ready(svc) -> None:
    tid = "5f0c2a7e-1b2c-4d3e-8f90-a1b2c3d4e5f6"
    parcel = {"transfer_id": tid, "from_node": "S002", "state": "shipped", "received": False,
              "carrier": "UPS", "tracking": "1ZPARCEL", "lines": [
                  {"line_no": 2, "sku": "MILK", "quantity": "1"}]}
    rec = record("W-STS", lines=[("SOAP", "1"), ("MILK", "0")], version=6, incoming=[parcel],
                 line_fields={2: {"incoming": "1", "rejected": "1",
                                  "rejected_reason": "not_found"}})
    pull(svc.db, rec)
    pid = rec["pickup_id"]
    svc.tick(pid, SOAP)
    assert svc.order(pid).step is Step.WAIT_PARCEL
    with pytest.raises(StateError, match="parcel from another store is still on its way"):
        svc.mark_ready(pid)
    found = svc.find("1zparcel")
    assert found.parcel == tid and found.orders[0].pickup_id == pid
    assert svc.find(tid[:8]).parcel == tid  # what the sender's packing slip prints
    got = svc.receive_parcel(pid, tid)
    d = got.detail
    assert d.state is PickupState.READY and d.step is Step.HANDOVER
    assert [e.type for e in outbox(svc.db)] == ["pickup.picking", "shipment.received",
                                                 "pickup.ready"]
    assert outbox(svc.db, "shipment.received")[0].payload["transfer_id"] == tid
    with svc.db.read() as s:
        assert till_level(s, "MILK") == 1
    with pytest.raises(StateError, match="taken in already"):
        svc.receive_parcel(pid, tid)
    done = svc.hand_over(pid, code="K7XP2Q9M")
    assert done.changed.detail.state is PickupState.HANDED_OVER
    assert outbox(svc.db, "pickup.handed_over")[0].payload["lines"] == [
        {"line_no": 1, "sku": "SOAP", "quantity": "1"},
        {"line_no": 2, "sku": "MILK", "quantity": "1"}]
