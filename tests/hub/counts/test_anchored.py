"""Counts at the hub: on hand = counted + movements after the moment each item was counted,
whatever order the facts arrive in; areas of one session merge; late sales change the
variance, not the on-hand. On SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from omnipos.hub.catalog import CatalogLine, upsert_lines
from omnipos.hub.counts import sessions
from omnipos.hub.stock import ledger, levels
from tests.support.hub import event, sale_event

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def stocked(hub, tmp_path: Path):  # type: ignore[no-untyped-def]
    upsert_lines(hub, [CatalogLine(sku, sku, (), 100, "STD") for sku in ("A", "B", "C")], "USD")
    csv = tmp_path / "stock.csv"
    csv.write_text("store,sku,quantity\nS1,A,10\nS1,B,5\n")
    levels.import_levels(hub, csv)
    # The import happened "now"; move it before every moment these tests use.
    with hub.transaction() as s:
        from sqlalchemy import text
        s.execute(text("UPDATE stock_ledger SET occurred_at = :t"),
                  {"t": (T0 - timedelta(days=1)).isoformat(timespec="microseconds")})
    return hub


class Seq:
    def __init__(self) -> None:
        self.n = 0

    def __call__(self) -> int:
        self.n += 1
        return self.n


def _sale(seq: Seq, at: datetime, sku: str = "A", qty: str = "1",
          till: str = "T01") -> dict[str, Any]:
    return sale_event(seq(), lines=[(sku, 100, qty)], occurred_at=at, till=till)


def _count(seq: Seq, session: str, lines: list[tuple[str, str, datetime | None]], *,
           area: str = "", closed: datetime, number: str = "C00001",
           scope: dict[str, Any] | None = None, till: str = "T01") -> dict[str, Any]:
    payload: dict[str, Any] = {
        "session_id": session, "number": number, "store_code": "S1", "till_code": till,
        "area": area, "started_at": (T0 - timedelta(minutes=5)).isoformat(),
        "closed_at": closed.isoformat(), "approved_by": "Mia Manager (#1)",
        "lines": [{"sku": sku, "counted": qty, "counted_at": at.isoformat() if at else None,
                   "scans": 1} for sku, qty, at in lines]}
    if scope is not None:
        payload["scope"] = scope
    return event(seq(), "count.submitted", payload, closed)


def _level(hub: Any, sku: str = "A") -> str:
    return levels.show(hub, sku).get("S1", "0")


def _applied(till: Any, *events: dict[str, Any]) -> None:
    for ev in events:
        result = till.push([ev]).json()["results"][0]
        assert result["status"] == "applied", result


def _new_session(hub: Any, skus: tuple[str, ...] = ("A",)) -> str:
    return str(sessions.create_session(hub, "S1", skus=skus)["session_id"])


def test_sales_before_during_and_after_a_count_and_one_learnt_late(stocked, till) -> None:
    hub, seq = stocked, Seq()
    sid = _new_session(hub)
    counted_at = T0 + timedelta(minutes=30)
    _applied(till, _sale(seq, T0 + timedelta(minutes=10)))  # before the count: in expected
    _applied(till, _sale(seq, T0 + timedelta(minutes=40)))  # after it, pushed before it
    # 10 - 1 = 9 expected at 9:30; 7 on the shelf: a variance of -2.
    _applied(till, _count(seq, sid, [("A", "7", counted_at)], closed=T0 + timedelta(hours=1)))
    assert _level(hub) == "6"  # 7 counted, less the sale at 9:40
    _applied(till, _sale(seq, T0 + timedelta(hours=2)))
    assert _level(hub) == "5"
    # A sale rung at 9:20 on a till that was offline: it was gone before the count saw the shelf.
    _applied(till, _sale(seq, T0 + timedelta(minutes=20)))
    assert _level(hub) == "5"
    [line] = sessions.show_session(hub, sid)["lines"]
    assert (line["counted"], line["expected"], line["variance"], line["late"]) == \
        ("7", "8", "-1", "-1")
    with hub.read() as s:  # the ledger still sums to the level
        assert ledger.ledger_sum_milli(s, "S1", "A") == 5000


@pytest.mark.parametrize("front_first", [True, False])
def test_two_areas_merge_in_either_order(stocked, enroll_till, front_first: bool) -> None:
    hub = stocked
    front, back = enroll_till("S1", "front"), enroll_till("S1", "back")
    seq = {front: Seq(), back: Seq()}
    sid = _new_session(hub, ("B",))
    closed = T0 + timedelta(hours=1)
    counts = [
        (front, _count(seq[front], sid, [("B", "2", T0 + timedelta(minutes=10))], area="Front",
                       closed=closed, till=front.till)),
        (back, _count(seq[back], sid, [("B", "3", T0 + timedelta(minutes=50))], area="Back",
                      closed=closed, till=back.till)),
    ]
    # A sale between the two areas' moments (before the merged anchor) and one after it.
    _applied(front, _sale(seq[front], T0 + timedelta(minutes=30), "B", till=front.till))
    _applied(front, _sale(seq[front], T0 + timedelta(minutes=55), "B", till=front.till))
    first, second = counts if front_first else counts[::-1]
    _applied(*first)
    # One area alone: 2 at 9:10 less both sales after it, or 3 at 9:50 less the one after.
    assert _level(hub, "B") == ("0" if front_first else "2")
    _applied(*second)
    assert _level(hub, "B") == "4"  # 2 + 3 counted, less the sale at 9:55
    shown = sessions.show_session(hub, sid)
    assert sorted(shown["areas"]) == ["Back", "Front"]
    [line] = shown["lines"]
    assert line["counted"] == "5" and line["counted_at"].startswith("2026-12-01T09:50")


def test_an_older_count_arriving_late_does_not_undo_a_newer_one(stocked, till) -> None:
    hub, seq = stocked, Seq()
    old, new = _new_session(hub), _new_session(hub)
    newer = _count(seq, new, [("A", "4", T0 + timedelta(hours=3))], number="C00002",
                   closed=T0 + timedelta(hours=3))
    older = _count(seq, old, [("A", "9", T0 + timedelta(hours=1))],
                   closed=T0 + timedelta(hours=1))
    _applied(till, newer)
    assert _level(hub) == "4"
    _applied(till, older)  # counted before the newer count: history, not on hand
    assert _level(hub) == "4"
    assert sessions.show_session(hub, old)["lines"][0]["variance"] == "-1"


def test_an_item_not_found_counts_as_none_where_the_area_closed(stocked, till) -> None:
    hub, seq = stocked, Seq()
    sid = _new_session(hub, ("A", "B"))
    closed = T0 + timedelta(hours=1)
    _applied(till, _sale(seq, T0 + timedelta(minutes=30), "B", "5"))  # sold out meanwhile
    _applied(till, _count(seq, sid, [("A", "10", T0 + timedelta(minutes=5)), ("B", "0", None)],
                          closed=closed))
    assert (_level(hub, "A"), _level(hub, "B")) == ("10", "0")
    [summary] = [s for s in sessions.list_sessions(hub, "S1") if s["session_id"] == sid]
    assert summary["state"] == "closed"  # the whole store was counted


def test_a_session_started_at_a_till_reaches_the_feed(stocked, till, enroll_till) -> None:
    other = enroll_till("S1", "other")
    sid = str(uuid.uuid4())
    opened = event(1, "count.opened", {
        "session_id": sid, "number": "S1-T01-C0001", "store_code": "S1", "till_code": till.till,
        "created_at": T0.isoformat(), "created_by": "Mia", "kind": "cycle",
        "skus": ["A"], "title": "Shelf 4"})
    _applied(till, opened)
    _applied(till, opened | {"event_id": str(uuid.uuid4()), "device_seq": 2})  # known: kept once
    changes = [c for c in other.pull().json()["changes"] if c["kind"] == "count_session"]
    assert [c["data"]["number"] for c in changes] == ["S1-T01-C0001"]
    assert changes[0]["data"]["show_expected_to"] == []  # blind


def test_a_part_of_an_unknown_session_without_its_scope_is_quarantined(stocked, till) -> None:
    seq = Seq()
    unknown = _count(seq, str(uuid.uuid4()), [("A", "1", T0)], closed=T0)
    result = till.push([unknown]).json()["results"][0]
    assert result["status"] == "invalid" and "no count session" in result["error"]
    with_scope = _count(seq, str(uuid.uuid4()), [("A", "3", T0)], closed=T0,
                        number="S1-T01-C0009", scope={"kind": "cycle", "skus": ["A"]})
    _applied(till, with_scope)
    assert _level(stocked) == "3"


def test_count_create_refuses_unknown_skus_and_an_empty_category(stocked) -> None:
    from omnipos.domain.errors import ValidationError

    with pytest.raises(ValidationError, match="not in the catalog: ZZZ"):
        sessions.create_session(stocked, "S1", skus=["A", "ZZZ"])
    with pytest.raises(ValidationError, match="no active product is in category"):
        sessions.create_session(stocked, "S1", category="Garden")
    with pytest.raises(ValidationError, match="name what to count"):
        sessions.create_session(stocked, "S1")
