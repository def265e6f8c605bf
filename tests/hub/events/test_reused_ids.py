"""An event id used again with other content, or by another till (issue 15, point 7).

The hub keeps a hash of each event's content with its id. The same event
again from the same till is a duplicate (with the first result); the id with
other content, or from any other till, is invalid: quarantined and logged at
the hub, and nothing of the first event goes back to the other till.
"""

from __future__ import annotations

import copy
import logging
import uuid

from sqlalchemy import func, select

from omnipos.hub.store.models import QuarantinedEvent, SaleRecord
from tests.support.hub import sale_event


def _count(hub, model) -> int:  # type: ignore[no-untyped-def]
    with hub.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_the_same_event_again_from_the_same_till_is_a_duplicate(till, hub):
    ev = sale_event(1)
    till.push([ev])
    res = till.push([copy.deepcopy(ev)]).json()["results"][0]
    assert res["status"] == "duplicate" and res["original_status"] == "applied"
    assert _count(hub, QuarantinedEvent) == 0


def test_a_reused_id_with_other_content_is_invalid_and_quarantined(till, hub, caplog):
    ev = sale_event(1)
    till.push([ev])
    forged = copy.deepcopy(ev)
    forged["device_seq"] = 2
    forged["payload"]["total_minor"] = 1  # type: ignore[index]
    with caplog.at_level(logging.WARNING, logger="omnipos.hub"):
        res = till.push([forged]).json()["results"][0]
    assert res["status"] == "invalid"
    assert "event_id" in res["error"] and "other content" in res["error"]
    assert res["original_status"] is None and res["current_state"] is None
    assert _count(hub, QuarantinedEvent) == 1
    with hub.read() as s:
        assert s.scalar(select(SaleRecord.total_minor)) == ev["payload"]["total_minor"]  # type: ignore[index]
    assert any(str(ev["event_id"]) in r.getMessage() and "quarantined" in r.getMessage()
               for r in caplog.records)


def test_a_reused_id_with_another_time_is_other_content(till):
    ev = sale_event(1)
    till.push([ev])
    later = copy.deepcopy(ev)
    later["occurred_at"] = "2020-01-01T00:00:00+00:00"
    assert till.push([later]).json()["results"][0]["status"] == "invalid"


def test_an_id_from_another_till_is_invalid_and_tells_it_nothing(enroll_till, hub):
    first, other_store = enroll_till("S1"), enroll_till("S2")
    intent = sale_event(1)
    pickup_id = str(uuid.uuid4())
    intent["type"], intent["payload"] = "pickup.accepted", {
        "pickup_id": pickup_id, "version": 3, "store_code": "S1"}
    first_answer = first.push([intent]).json()["results"][0]
    assert first_answer["status"] == "rejected" and first_answer["current_state"]
    res = other_store.push([copy.deepcopy(intent)]).json()["results"][0]
    assert res["status"] == "invalid"
    assert res["original_status"] is None and res["current_state"] is None
    assert pickup_id not in res["error"] and "rejected" not in res["error"]
    assert first.device_id not in res["error"]


def test_an_id_from_another_till_of_the_same_store_is_invalid(enroll_till, hub):
    one, two = enroll_till("S1", "one"), enroll_till("S1", "two")
    ev = sale_event(1, till=one.till)
    assert one.push([ev]).json()["results"][0]["status"] == "applied"
    res = two.push([copy.deepcopy(ev)]).json()["results"][0]
    assert res["status"] == "invalid" and res["original_status"] is None
    assert _count(hub, SaleRecord) == 1
