"""Counting at the till: scans committed as they show, unknown codes kept and matched, the
review anchored on each item's moment with this till's own sales, blind counts, recount,
approval by a manager, and the sheet and CSV."""

from __future__ import annotations

from decimal import Decimal

import pytest

from omnipos.db.models import OutboxEvent, StockMovement
from omnipos.db.models.counts import CountScan
from omnipos.db.stock import set_hub_level, till_level
from omnipos.domain.counts import CountKind, VarianceReason
from omnipos.domain.errors import PermissionDenied, StateError, ValidationError
from omnipos.services.counts import CountService
from omnipos.services.selling import CheckoutService
from tests.support.staff import FakeClock

SOAP_EAN = "4006381333931"


@pytest.fixture
def counts(store_db, clock: FakeClock) -> CountService:  # type: ignore[no-untyped-def]
    with store_db.transaction() as s:  # the hub's levels as the feed brought them
        set_hub_level(s, "SOAP", "10", clock.now)
        set_hub_level(s, "MILK", "4", clock.now)
    return CountService(store_db, clock=clock)


def _started(counts: CountService, crew, **kw):  # type: ignore[no-untyped-def]
    info = counts.start(skus=["SOAP", "MILK", "BREAD"], actor=crew.manager, **kw)
    counts.open_area(info.session_id, actor=crew.cashier)
    return info.session_id


def _sell(store_db, clock: FakeClock, sku: str, qty: int = 1) -> None:  # type: ignore[no-untyped-def]
    svc = CheckoutService(store_db, clock=clock)
    cart = svc.new_cart()
    svc.add_sku(cart, sku, qty)
    payment = svc.start_payment(cart)
    payment.add_cash(payment.remaining_minor)
    svc.complete_sale(cart, payment)


def test_only_a_manager_starts_a_count_and_it_goes_to_the_hub(counts, crew, store_db) -> None:
    with pytest.raises(PermissionDenied):
        counts.start(skus=["SOAP"], actor=crew.cashier)
    info = counts.start(skus=["SOAP"], actor=crew.manager, title="Soap shelf")
    assert info.number == "S001-T01-C0001" and info.blind and info.items == 1
    with store_db.read() as s:
        [(kind, payload)] = [(e.type, e.payload) for e in s.query(OutboxEvent)]
    assert kind == "count.opened" and payload["skus"] == ["SOAP"]
    with pytest.raises(ValidationError, match="names SKUs, a category or a location"):
        counts.start(kind=CountKind.CYCLE, actor=crew.manager)


def test_every_scan_is_on_disk_when_it_returns_and_unknown_codes_are_kept(
        counts, crew, store_db) -> None:
    sid = _started(counts, crew)
    first = counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    assert (first.sku, first.counted, first.progress.counted, first.progress.expected) == \
        ("SOAP", 1, 1, 3)
    counts.scan(sid, "", "SOAP", actor=crew.cashier)  # typed SKU
    unknown = counts.scan(sid, "", "2000000000008", actor=crew.cashier)
    assert unknown.sku is None and unknown.unknown_codes == 1
    counts.scan(sid, "", "2000000000008", actor=crew.cashier)
    with store_db.read() as s:  # a second connection sees all four: committed
        assert s.query(CountScan).count() == 4
    [kept] = counts.unknown(sid, "")
    assert (kept.code, kept.scans) == ("2000000000008", 2)
    matched = counts.match(sid, "", "2000000000008", "MILK", actor=crew.cashier)
    assert matched.counted == 2 and matched.unknown_codes == 0 and matched.progress.counted == 2
    assert counts.unknown(sid, "") == []


def test_f4_makes_the_last_scan_count_a_case_and_search_adds_by_hand(counts, crew) -> None:
    sid = _started(counts, crew)
    counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    case = counts.last_scan_counts(sid, "", "SOAP", "12", actor=crew.cashier)
    assert case.counted == 12
    loose = counts.add_quantity(sid, "", "BREAD", "3", actor=crew.cashier)
    assert loose.counted == 3
    with pytest.raises(ValidationError, match="whole units"):
        counts.add_quantity(sid, "", "BREAD", "0.5", actor=crew.cashier)
    assert counts.add_quantity(sid, "", "APPLE", "1.25", actor=crew.cashier).counted == \
        Decimal("1.25")


def test_the_review_anchors_each_item_at_its_moment(counts, crew, store_db, clock) -> None:
    sid = _started(counts, crew)
    _sell(store_db, clock, "SOAP")  # sold before it was counted: 9 expected
    clock.advance(minutes=1)
    for _ in range(8):
        counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    clock.advance(minutes=1)
    _sell(store_db, clock, "SOAP")  # sold after it was counted: not in expected
    clock.advance(minutes=1)
    review = counts.review(sid, "", actor=crew.manager)
    soap, milk, bread = (next(ln for ln in review.lines if ln.sku == sku)
                         for sku in ("SOAP", "MILK", "BREAD"))
    assert (soap.counted, soap.expected, soap.variance, soap.value_minor) == (8, 9, -1, -399)
    assert soap.flagged is False  # one unit and 3.99: within the thresholds
    assert (milk.counted, milk.counted_at, milk.expected, milk.variance) == (0, None, 4, -4)
    assert milk.flagged  # four units missing
    assert bread.expected == 0 and bread.variance == 0
    assert review.shows_expected and review.flagged == 1


