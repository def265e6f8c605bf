"""Mail-return intake at the till: durable per scan, missing and unexpected items, offline."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database, open_database
from omnipos.db.models import JournalEntry, OutboxEvent
from omnipos.db.stock import till_level
from omnipos.domain.errors import NotFoundError, StateError, ValidationError
from omnipos.domain.returns import Condition, Disposition, rma_number
from omnipos.domain.stock import StockBucket
from omnipos.services.parcels import ParcelService
from omnipos.services.selling import CheckoutService
from omnipos.sync.appliers import apply_page
from omnipos.sync.events import MailReturnReceivedPayload
from omnipos.sync.wire import Change

SOAP, MILK, BREAD = "4006381333931", "036000291452", "96385074"


def rma_change(number: str, *, store: str = "S001", state: str = "authorised",
               lines: tuple[tuple[str, str], ...] = (("SOAP", "1"), ("MILK", "1"),
                                                      ("BREAD", "1"))) -> Change:
    return Change(kind="rma", key=number, data={
        "rma_id": str(uuid.uuid5(uuid.NAMESPACE_URL, number)), "number": number,
        "state": state, "store_code": store, "currency": "USD",
        "receipt_no": "S002-T01-000042", "origin_store": "S002",
        "customer": {"name": "Ada Lovelace", "email": "ada@example.org"},
        "created_at": datetime(2026, 11, 20, tzinfo=UTC).isoformat(),
        "lines": [{"line_no": i, "sku": sku, "name": sku.title(), "quantity": qty,
                   "reason": "too small", "sale_line_no": i, "paid_minor": 400}
                  for i, (sku, qty) in enumerate(lines, start=1)]})


@pytest.fixture
def parcels(store_db: Database) -> ParcelService:
    return ParcelService(store_db, CheckoutService(store_db))


def _pulled(db: Database, *changes: Change) -> None:
    with db.transaction() as s:
        apply_page(s, list(changes))


def test_only_rmas_addressed_to_this_store_are_kept(store_db, parcels) -> None:
    ours, theirs = rma_number(1), rma_number(2)
    _pulled(store_db, rma_change(ours), rma_change(theirs, store="S002"))
    assert parcels.start(ours.lower()).rma_number == ours
    with pytest.raises(NotFoundError, match="addressed to another store"):
        parcels.start(theirs)
    with pytest.raises(ValidationError, match="check character"):
        parcels.start(ours[:-1] + ("0" if ours[-1] != "0" else "1"))


def test_intake_with_a_damaged_a_missing_and_an_unexpected_item(store_db, parcels) -> None:
    number = rma_number(77)
    _pulled(store_db, rma_change(number))
    view = parcels.start(f"{number[:3]}-{number[3:]}")
    assert [(ln.sku, ln.quantity, ln.scanned) for ln in view.expected] == [
        ("SOAP", 1, 0), ("MILK", 1, 0), ("BREAD", 1, 0)]
    assert view.customer_name == "Ada Lovelace" and view.receipt_no == "S002-T01-000042"
    soap = parcels.scan(view.intake_id, SOAP)
    assert (soap.rma_line_no, soap.condition, soap.disposition) == \
        (1, Condition.NEW, Disposition.RESTOCK)
    milk = parcels.scan(view.intake_id, MILK)
    extra = parcels.scan(view.intake_id, SOAP)  # a second soap: not on the RMA
    assert extra.unexpected
    view = parcels.grade(view.intake_id, milk.item_no, Condition.DAMAGED)
    assert view.items[1].disposition is Disposition.DAMAGED
    view = parcels.note(view.intake_id, milk.item_no, "box crushed")
    assert [ln.sku for ln in view.missing] == ["BREAD"]
    assert [i.sku for i in view.unexpected] == ["SOAP"]

    done = parcels.complete(view.intake_id)
    assert [ln.sku for ln in done.missing] == ["BREAD"]
    assert [i.sku for i in done.unexpected] == ["SOAP"]
    with store_db.read() as s:
        [row] = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "mail_return.received"))
        sent = MailReturnReceivedPayload.model_validate(row.payload)
        assert till_level(s, "SOAP") == 2  # the hub decides what the extra one is worth
        assert till_level(s, "MILK", StockBucket.DAMAGED) == 1 and till_level(s, "MILK") == 0
        assert till_level(s, "BREAD") == 0
        entry = s.scalars(select(JournalEntry).where(
            JournalEntry.kind == "mail_return.received")).one()
        assert entry.payload["missing"] == ["BREAD"] and entry.payload["unexpected"] == ["SOAP"]
    assert sent.rma_number == number and str(sent.intake_id) == view.intake_id
    assert [(i.rma_line_no, i.sku, i.qty, i.condition, i.disposition, i.note)
            for i in sent.items] == [
        (1, "SOAP", "1", Condition.NEW, Disposition.RESTOCK, ""),
        (2, "MILK", "1", Condition.DAMAGED, Disposition.DAMAGED, "box crushed"),
        (None, "SOAP", "1", Condition.NEW, Disposition.RESTOCK, ""),
        (3, "BREAD", "1", None, Disposition.NOT_RECEIVED, "")]
    with pytest.raises(StateError, match="already taken in"):
        parcels.scan(view.intake_id, BREAD)


def test_an_open_intake_survives_a_restart_and_is_resumed_not_restarted(
        store_db, tmp_path) -> None:
    number = rma_number(5)
    _pulled(store_db, rma_change(number))
    first = ParcelService(store_db, CheckoutService(store_db))
    view = first.start(number)
    first.scan(view.intake_id, SOAP)
    first.grade(view.intake_id, 1, Condition.OPENED, Disposition.QUALITY_CONTROL)
    store_db.close()
    again = open_database(tmp_path / "till.sqlite3")  # the till started again
    try:
        later = ParcelService(again, CheckoutService(again))
        [open_one] = later.open_intakes()
        assert open_one.intake_id == view.intake_id
        assert [(i.sku, i.condition, i.disposition) for i in open_one.items] == [
            ("SOAP", Condition.OPENED, Disposition.QUALITY_CONTROL)]
        assert later.start(number).intake_id == view.intake_id  # scanned again: the same one
    finally:
        again.close()


def test_a_received_rma_expects_nothing(store_db, parcels) -> None:
    number = rma_number(9)
    _pulled(store_db, rma_change(number, state="received"))
    with pytest.raises(StateError, match="received: nothing is expected"):
        parcels.start(number)


def test_a_parcel_without_an_rma_matched_or_set_aside(store_db, parcels) -> None:
    matched = parcels.start("S002-T01-000099")  # the customer's receipt was in the box
    assert (matched.receipt_no, matched.has_rma, matched.set_aside) == \
        ("S002-T01-000099", False, False)
    parcels.scan(matched.intake_id, MILK)
    parcels.complete(matched.intake_id)
    with pytest.raises(ValidationError, match="say what the parcel is"):
        parcels.set_aside("  ")
    aside = parcels.set_aside("no label, sender J. Doe, one soap")
    assert aside.set_aside and aside.label == "parcel set aside"
    parcels.scan(aside.intake_id, SOAP)
    parcels.grade(aside.intake_id, 1, Condition.NEW, Disposition.QUALITY_CONTROL)
    later = parcels.match(aside.intake_id, "W-1001")  # customer service found the order
    assert later.order_id == "W-1001" and not later.set_aside
    parcels.complete(aside.intake_id)
    with store_db.read() as s:
        sent = [MailReturnReceivedPayload.model_validate(r.payload) for r in s.scalars(
            select(OutboxEvent).where(OutboxEvent.type == "mail_return.received")
            .order_by(OutboxEvent.device_seq))]
        assert till_level(s, "SOAP", StockBucket.QUALITY_CONTROL) == 1
    assert [(p.receipt_no, p.order_id, p.rma_number) for p in sent] == [
        ("S002-T01-000099", "", ""), ("", "W-1001", "")]
    assert sent[1].note.startswith("no label")
    assert [i.qty for i in sent[0].items] == ["1"] and Decimal(sent[0].items[0].qty) == 1


def test_a_mistaken_scan_is_taken_back(store_db, parcels) -> None:
    number = rma_number(11)
    _pulled(store_db, rma_change(number, lines=(("SOAP", "2"),)))
    view = parcels.start(number)
    parcels.scan(view.intake_id, SOAP)
    parcels.scan(view.intake_id, MILK)
    view = parcels.remove(view.intake_id, 1)
    assert [i.sku for i in view.items] == ["MILK"]
    third = parcels.scan(view.intake_id, SOAP)
    assert third.item_no == 3 and third.rma_line_no == 1  # after the last one
    assert [ln.missing for ln in parcels.view(view.intake_id).missing] == [1]


def test_an_item_scanned_before_its_parcels_label_opens_no_parcel(store_db, parcels) -> None:
    with pytest.raises(ValidationError, match="Lavender soap bar is an item: scan the parcel's"):
        parcels.start(SOAP)
    assert parcels.open_intakes() == []
    assert parcels.start("W-100234").order_id == "W-100234"  # a web order's number still does
