"""The hub acknowledges the contiguous prefix of a till's device_seq (issue 15, point 9).

A lost outbox row leaves a hole in the till's sequence: the hub must not
acknowledge past it, and hello names the hole. Quarantined events count as
received; the same event quarantined twice is kept once.
"""

from __future__ import annotations

from sqlalchemy import func, select

from omnipos.hub.store.models import QuarantinedEvent
from tests.support.hub import sale_event


def _bad(seq: int) -> dict[str, object]:
    ev = sale_event(seq)
    ev["payload"]["lines"][0]["qty"] = "1.23456"  # type: ignore[index]
    return ev


def _hello(till) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return till.client.get("/v1/sync/hello", headers=till.headers).json()


def test_the_hub_acknowledges_up_to_the_first_missing_seq_and_names_the_gap(till):
    body = till.push([sale_event(1), sale_event(2), sale_event(4), sale_event(7)]).json()
    assert [r["status"] for r in body["results"]] == ["applied"] * 4
    assert body["acked_seq"] == 2
    hello = _hello(till)
    assert hello["acked_seq"] == 2 and hello["highest_seq"] == 7
    assert hello["gaps"] == [{"first": 3, "last": 3}, {"first": 5, "last": 6}]


def test_a_gap_closes_when_the_missing_event_arrives(till):
    till.push([sale_event(1), sale_event(3)])
    assert till.push([sale_event(2)]).json()["acked_seq"] == 3
    hello = _hello(till)
    assert hello["gaps"] == [] and hello["acked_seq"] == hello["highest_seq"] == 3


def test_quarantined_events_count_as_received(till):
    body = till.push([sale_event(1), _bad(2), sale_event(3)]).json()
    assert [r["status"] for r in body["results"]] == ["applied", "invalid", "applied"]
    assert body["acked_seq"] == 3
    assert _hello(till)["gaps"] == []


def test_the_same_event_quarantined_twice_is_kept_once(till, hub):
    bad = _bad(1)
    till.push([bad])
    assert till.push([bad]).json()["results"][0]["status"] == "invalid"
    with hub.read() as s:
        assert s.scalar(select(func.count()).select_from(QuarantinedEvent)) == 1


def test_a_new_epoch_counts_from_where_the_till_resumes(till):
    till.push([sale_event(1), sale_event(2), sale_event(3)])
    r = till.client.post("/v1/sync/epoch", headers=till.headers,
                         json={"device_id": till.device_id, "reason": "restored",
                               "after_seq": 10})
    assert r.status_code == 200 and r.json()["epoch"] == 2
    hello = _hello(till)
    assert hello["acked_seq"] == 10 and hello["gaps"] == []
    assert till.push([sale_event(11)], epoch=2).json()["acked_seq"] == 11
    assert till.push([sale_event(13)], epoch=2).json()["acked_seq"] == 11
    assert _hello(till)["gaps"] == [{"first": 12, "last": 12}]


def test_hello_lists_at_most_twenty_gaps(till):
    till.push([sale_event(seq) for seq in range(1, 90, 2)])  # 1, 3, 5 ... 89
    hello = _hello(till)
    assert hello["acked_seq"] == 1 and hello["highest_seq"] == 89
    assert len(hello["gaps"]) == 20 and hello["gaps"][0] == {"first": 2, "last": 2}


def test_another_tills_events_do_not_fill_a_gap(enroll_till):
    one, two = enroll_till("S1", "one"), enroll_till("S1", "two")
    one.push([sale_event(1), sale_event(3)])
    two.push([sale_event(2, till=two.till), sale_event(1, till=two.till)])
    assert _hello(one)["gaps"] == [{"first": 2, "last": 2}]
