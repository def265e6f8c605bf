"""The hub keeps the head of each till's journal as its anchor (issue 15, point 6)."""

from __future__ import annotations

import logging
import uuid

from tests.support.hub import sale_event


def _h(n: int) -> str:
    return f"{n:064x}"


def _push(till, head=None, anchor=None, events=(), epoch=1):  # type: ignore[no-untyped-def]
    body: dict[str, object] = {"device_id": till.device_id, "batch_id": str(uuid.uuid4()),
                               "epoch": epoch, "events": list(events)}
    if head:
        body["journal_head"] = {"seq": head[0], "hash": _h(head[1])}
    if anchor:
        body["journal_anchor"] = {"seq": anchor[0], "hash": _h(anchor[1])}
    r = till.client.post("/v1/sync/push", headers=till.headers, json=body)
    assert r.status_code == 200, r.text
    return r.json()


def _head(till):  # type: ignore[no-untyped-def]
    return till.client.get("/v1/sync/hello", headers=till.headers).json()["journal_head"]


def test_the_first_head_is_kept_and_told_back_in_hello(till):
    assert _head(till) is None
    _push(till, head=(5, 5), events=[sale_event(1)])
    assert _head(till) == {"seq": 5, "hash": _h(5)}


def test_a_head_that_extends_the_anchor_moves_it_on(till):
    _push(till, head=(5, 5))
    _push(till, head=(9, 9), anchor=(5, 5))
    assert _head(till) == {"seq": 9, "hash": _h(9)}


def test_a_journal_changed_below_the_anchor_cannot_move_it(till, caplog):
    _push(till, head=(5, 5))
    with caplog.at_level(logging.WARNING, logger="omnipos.hub"):
        _push(till, head=(9, 9), anchor=(5, 6))  # the till's entry 5 is not the one sent
    assert _head(till) == {"seq": 5, "hash": _h(5)}
    assert any("entry 5" in r.getMessage() and till.device_id in r.getMessage()
               for r in caplog.records)


def test_a_journal_that_lost_its_tail_cannot_move_the_anchor(till):
    _push(till, head=(9, 9))
    _push(till, head=(4, 4))  # entries 5-9 were deleted: the till has no entry 9
    _push(till, head=(12, 12))  # it wrote new entries past them
    assert _head(till) == {"seq": 9, "hash": _h(9)}


def test_a_till_restored_from_a_backup_starts_a_new_anchor(till):
    _push(till, head=(9, 9))
    r = till.client.post("/v1/sync/epoch", headers=till.headers,
                         json={"device_id": till.device_id, "after_seq": 0})
    assert r.json()["epoch"] == 2
    _push(till, head=(6, 60), epoch=2)
    assert _head(till) == {"seq": 6, "hash": _h(60)}


def test_each_till_has_its_own_anchor(enroll_till):
    one, two = enroll_till("S1", "one"), enroll_till("S1", "two")
    _push(one, head=(3, 3))
    assert _head(two) is None


def test_a_malformed_head_is_refused(till):
    r = till.client.post("/v1/sync/push", headers=till.headers, json={
        "device_id": till.device_id, "batch_id": str(uuid.uuid4()), "epoch": 1, "events": [],
        "journal_head": {"seq": 1, "hash": "not-a-hash"}})
    assert r.status_code == 422 and "journal_head.hash" in r.text
