"""The return policy, conditions and dispositions, RMA numbers (shared by till and hub)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnipos.domain.errors import ValidationError
from omnipos.domain.returns import (
    CategoryRule,
    Condition,
    Disposition,
    NoReceiptRules,
    OpenedRule,
    PricePoint,
    Refusal,
    ReturnItem,
    ReturnPolicy,
    check_rma_number,
    line_share,
    lowest_price,
    rma_number,
)
from omnipos.domain.stock import StockBucket

SOLD = datetime(2026, 3, 1, 12, tzinfo=UTC)
POLICY = ReturnPolicy(
    categories={
        "Tech": CategoryRule(window_days=14, opened=OpenedRule.FEE,
                             restocking_fee_rate=Decimal("0.15")),
        "Hygiene": CategoryRule(opened=OpenedRule.REFUSE),
        "Clearance": CategoryRule(final_sale=True),
    },
    final_sale_skus=frozenset({"LAST-ONE"}),
)


def _item(category: str = "", condition: Condition = Condition.NEW, sku: str = "A",
          paid: int = 1000, sold_at: datetime | None = SOLD) -> ReturnItem:
    return ReturnItem(sku, category, paid, condition, sold_at)


def test_the_default_window_is_thirty_days_and_a_category_may_say_otherwise() -> None:
    assert POLICY.assess(_item(), SOLD + timedelta(days=30)).refund_minor == 1000
    late = POLICY.assess(_item(), SOLD + timedelta(days=30, seconds=1))
    assert late.refusals == (Refusal.OUTSIDE_WINDOW,) and late.refund_minor == 0
    assert not late.refundable and late.message == "the return window has passed"
    assert POLICY.assess(_item("Tech"), SOLD + timedelta(days=15)).refusals == \
        (Refusal.OUTSIDE_WINDOW,)


def test_final_sale_refuses_but_a_defective_item_always_comes_back() -> None:
    assert POLICY.assess(_item("Clearance"), SOLD).refusals == (Refusal.FINAL_SALE,)
    assert POLICY.assess(_item(sku="LAST-ONE"), SOLD).refusals == (Refusal.FINAL_SALE,)
    defective = POLICY.assess(_item("Clearance", Condition.DEFECTIVE), SOLD)
    assert defective.refundable and defective.refund_minor == 1000


def test_opened_items_are_taken_as_new_less_a_fee_or_refused_by_category() -> None:
    assert POLICY.assess(_item(condition=Condition.OPENED), SOLD).refund_minor == 1000
    fee = POLICY.assess(_item("Tech", Condition.OPENED, paid=999), SOLD)
    assert (fee.refund_minor, fee.fee_minor) == (849, 150)  # 149.85 half-up
    assert POLICY.assess(_item("Tech", Condition.NEW), SOLD).fee_minor == 0
    assert POLICY.assess(_item("Hygiene", Condition.OPENED), SOLD).refusals == \
        (Refusal.OPENED_NOT_RETURNABLE,)


def test_damaged_and_wrong_items_refund_nothing() -> None:
    for condition in (Condition.DAMAGED, Condition.WRONG_ITEM):
        verdict = POLICY.assess(_item(condition=condition), SOLD)
        assert verdict.refusals == (Refusal.CONDITION,) and verdict.refund_minor == 0


def test_a_manager_override_lifts_every_refusal_and_says_which() -> None:
    now = SOLD + timedelta(days=60)
    verdict = POLICY.assess(_item("Clearance"), now, override=True)
    assert verdict.refundable and verdict.overridden and verdict.refund_minor == 1000
    assert set(verdict.refusals) == {Refusal.OUTSIDE_WINDOW, Refusal.FINAL_SALE}
    assert not POLICY.assess(_item(), SOLD, override=True).overridden  # nothing to lift


def test_each_disposition_moves_into_its_bucket() -> None:
    assert {d: d.bucket for d in Disposition} == {
        Disposition.RESTOCK: StockBucket.SELLABLE,
        Disposition.DAMAGED: StockBucket.DAMAGED,
        Disposition.QUALITY_CONTROL: StockBucket.QUALITY_CONTROL,
        Disposition.RETURN_TO_VENDOR: StockBucket.RETURN_TO_VENDOR,
        Disposition.DISPOSE: None, Disposition.NOT_RESTOCKED: None,
        Disposition.NOT_RECEIVED: None,
    }
    assert Condition.NEW.default_disposition is Disposition.RESTOCK
    assert Condition.DAMAGED.default_disposition is Disposition.DAMAGED
    assert not Disposition.NOT_RECEIVED.received and Disposition.DISPOSE.received


def test_the_policy_travels_as_json_and_bad_ones_are_refused() -> None:
    assert ReturnPolicy.from_dict(POLICY.to_dict()) == POLICY
    assert ReturnPolicy.from_dict({}) == ReturnPolicy()
    for bad in ({"default": {"window_days": -1}}, {"categories": {"X": {"opened": "maybe"}}},
                {"default": {"restocking_fee_rate": "lots"}},
                {"default": {"restocking_fee_rate": "1.5"}}):
        with pytest.raises(ValidationError):
            ReturnPolicy.from_dict(bad)


def test_no_receipt_limits_count_returns_inside_the_window() -> None:
    rules = NoReceiptRules(max_returns=2, max_amount_minor=5000, window_days=30)
    now = SOLD
    recent = [(now - timedelta(days=40), 4000), (now - timedelta(days=3), 1500)]
    assert rules.remaining(recent, now) == (1, 3500)
    assert rules.remaining(recent + [(now, 4000)], now) == (0, 0)


def test_lowest_price_of_the_last_thirty_days() -> None:
    now = SOLD
    history = [PricePoint(now - timedelta(days=60), 800),
               PricePoint(now - timedelta(days=20), 1200)]
    assert lowest_price(1200, history, now) == 800  # 800 was in force when the window opened
    history.append(PricePoint(now - timedelta(days=10), 700))
    assert lowest_price(1000, history, now) == 700
    assert lowest_price(1000, [PricePoint(now - timedelta(days=45), 500)] + [
        PricePoint(now - timedelta(days=31), 1100)], now) == 1000
    assert lowest_price(900, [PricePoint(now + timedelta(days=1), 100)], now) == 900


@given(st.integers(0, 10**7), st.integers(1, 50), st.data())
def test_a_line_returned_in_parts_never_refunds_more_than_it_paid(total: int, sold: int,
                                                                  data: st.DataObject) -> None:
    parts = data.draw(st.lists(st.integers(1, sold), max_size=sold))
    back, refunded = 0, 0
    for part in parts:
        if back + part > sold:
            break
        refunded += line_share(total, Decimal(sold), Decimal(back + part)) - \
            line_share(total, Decimal(sold), Decimal(back))
        back += part
    assert 0 <= refunded <= total
    assert line_share(total, Decimal(sold), Decimal(sold)) == total
    with pytest.raises(ValidationError):
        line_share(total, Decimal(sold), Decimal(sold + 1))


@given(st.integers(0, 32**8 - 1))
def test_rma_numbers_read_back_and_catch_a_mistyped_character(value: int) -> None:
    number = rma_number(value)
    assert len(number) == 12 and number.isalnum() and number.isupper()
    assert check_rma_number(f" {number.lower()[:6]}-{number.lower()[6:]} ") == number
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for pos in range(3, 12):
        wrong = alphabet[(alphabet.index(number[pos]) + 7) % 32]
        with pytest.raises(ValidationError):
            check_rma_number(number[:pos] + wrong + number[pos + 1:])


def test_rma_numbers_typed_with_o_for_zero_or_not_an_rma_at_all() -> None:
    number = rma_number(0)
    assert number.startswith("RMA00000000")
    assert check_rma_number(number.replace("0", "O")) == number
    for text in ("", "RMA123", "S1-T01-000001", "XYZ000000000"):
        with pytest.raises(ValidationError):
            check_rma_number(text)
