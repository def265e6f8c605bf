"""The typed event contract: each payload built by the real service reads back through the
model the hub uses (``PAYLOADS``), after the JSON round trip the outbox and the wire make."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from uuid import UUID, uuid4

import pytest
from pydantic import ValidationError
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.domain.shifts import CashCount, MovementKind
from omnipos.services.selling import CheckoutService
from omnipos.services.shifts import ShiftService
from omnipos.sync.events import (
    FACTS,
    INTENTS,
    PAYLOADS,
    CashMovementPayload,
    EventPayload,
    EventType,
    SaleCompletedPayload,
    SaleVoidedPayload,
    ShiftClosedPayload,
)

FLOAT = CashCount("USD", {1000: 5})  # 50.00


def _read_back(db: Database, event_id: str) -> EventPayload:
    """The outbox row as the hub gets it: JSON text, parsed by the model of its type."""
    with db.read() as s:
        row = s.scalar(select(OutboxEvent).where(OutboxEvent.event_id == event_id))
        assert row is not None
        wire = json.loads(json.dumps(row.payload))
        return PAYLOADS[EventType(row.type)].model_validate(wire)


def test_every_type_is_a_fact_or_an_intent_and_each_model_knows_its_type() -> None:
    assert FACTS | INTENTS == set(EventType) and not FACTS & INTENTS
    assert set(PAYLOADS) == {EventType.SALE_COMPLETED, EventType.SALE_VOIDED,
                             EventType.SHIFT_CLOSED, EventType.CASH_MOVEMENT,
                             *INTENTS, EventType.PICKUP_HANDED_OVER, EventType.SHIPMENT_SENT,
                             EventType.SHIPMENT_RECEIVED, EventType.PICKUP_PUT_BACK,
                             EventType.CUSTOMER_CREATED, EventType.RETURN_COMPLETED,
                             EventType.MAIL_RETURN_RECEIVED, EventType.COUNT_OPENED,
                             EventType.COUNT_SUBMITTED, EventType.STOCK_ADJUSTED,
                             EventType.STOCK_RECEIVED, EventType.ORDER_REQUESTED,
                             EventType.ORDER_DEPOSIT_REFUNDED,
                             EventType.QUICK_KEYS_CHANGED, EventType.RECEIPT_EMAIL_REQUESTED}
    assert all(model.event_type is t for t, model in PAYLOADS.items())
    assert EventType.PICKUP_READY.is_intent and not EventType.SALE_COMPLETED.is_intent


def test_the_hub_reads_each_type_through_the_same_model() -> None:
    from omnipos.hub.events.registry import HANDLERS

    for event_type, model in PAYLOADS.items():
        assert HANDLERS[event_type].model is model


def test_sale_completed_round_trip(store_db: Database) -> None:
    svc = CheckoutService(store_db)
    cart = svc.new_cart()
    svc.scan(cart, "4006381333931")
    svc.add_sku(cart, "APPLE", "10.000")  # weighed: exactly 10 kg is "10", never "1E+1"
    pay = svc.start_payment(cart)
    pay.add_cash(pay.remaining_minor + 100)
    done = svc.complete_sale(cart, pay)

    p = _read_back(store_db, done.event_id)
    assert isinstance(p, SaleCompletedPayload)
    assert p.sale_id == UUID(done.sale_id) and p.receipt_no == done.receipt_no
    assert p.total_minor == done.total_minor and p.change_minor == done.change_minor == 100
    assert p.store_code == "S001" and p.till_code == "T01" and p.cashier == "Till T01"
    assert [(ln.sku, ln.qty) for ln in p.lines] == [("SOAP", "1"), ("APPLE", "10")]
    assert [(st.sku, st.delta) for st in p.stock] == [("SOAP", "-1"), ("APPLE", "-10")]
    assert [t.kind for t in p.tenders] == ["cash"] and p.tenders[0].tendered_minor > p.total_minor
    assert sum(t.tax_minor for t in p.taxes) == p.tax_minor
    assert {t.tax_class: Decimal(t.rate) for t in p.taxes} == {
        "standard": Decimal("0.0825"), "reduced": Decimal("0.02")}
    assert p.created_at.tzinfo is not None


def test_cash_movement_round_trip(store_db: Database) -> None:
    shifts = ShiftService(store_db)
    shift = shifts.open(FLOAT, actor=None)
    done = shifts.pay_out(700, "window cleaner", actor=None)

    p = _read_back(store_db, done.event_id)
    assert isinstance(p, CashMovementPayload)
    assert p.movement_id == UUID(done.movement_id) and p.shift_id == UUID(shift.shift_id)
    assert (p.kind, p.amount_minor, p.currency, p.reason) == (
        MovementKind.PAY_OUT, 700, "USD", "window cleaner")
    assert p.store_code == "S001" and p.occurred_at.tzinfo is not None


def test_shift_closed_round_trip(store_db: Database) -> None:
    shifts = ShiftService(store_db)
    shifts.open(FLOAT, actor=None)
    shifts.pay_in(1000, "change", actor=None)
    count = CashCount("USD", {2000: 3})  # 60.00 counted for 60.00 expected
    done = shifts.close(count, actor=None)

    p = _read_back(store_db, done.event_id)
    assert isinstance(p, ShiftClosedPayload)
    report = done.report
    assert p.shift_id == UUID(done.shift_id)
    assert (p.expected_cash_minor, p.counted_cash_minor, p.over_short_minor) == (
        report.expected_cash, report.counted_cash, report.over_short)
    assert (p.opening_float_minor, p.paid_in_minor) == (5000, 1000)
    assert p.closing_count == count.to_json() and p.opening_count == FLOAT.to_json()
    assert p.closed_at == report.generated_at and p.kind == report.kind


def test_sale_voided_round_trip() -> None:
    # No till screen post-voids a sale yet; the contract is ready for the one that will.
    built = SaleVoidedPayload(
        sale_id=uuid4(), receipt_no="S001-T01-000007", store_code="S001", till_code="T01",
        voided_at=datetime(2026, 12, 1, 10, 0, tzinfo=UTC), voided_by="Mia Manager (#9)",
        reason="rang up twice", stock=[{"sku": "SOAP", "delta": "1"}],  # type: ignore[list-item]
    )
    wire = json.loads(json.dumps(built.model_dump(mode="json")))
    assert PAYLOADS[EventType.SALE_VOIDED].model_validate(wire) == built


def test_models_refuse_what_the_hub_must_not_store() -> None:
    with pytest.raises(ValidationError, match="qty"):
        SaleCompletedPayload.model_validate({
            "sale_id": str(uuid4()), "receipt_no": "R1", "store_code": "S001",
            "till_code": "T01", "currency": "USD", "created_at": "2026-12-01T10:00:00+00:00",
            "subtotal_minor": 1, "tax_minor": 0, "total_minor": 1,
            "lines": [{"line_no": 1, "sku": "X", "qty": "1E+1", "unit_price_minor": 1,
                       "total_minor": 1}],
        })
    with pytest.raises(ValidationError, match="amount_minor"):
        CashMovementPayload.model_validate({
            "movement_id": str(uuid4()), "shift_id": str(uuid4()), "store_code": "S001",
            "till_code": "T01", "kind": "pay_in", "amount_minor": 0, "currency": "USD",
            "occurred_at": "2026-12-01T10:00:00+00:00",
        })
