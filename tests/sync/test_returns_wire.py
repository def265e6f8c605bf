"""The returns wire reads what it should and refuses what cannot be right."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from omnipos.domain.returns import Condition, Disposition, ReturnPolicy
from omnipos.sync.events import (
    MailReturnReceivedPayload,
    ReturnCompletedPayload,
    SaleTenderPayload,
)
from omnipos.sync.events.returns import ReturnPolicyData, RmaData

NOW = datetime(2026, 3, 1, tzinfo=UTC).isoformat()


def _return(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "return_id": str(uuid.uuid4()), "return_no": "S1-T01-R00001", "store_code": "S1",
        "till_code": "T01", "currency": "USD", "created_at": NOW,
        "sale_id": str(uuid.uuid4()), "receipt_no": "S1-T01-000001",
        "lines": [{"line_no": 1, "sale_line_no": 1, "sku": "A", "qty": "1",
                   "refund_minor": 500}],
        "refunds": [{"kind": "card", "amount_minor": 500, "tender_idx": 1,
                     "reference": "AP1", "refund_reference": "RF1"}],
        "refund_minor": 500}
    return {**base, **over}


def test_a_return_reads_back_after_the_json_round_trip() -> None:
    ret = ReturnCompletedPayload.model_validate(_return())
    sent = json.loads(json.dumps(ret.model_dump(mode="json")))
    again = ReturnCompletedPayload.model_validate(sent)
    assert again == ret and not ret.no_receipt
    assert ret.lines[0].condition is Condition.NEW
    assert ret.lines[0].disposition is Disposition.RESTOCK


@pytest.mark.parametrize(("over", "message"), [
    ({"refund_minor": 400}, "do not add up"),
    ({"sale_id": None, "receipt_no": ""}, "names the customer"),
    ({"sale_id": None, "receipt_no": "", "customer_id": str(uuid.uuid4())},
     "store credit only"),
    ({"refunds": [{"kind": "store_credit", "amount_minor": 500}]}, "customer_id"),
    ({"lines": [{"line_no": 1, "sku": "A", "qty": "1", "refund_minor": 500,
                 "condition": "soggy"}]}, "condition"),
])
def test_a_return_that_cannot_be_right_is_refused(over: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ReturnCompletedPayload.model_validate(_return(**over))


def test_parcel_items_are_graded_unless_missing() -> None:
    base = {"intake_id": str(uuid.uuid4()), "rma_number": "RMA000000000", "store_code": "S2",
            "till_code": "T01", "received_at": NOW}
    ok = MailReturnReceivedPayload.model_validate({**base, "items": [
        {"sku": "A", "qty": "1", "condition": None, "disposition": "not_received"}]})
    assert ok.items[0].condition is None
    with pytest.raises(ValidationError, match="has a condition"):
        MailReturnReceivedPayload.model_validate({**base, "items": [
            {"sku": "A", "qty": "1", "condition": None, "disposition": "restock"}]})


def test_a_store_credit_tender_names_its_customer() -> None:
    with pytest.raises(ValidationError, match="customer_id"):
        SaleTenderPayload.model_validate({"kind": "store_credit", "amount_minor": 100})
    assert SaleTenderPayload.model_validate({"kind": "cash", "amount_minor": 100}).customer_id \
        is None


def test_feed_records_read_with_their_defaults() -> None:
    policy = ReturnPolicyData.model_validate({"store_code": "*",
                                              "policy": ReturnPolicy().to_dict()})
    assert ReturnPolicy.from_dict(policy.policy) == ReturnPolicy()
    rma = RmaData.model_validate({
        "rma_id": str(uuid.uuid4()), "number": "RMA000000000", "state": "authorised",
        "store_code": "S2", "currency": "USD", "created_at": NOW, "unknown_field": 1,
        "lines": [{"line_no": 1, "sku": "A", "quantity": "1"}]})
    assert rma.lines[0].outcomes == [] and rma.refund_minor == 0
