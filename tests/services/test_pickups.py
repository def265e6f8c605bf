"""Pickup use cases at the till: the queue, picking by scanning, rejecting, ready, versions,
refusals."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from omnipos.db.models import JournalEntry
from omnipos.db.stock import set_hub_level, till_level
from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.picking import Step
from omnipos.domain.pickup import PickupState, RejectReason
from omnipos.domain.stock import StockBucket
from omnipos.services.pickups import Bucket, PickupService, QueueFilter
from tests.support.pickups import T0, answer_all, outbox, pull, record

SOAP = "4006381333931"
MILK = "036000291452"


@pytest.fixture
def svc(store_db):
    return PickupService(store_db, clock=lambda: T0 + timedelta(hours=1))


def _one(svc, number="W-1001", **kw):
    rec = record(number, **kw)
    pull(svc.db, rec)
    return rec["pickup_id"]


def test_a_pulled_order_is_in_the_queue_as_new_and_announced_once(svc) -> None:
    late = _one(svc, "W-2", promised_by=T0 + timedelta(minutes=30))
    soon = _one(svc, "W-1", promised_by=T0 + timedelta(minutes=10))
    _one(svc, "W-3")  # no promised time: last
    _one(svc, "W-OLD", state="handed_over")  # closed already: not in the queue
    q = svc.queue()
    assert [r.order_number for r in q.rows] == ["W-1", "W-2", "W-3"]
    assert q.counts[QueueFilter.NEW] == 3
    assert q.counts[QueueFilter.OVERDUE] == 2  # the clock is T0 + 1 h
    assert [r.pickup_id for r in q.shown(QueueFilter.OVERDUE)] == [soon, late]
    texts = [a.text for a in svc.announcements()]
    assert len(texts) == 3 and "New pickup order W-1 for Ada Lovelace" in texts[1]
    assert svc.announcements() == []


def test_scanning_ticks_items_and_refuses_wrong_or_one_too_many(svc) -> None:
    pid = _one(svc, lines=[("SOAP", "2"), ("MILK", "1")], version=3)
    done = svc.tick(pid, SOAP)
    assert (done.line_no, done.picked, done.to_pick) == (1, 1, 2)
    assert done.changed.detail.state is PickupState.PICKING  # the till's own intent
    picking = outbox(svc.db, "pickup.picking")
    assert len(picking) == 1 and picking[0].payload["version"] == 3
    with pytest.raises(ValidationError, match="not on this order"):
        svc.tick(pid, "96385074")  # bread
    svc.tick(pid, SOAP)
    with pytest.raises(ValidationError, match="one too many"):
        svc.tick(pid, SOAP)
    svc.tick(pid, "MILK")  # a typed SKU works too
    assert len(outbox(svc.db, "pickup.picking")) == 1  # told once
    detail = svc.order(pid)
    assert detail.left == 0 and detail.step is Step.PICK


def test_ready_needs_every_line_picked_or_rejected_then_waits_for_the_hub(svc) -> None:
    pid = _one(svc, lines=[("SOAP", "1"), ("MILK", "2")], version=2)
    svc.tick(pid, SOAP)
    with pytest.raises(StateError, match="2 of Milk still to pick"):
        svc.mark_ready(pid)
    with svc.db.transaction() as s:
        set_hub_level(s, "MILK", "5", None)
    changed = svc.reject_line(pid, 2, RejectReason.NOT_FOUND, note="empty shelf")
    assert changed.detail.lines[1].rejected == 2 and changed.detail.left == 0
    with svc.db.read() as s:
        assert till_level(s, "MILK") == 0  # not found: the level goes to 0 at once
    ready = svc.mark_ready(pid)
    d = ready.detail
    assert d.state is PickupState.READY and d.step is Step.HANDOVER and d.waiting
    versions = [(e.type, e.payload["version"]) for e in outbox(svc.db)]
    assert versions == [("pickup.picking", 2), ("pickup.rejected", 3), ("pickup.ready", 4)]
    rejected = outbox(svc.db, "pickup.rejected")[0].payload
    assert rejected["lines"] == [{"line_no": 2, "sku": "MILK", "quantity": "2",
                                  "reason": "not_found", "note": "empty shelf"}]
    assert outbox(svc.db, "pickup.ready")[0].payload["lines"] == [
        {"line_no": 1, "sku": "SOAP", "quantity": "1"}]
    with svc.db.read() as s:
        kinds = list(s.scalars(select(JournalEntry.kind).order_by(JournalEntry.seq)))
    assert kinds == ["pickup.picking", "pickup.rejected", "pickup.ready"]


def test_a_damaged_item_moves_to_the_damaged_bucket(svc) -> None:
    pid = _one(svc, lines=[("SOAP", "3")])
    with svc.db.transaction() as s:
        set_hub_level(s, "SOAP", "10", None)
    svc.tick(pid, SOAP)
    svc.reject_line(pid, 1, RejectReason.DAMAGED, quantity=Decimal(1))
    with svc.db.read() as s:
        assert till_level(s, "SOAP") == 9
        assert till_level(s, "SOAP", StockBucket.DAMAGED) == 1
    detail = svc.order(pid)
    assert detail.lines[0].pick.to_pick == 2 and detail.left == 1
    with pytest.raises(ValidationError, match="only 1 of Soap is left"):
        svc.reject_line(pid, 1, RejectReason.MISMATCH, quantity=Decimal(2))


def test_versions_follow_the_hubs_answers_and_the_pulled_record(svc) -> None:
    rec = record(lines=[("SOAP", "1")], version=5)
    pull(svc.db, rec)
    pid = rec["pickup_id"]
    svc.tick(pid, SOAP)  # picking, v5
    svc.mark_ready(pid)  # ready, v6
    picking, ready = outbox(svc.db)
    answer_all(svc.db, [(picking.event_id, "applied",
                         {"pickup_id": pid, "state": "picking", "version": 6}, "")])
    # Acknowledged but not pulled yet: the till still shows its ready, and counts from v6.
    d = svc.order(pid)
    assert d.state is PickupState.READY and d.waiting
    answer_all(svc.db, [(ready.event_id, "applied",
                         {"pickup_id": pid, "state": "ready", "version": 7}, "")])
    assert not svc.order(pid).waiting
    pull(svc.db, {**rec, "state": "ready", "version": 7})
    d = svc.order(pid)
    assert d.hub_state is PickupState.READY and d.step is Step.HANDOVER and not d.waiting


def test_a_refused_intent_is_explained_and_announced(svc) -> None:
    rec = record(lines=[("SOAP", "1")], version=2)
    pull(svc.db, rec)
    pid = rec["pickup_id"]
    svc.announcements()
    svc.tick(pid, SOAP)
    svc.mark_ready(pid)
    picking, ready = outbox(svc.db)
    cancelled = {"pickup_id": pid, "state": "cancelled", "version": 3,
                 "message": "cancelled at 14:02 on 1 Dec"}
    answer_all(svc.db, [
        (picking.event_id, "rejected", cancelled, "the order changed meanwhile"),
        (ready.event_id, "rejected", cancelled, "the order changed meanwhile"),
    ])
    pull(svc.db, {**rec, "state": "cancelled", "version": 3, "task": "put_back",
                  "message": "cancelled at 14:02 on 1 Dec"})
    d = svc.order(pid)
    assert str(d.refusal) == ("Order W-1001 was cancelled at 14:02 on 1 Dec: the hub did not "
                              "take it as ready")
    assert d.state is PickupState.CANCELLED and d.step is Step.PUT_BACK
    notes = svc.announcements()
    assert [n.refusal for n in notes] == [True, True] and "cancelled at 14:02" in notes[0].text
    assert svc.announcements() == []
    assert [r.bucket for r in svc.queue().rows] == [Bucket.TASK]
    svc.put_back(pid)
    assert svc.order(pid).step is Step.DONE
    assert svc.queue().rows == ()


def test_find_by_code_number_name_item_and_parcel(svc) -> None:
    pid = _one(svc, "W-7", code="ABCD2345", customer="Grace Hopper")
    assert svc.find("abcd2345").by_code and svc.find("abcd2345").orders[0].pickup_id == pid
    found = svc.find("W-7")
    assert not found.by_code and found.orders[0].pickup_id == pid
    assert svc.find("hopper").orders[0].pickup_id == pid
    assert svc.find(SOAP).sku == "SOAP"
    assert svc.find("nobody").orders == ()


def test_a_refusal_naming_a_newer_state_counts_before_the_record_is_pulled(svc) -> None:
    rec = record(lines=[("SOAP", "1")], version=2)
    pull(svc.db, rec)
    pid = rec["pickup_id"]
    svc.tick(pid, SOAP)
    (picking,) = outbox(svc.db)
    answer_all(svc.db, [(picking.event_id, "rejected",
                         {"pickup_id": pid, "state": "cancelled", "version": 3,
                          "message": "cancelled at 14:02 on 1 Dec"}, "stale")])
    d = svc.order(pid)  # the record still says routed at version 2
    assert d.hub_state is PickupState.CANCELLED and d.step is Step.PUT_BACK
    with pytest.raises(StateError, match="cancelled"):
        svc.mark_ready(pid)