def test_a_blind_count_hides_expected_from_the_counter_not_the_manager(counts, crew) -> None:
    sid = _started(counts, crew)
    assert not counts.shows_expected(sid, crew.cashier)
    seen = counts.review(sid, "", actor=crew.cashier)
    assert all(ln.expected is None and ln.variance is None for ln in seen.lines)
    assert any(ln.flagged for ln in seen.lines)  # flags show; numbers do not
    assert counts.review(sid, "", actor=crew.manager).lines[0].expected is not None
    open_ = counts.start(skus=["SOAP"], blind=False, actor=crew.manager)
    assert counts.shows_expected(open_.session_id, crew.cashier)


def test_recount_counts_a_line_again_and_approval_needs_a_manager(
        counts, crew, store_db, clock) -> None:
    sid = _started(counts, crew)
    for _ in range(3):
        counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    counts.review(sid, "", actor=crew.cashier)
    with pytest.raises(StateError, match="in review"):
        counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    counts.recount(sid, "", "SOAP", actor=crew.cashier)
    clock.advance(minutes=5)
    for _ in range(10):
        counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    review = counts.review(sid, "", actor=crew.manager)
    soap = next(ln for ln in review.lines if ln.sku == "SOAP")
    assert soap.counted == 10 and soap.recounted and soap.variance == 0
    counts.set_reason(sid, "", "MILK", VarianceReason.THEFT)
    with pytest.raises(PermissionDenied) as refused:
        counts.submit(sid, "", actor=crew.cashier)
    assert refused.value.request.subject.startswith("count:")
    override = _approval(crew, counts, refused.value.request)
    done = counts.submit(sid, "", actor=crew.cashier, override=override)
    assert done.lines == 3 and done.moved_skus == ("MILK",) and done.variance_value_minor == -516
    with store_db.read() as s:
        assert till_level(s, "MILK") == 0 and till_level(s, "SOAP") == 10
        [part] = [e.payload for e in s.query(OutboxEvent) if e.type == "count.submitted"]
        moved = [(m.sku, m.delta) for m in s.query(StockMovement).filter_by(reason="count")]
    lines = {ln["sku"]: ln for ln in part["lines"]}
    assert lines["MILK"]["reason"] == "theft" and lines["MILK"]["counted_at"] is None
    assert lines["SOAP"]["recounted"] and part["approved_by"] == "Mia Manager (#9)"
    assert moved == [("MILK", "-4")]
    assert sid not in [i.session_id for i in counts.sessions()]  # the whole store: done
    with pytest.raises(StateError):
        counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)


def _approval(crew, counts, request):  # type: ignore[no-untyped-def]
    from omnipos.domain.pins import FAST_FOR_TESTS
    from omnipos.services.staff import StaffService

    staff = StaffService(counts.db, clock=counts._clock, hasher=FAST_FOR_TESTS)
    return staff.approve("9753", request, crew.cashier, reason="count")


def test_the_sheet_and_the_csv(counts, crew) -> None:
    sid = _started(counts, crew)
    counts.scan(sid, "", SOAP_EAN, actor=crew.cashier)
    counts.scan(sid, "", "2000000000008", actor=crew.cashier)
    sheet = counts.count_sheet(sid, "", actor=crew.cashier)
    assert [(ln.sku, ln.expected, ln.counted) for ln in sheet.lines] == \
        [("BREAD", "", ""), ("MILK", "", ""), ("SOAP", "", "1")]
    text = counts.variances_csv(sid, "", actor=crew.manager).splitlines()
    assert text[0].startswith("count,area,sku,name,counted,counted_at,expected,variance")
    soap = next(row for row in text if ",SOAP," in row).split(",")
    assert soap[4:5] == ["1"] and soap[6:9] == ["10", "-9", "-35.91"] and soap[9] == "yes"
    assert text[-1].split(",")[3] == "unknown code 2000000000008"


def test_a_full_count_counts_what_it_did_not_find_as_none(counts, crew) -> None:
    info = counts.start(kind=CountKind.FULL, actor=crew.manager)
    counts.open_area(info.session_id, "Back room", actor=crew.cashier)
    counts.scan(info.session_id, "Back room", SOAP_EAN, actor=crew.cashier)
    review = counts.review(info.session_id, "Back room", actor=crew.manager)
    assert {ln.sku: ln.counted for ln in review.lines} == {"MILK": 0, "SOAP": 1}
