"""The pickup wire both sides share: payloads survive the JSON round trip, bad ones are refused,
and the hub's feed record reads as ``PickupOrderData``."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from omnipos.domain.pickup import RejectReason, Verification
from omnipos.sync.events import PAYLOADS, EventType
from omnipos.sync.events.pickup import (
    IdCheck,
    PickupHandedOverPayload,
    PickupOrderData,
    PickupPayment,
    PickupRejectedPayload,
    RejectedLine,
)

NOW = datetime(2026, 12, 1, 14, 2, tzinfo=UTC)


def _round_trip(model: object) -> object:
    wire = json.loads(json.dumps(model.model_dump(mode="json")))  # type: ignore[attr-defined]
    return PAYLOADS[model.event_type].model_validate(wire)  # type: ignore[attr-defined]


def test_a_rejection_and_a_handover_survive_the_round_trip() -> None:
    rejected = PickupRejectedPayload(
        pickup_id=uuid.uuid4(), version=3, store_code="PDX", staff="Sam",
        lines=[RejectedLine(line_no=1, sku="TENT", quantity="1", reason=RejectReason.DAMAGED)])
    assert _round_trip(rejected) == rejected
    handed = PickupHandedOverPayload(
        pickup_id=uuid.uuid4(), version=5, store_code="PDX", till_code="T01",
        handed_over_at=NOW, verification=Verification.ID_CHECK,
        id_check=IdCheck(name="Bo", id_type="passport", id_last4="9876", relation="family"),
        payment=PickupPayment(amount_minor=2500, currency="USD"))
    assert _round_trip(handed) == handed
    assert handed.event_type is EventType.PICKUP_HANDED_OVER


def test_payloads_refuse_what_the_hub_cannot_act_on() -> None:
    base = {"pickup_id": str(uuid.uuid4()), "version": 1, "store_code": "PDX",
            "till_code": "T01", "handed_over_at": NOW.isoformat()}
    with pytest.raises(ValidationError, match="id_check"):
        PickupHandedOverPayload.model_validate({**base, "verification": "id_check"})
    with pytest.raises(ValidationError):
        PickupHandedOverPayload.model_validate({
            **base, "verification": "id_check",
            "id_check": {"name": "Bo", "id_type": "passport", "id_last4": "123456789",
                         "relation": "self"}})
    with pytest.raises(ValidationError):
        PickupRejectedPayload.model_validate({"pickup_id": base["pickup_id"], "version": 1,
                                              "store_code": "PDX", "lines": []})
    with pytest.raises(ValidationError):
        PickupRejectedPayload.model_validate({
            "pickup_id": base["pickup_id"], "version": 1, "store_code": "PDX",
            "lines": [{"line_no": 1, "sku": "A", "quantity": "1", "reason": "lost"}]})


def test_the_feed_record_ignores_fields_it_does_not_know() -> None:
    data = {
        "pickup_id": str(uuid.uuid4()), "order_id": str(uuid.uuid4()), "order_number": "W-1",
        "kind": "pickup", "state": "ready", "version": 4, "store_code": "PDX",
        "placed_at": NOW.isoformat(), "changed_at": NOW.isoformat(),
        "customer": {"name": "Ada"}, "currency": "USD",
        "lines": [{"line_no": 1, "sku": "TENT", "quantity": "1"}], "a_newer_field": True,
    }
    rec = PickupOrderData.model_validate(data)
    assert rec.lines[0].incoming == "0" and rec.task is None and rec.pickup_code == ""
