"""Returns at the counter against a real SQLite file: this till's own sales, offline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry, OutboxEvent, StockMovement
from omnipos.db.models.returns import ReturnRecord
from omnipos.db.stock import till_level
from omnipos.domain.errors import NotFoundError, PermissionDenied, StateError, ValidationError
from omnipos.domain.permissions import Action
from omnipos.domain.returns import Condition, Disposition, Refusal
from omnipos.domain.stock import StockBucket
from omnipos.domain.tenders import TenderKind
from omnipos.services.returns import HubUnreachable, ReturnService, Source
from omnipos.services.selling import CheckoutService
from omnipos.sync.events import ReturnCompletedPayload
from tests.support.staff import Crew, FakeClock


def _sell(checkout: CheckoutService, codes: list[str], *, card_minor: int = 0):
    cart = checkout.new_cart()
    for code in codes:
        checkout.scan(cart, code)
    payment = checkout.start_payment(cart)
    if card_minor:
        payment.add_card(card_minor, "AP1234", "4242")
    if not payment.is_complete:
        payment.add_cash(payment.remaining_minor)
    return checkout.complete_sale(cart, payment)


SOAP, MILK = "4006381333931", "036000291452"


@pytest.fixture
def till(store_db: Database, clock: FakeClock) -> tuple[CheckoutService, ReturnService]:
    checkout = CheckoutService(store_db, clock=clock)
    return checkout, ReturnService(store_db, checkout, clock=clock)


def _events(db: Database) -> list[ReturnCompletedPayload]:
    with db.read() as s:
        rows = s.scalars(select(OutboxEvent).where(OutboxEvent.type == "return.completed")
                         .order_by(OutboxEvent.device_seq))
        return [ReturnCompletedPayload.model_validate(r.payload) for r in rows]


def test_a_full_return_of_an_own_sale_refunds_cash_and_restocks(store_db, till, clock) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP, MILK])
    clock.advance(days=2)
    draft = returns.find(f"  {sold.receipt_no} ")
    assert draft.original is not None and draft.original.source is Source.TILL
    assert draft.original.offline  # no hub: this till's own record, and it says so
    returns.scan(draft, SOAP)
    returns.scan(draft, MILK)
    quote = returns.quote(draft)
    assert quote.ready and quote.action is Action.REFUND
    assert quote.refund_minor == sold.total_minor == 399 + 33 + 129 + 3
    assert [(s.kind, s.amount_minor, s.tender_idx) for s in quote.shares] == \
        [(TenderKind.CASH, 564, 1)]
    done = returns.complete(draft)
    assert done.return_no == "S001-T01-R000001" and done.open_drawer and done.cash_minor == 564
    with store_db.read() as s:
        assert till_level(s, "SOAP") == 0 and till_level(s, "MILK") == 0
        moved = s.scalars(select(StockMovement).where(StockMovement.event_id == done.event_id))
        assert sorted((m.sku, m.bucket, m.delta, m.reason) for m in moved) == [
            ("MILK", "sellable", "1", "return"), ("SOAP", "sellable", "1", "return")]
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "return")).one()
        assert entry.payload["refund_minor"] == 564 and entry.actor == "Till T01"
    [event] = _events(store_db)
    assert (str(event.sale_id), event.receipt_no, event.refund_minor) == \
        (sold.sale_id, sold.receipt_no, 564)
    assert [(ln.sale_line_no, ln.sku, ln.qty, ln.refund_minor, ln.tax_minor)
            for ln in event.lines] == [(1, "SOAP", "1", 432, 33), (2, "MILK", "1", 132, 3)]
    assert done.receipt.kind == "return" and done.receipt.total_minor == 564
    assert done.receipt.extra["original_receipt_no"] == sold.receipt_no


def test_partial_returns_never_take_back_more_than_was_sold(store_db, till, clock) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP, SOAP, SOAP])  # one line: 3 x 3.99, tax 0.99 on 11.97
    first = returns.find(sold.receipt_no)
    returns.scan(first, SOAP)
    assert returns.complete(first).refund_minor == 432  # a third of 12.96, half-up
    second = returns.find(sold.receipt_no)
    assert second.original is not None and second.original.lines[0].returnable == 2
    line = returns.scan(second, SOAP)
    with pytest.raises(ValidationError, match="at most 2 more can come back"):
        second.set_quantity(0, Decimal(3))
    second.set_quantity(0, Decimal(2))
    assert line.qty == 2
    assert returns.complete(second).refund_minor == 1296 - 432  # the last units take the rest
    third = returns.find(sold.receipt_no)
    with pytest.raises(ValidationError, match="already coming back or was returned before"):
        returns.scan(third, SOAP)
    with store_db.read() as s:
        assert till_level(s, "SOAP") == 0


def test_a_second_return_of_the_same_line_is_refused_even_from_an_old_draft(till) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP])
    one, other = returns.find(sold.receipt_no), returns.find(sold.receipt_no)
    returns.scan(one, SOAP)
    returns.scan(other, SOAP)
    returns.complete(one)
    with pytest.raises(StateError, match="came back meanwhile"):
        returns.complete(other)


def test_a_refund_splits_over_the_two_tenders_each_capped(store_db, till) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP, MILK], card_minor=300)  # 3.00 card, 2.64 cash
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)  # 4.32 back: card first (to its 3.00), the rest in cash
    quote = returns.quote(draft)
    assert [(s.kind, s.amount_minor, s.reference, s.card_last4) for s in quote.shares] == [
        (TenderKind.CARD, 300, "AP1234", "4242"), (TenderKind.CASH, 132, "", "")]
    done = returns.complete(draft, refund_reference="RF77")
    assert done.cash_minor == 132
    rest = returns.find(sold.receipt_no)
    returns.scan(rest, MILK)  # the card has nothing left to take back: all cash
    assert [(s.kind, s.amount_minor) for s in returns.quote(rest).shares] == \
        [(TenderKind.CASH, 132)]
    returns.complete(rest)
    [event, _] = _events(store_db)
    card = event.refunds[0]
    assert (card.kind, card.tender_idx, card.reference, card.refund_reference) == \
        (TenderKind.CARD, 1, "AP1234", "RF77")


def test_the_return_window_refuses_and_a_manager_overrides_in_the_journal(
        store_db, staff_svc, crew: Crew, clock) -> None:
    checkout = CheckoutService(store_db, clock=clock)
    returns = ReturnService(store_db, checkout, clock=clock)
    sold = _sell_as(checkout, crew)
    clock.advance(days=31)
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    quote = returns.quote(draft)
    assert quote.refusals == (Refusal.OUTSIDE_WINDOW,) and not quote.ready
    assert quote.refused and "the return window has passed" in quote.stop
    with pytest.raises(StateError, match="return window has passed"):
        returns.complete(draft, actor=crew.cashier)
    draft.override, draft.override_reason = True, "regular customer"
    quote = returns.quote(draft)
    assert quote.ready and quote.action is Action.RETURN_OVERRIDE and quote.refund_minor == 432
    with pytest.raises(PermissionDenied) as refused:
        returns.complete(draft, actor=crew.cashier)
    request = refused.value.request
    assert (request.action, request.subject, request.amount_minor) == \
        (Action.RETURN_OVERRIDE, f"return:{sold.receipt_no}", 432)
    ok = staff_svc.approve("9753", request, crew.cashier, reason="old receipt")
    done = returns.complete(draft, actor=crew.cashier, override=ok)
    with store_db.read() as s:
        kinds = [e.kind for e in s.scalars(select(JournalEntry).order_by(JournalEntry.seq))]
        assert kinds[-2:] == ["override", "return"]
        entry = s.scalars(select(JournalEntry).where(JournalEntry.kind == "return")).one()
        assert entry.payload["override"] == {"approved_by": "Mia Manager (#9)",
                                             "reason": "regular customer",
                                             "refusals": ["outside_window"]}
        assert s.get(ReturnRecord, done.return_id).cashier == "Cam Cashier (#1)"
    [event] = _events(store_db)
    assert event.override is not None and event.override.refusals == [Refusal.OUTSIDE_WINDOW]


def _sell_as(checkout: CheckoutService, crew: Crew):
    cart = checkout.new_cart()
    checkout.scan(cart, SOAP)
    payment = checkout.start_payment(cart)
    payment.add_cash(payment.remaining_minor)
    return checkout.complete_sale(cart, payment, actor=crew.cashier)


def test_a_cashier_needs_a_manager_for_any_refund(store_db, staff_svc, crew, clock) -> None:
    checkout = CheckoutService(store_db, clock=clock)
    returns = ReturnService(store_db, checkout, clock=clock)
    sold = _sell_as(checkout, crew)
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    with pytest.raises(PermissionDenied, match="a manager must approve") as refused:
        returns.complete(draft, actor=crew.cashier)
    assert _events(store_db) == []
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    assert returns.complete(draft, actor=crew.cashier, override=ok).refund_minor == 432


def test_condition_and_disposition_move_stock_by_bucket(store_db, till) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP, MILK])
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    returns.scan(draft, MILK)
    draft.set_condition(1, Condition.DEFECTIVE)  # faulty: refunded, held for the vendor
    assert draft.lines[1].disposition is Disposition.RETURN_TO_VENDOR
    draft.set_condition(0, Condition.OPENED)
    draft.set_disposition(0, Disposition.QUALITY_CONTROL)
    with pytest.raises(ValidationError):
        draft.set_disposition(0, Disposition.NOT_RECEIVED)
    done = returns.complete(draft)
    assert done.refund_minor == 564  # opened items are accepted like new by default
    with store_db.read() as s:
        assert till_level(s, "SOAP", StockBucket.QUALITY_CONTROL) == 1
        assert till_level(s, "MILK", StockBucket.RETURN_TO_VENDOR) == 1
        assert till_level(s, "SOAP") == -1 and till_level(s, "MILK") == -1
    [event] = _events(store_db)
    assert [(ln.condition, ln.disposition) for ln in event.lines] == [
        (Condition.OPENED, Disposition.QUALITY_CONTROL),
        (Condition.DEFECTIVE, Disposition.RETURN_TO_VENDOR)]


def test_offline_another_tills_receipt_cannot_be_found(till) -> None:
    _checkout, returns = till
    with pytest.raises(HubUnreachable, match="take the return without a receipt"):
        returns.find("S009-T04-000017")
    with pytest.raises(ValidationError):
        returns.find("   ")


def test_an_item_not_on_the_receipt_is_named(till) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP])
    draft = returns.find(sold.receipt_no)
    with pytest.raises(NotFoundError, match=f"MILK is not on {sold.receipt_no}"):
        returns.scan(draft, MILK)


def test_a_cash_refund_lowers_the_drawers_expected_cash(store_db, crew, staff_svc, clock) -> None:
    from omnipos.domain.shifts import CashCount
    from omnipos.services.shifts import ShiftService

    checkout = CheckoutService(store_db, clock=clock)
    returns = ReturnService(store_db, checkout, clock=clock)
    shifts = ShiftService(store_db, clock=clock)
    shifts.open(CashCount("USD", {1000: 10}), actor=crew.manager)
    sold = _sell_as(checkout, crew)  # 4.32 cash in
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    returns.complete(draft, actor=crew.manager)  # 4.32 cash out
    report = shifts.x_report(actor=crew.manager)
    assert report.tally.cash_taken == 432 and report.tally.cash_refunded == 432
    assert report.expected_cash == 10000
    assert (report.tally.returns_count, report.tally.returns_minor) == (1, 432)
    with store_db.read() as s:
        assert s.scalars(select(ReturnRecord)).one().shift_id == shifts.current().shift_id


def _customer(db: Database, name: str, *, credit: int = 0, no_receipt: list | None = None) -> str:
    import uuid
    from datetime import UTC, datetime

    from omnipos.db.customers import apply_customer_change

    cid = str(uuid.uuid4())
    with db.transaction() as s:
        apply_customer_change(s, {"customer_id": cid, "name": name, "phone": "5550102030",
                                  "email": "", "credit": {"USD": credit},
                                  "credit_as_of": datetime.now(UTC).isoformat(),
                                  "no_receipt_returns": no_receipt or []}, datetime.now(UTC))
    return cid


def _price_history(db: Database, sku: str, points) -> None:
    from omnipos.db.models import Price, Product

    with db.transaction() as s:
        product = s.scalars(select(Product).where(Product.sku == sku)).one()
        for since, price in points:
            s.add(Price(product_id=product.id, price_minor=price, effective_from=since))


def test_no_receipt_is_store_credit_at_the_lowest_recent_price_with_a_manager(
        store_db, staff_svc, crew, clock) -> None:
    from datetime import timedelta

    checkout = CheckoutService(store_db, clock=clock)
    returns = ReturnService(store_db, checkout, clock=clock)
    _price_history(store_db, "SOAP", [(clock() - timedelta(days=90), 349),
                                      (clock() - timedelta(days=20), 299),  # a promotion
                                      (clock() - timedelta(days=10), 399)])
    cid = _customer(store_db, "Zoë Ng", credit=500)
    draft = returns.no_receipt()
    returns.scan(draft, SOAP)
    quote = returns.quote(draft)
    assert not quote.ready and "needs the customer" in quote.stop
    returns.set_customer(draft, cid)
    quote = returns.quote(draft)
    assert quote.ready and quote.action is Action.REFUND_NO_RECEIPT
    assert quote.refund_minor == 299 + 25  # 2.99 and its tax, not today's 3.99
    assert [(s.kind, s.amount_minor, s.customer_id) for s in quote.shares] == \
        [(TenderKind.STORE_CREDIT, 324, cid)]
    with pytest.raises(PermissionDenied) as refused:
        returns.complete(draft, actor=crew.cashier)
    assert refused.value.request.action is Action.REFUND_NO_RECEIPT
    ok = staff_svc.approve("9753", refused.value.request, crew.cashier)
    done = returns.complete(draft, actor=crew.cashier, override=ok)
    assert not done.open_drawer
    assert done.receipt.extra["credit_balance_minor"] == str(500 + 324)
    [event] = _events(store_db)
    assert event.no_receipt and str(event.customer_id) == cid
    assert [ln.sale_line_no for ln in event.lines] == [None]
    from omnipos.services.customers import CustomerService

    assert CustomerService(store_db).spendable_credit(cid, online=True) == 824


def test_no_receipt_limits_count_this_tills_returns_too(store_db, till, clock) -> None:
    _checkout, returns = till
    recent = [{"at": clock().isoformat(), "amount_minor": 4000} for _ in range(2)]
    cid = _customer(store_db, "Sam", no_receipt=recent)
    draft = returns.no_receipt()
    returns.set_customer(draft, cid)
    returns.scan(draft, SOAP)
    returns.complete(draft)  # the third in the window: within the limits
    draft = returns.no_receipt()
    returns.set_customer(draft, cid)  # this till's unsent one counts: 3 of 3 used
    returns.scan(draft, SOAP)
    quote = returns.quote(draft)
    assert quote.refusals == (Refusal.NO_RECEIPT_LIMIT,) and not quote.ready
    draft.override = True
    assert returns.quote(draft).action is Action.RETURN_OVERRIDE


def test_an_exchange_for_dearer_goods_takes_the_difference(store_db, till) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP])  # 4.32
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    returns.scan_exchange(draft, "96385074")  # bread 4.50 + 2 % = 4.59
    quote = returns.quote(draft)
    assert (quote.exchange_total_minor, quote.exchange_minor, quote.due_minor) == (459, 432, 27)
    assert [(s.kind, s.amount_minor) for s in quote.shares] == [(TenderKind.EXCHANGE, 432)]
    payment = returns.exchange_payment(draft)
    assert payment.remaining_minor == 27
    with pytest.raises(StateError, match="not paid yet"):
        returns.complete(draft, payment=payment)
    payment.add_cash(100)
    done = returns.complete(draft, payment=payment)
    assert done.exchange is not None and done.exchange.change_minor == 73
    assert done.cash_minor == 0 and done.open_drawer  # cash taken for the difference
    with store_db.read() as s:
        assert till_level(s, "SOAP") == 0 and till_level(s, "BREAD") == -1
        ret = s.get(ReturnRecord, done.return_id)
        assert ret.exchange_sale_id == done.exchange.sale_id
    [event] = _events(store_db)
    assert str(event.exchange_sale_id) == done.exchange.sale_id
    assert [(r.kind, r.amount_minor) for r in event.refunds] == [(TenderKind.EXCHANGE, 432)]


def test_an_exchange_for_cheaper_goods_refunds_the_difference(store_db, till) -> None:
    checkout, returns = till
    sold = _sell(checkout, [SOAP], card_minor=432)
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    returns.scan_exchange(draft, MILK)  # 1.32
    quote = returns.quote(draft)
    assert quote.due_minor == 0
    assert [(s.kind, s.amount_minor) for s in quote.shares] == \
        [(TenderKind.EXCHANGE, 132), (TenderKind.CARD, 300)]
    payment = returns.exchange_payment(draft)
    assert payment.is_complete
    done = returns.complete(draft, payment=payment)
    assert done.refund_minor == 432 and not done.open_drawer
    assert [t.kind for t in done.exchange.receipt.tenders] == ["exchange"]


def test_store_credit_back_to_the_account_it_came_from(store_db, till) -> None:
    from omnipos.services.customers import CustomerService

    checkout, returns = till
    cid = _customer(store_db, "Zoë Ng", credit=1000)
    cart = checkout.new_cart()
    checkout.scan(cart, SOAP)
    payment = checkout.start_payment(cart)
    payment.add_store_credit(400, cid, CustomerService(store_db).spendable_credit(cid))
    payment.add_cash(payment.remaining_minor)
    sold = checkout.complete_sale(cart, payment)
    assert sold.receipt.extra["credit_balance_minor"] == "600"
    draft = returns.find(sold.receipt_no)
    assert draft.customer_id == cid and draft.customer_name == "Zoë Ng"
    returns.scan(draft, SOAP)
    assert [(s.kind, s.amount_minor) for s in returns.quote(draft).shares] == \
        [(TenderKind.STORE_CREDIT, 400), (TenderKind.CASH, 32)]
    done = returns.complete(draft)
    assert done.receipt.extra["credit_balance_minor"] == "1000"


def test_a_return_needs_an_open_shift_as_a_sale_does(store_db, till) -> None:
    from omnipos.db.settings import set_setting
    from omnipos.domain.shifts import CashCount
    from omnipos.services.shifts import NoOpenShift, ShiftService

    checkout, returns = till
    sold = _sell(checkout, [SOAP])  # the first sale opened a shift by itself
    draft = returns.find(sold.receipt_no)
    returns.scan(draft, SOAP)
    with store_db.transaction() as s:
        set_setting(s, "shift.auto_open", False)
    ShiftService(store_db).close(CashCount("USD", {1: 432}), actor=None)
    with pytest.raises(NoOpenShift):
        returns.complete(draft)
    assert _events(store_db) == []
