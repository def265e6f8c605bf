"""Property tests: money, tax and change arithmetic hold for any input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnipos.domain.errors import ValidationError
from omnipos.domain.money import Money, parse_amount
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy, cash_round, compute
from omnipos.domain.tenders import Payment

rates = st.sampled_from(
    [Decimal(r) for r in ("0", "0.02", "0.0725", "0.0825", "0.19", "0.2", "0.25")])
classes = st.sampled_from(["standard", "reduced", "zero"])
lines = st.lists(st.tuples(st.integers(0, 10_000_000), classes), min_size=1, max_size=40)


def _policy(prices: PriceMode, rounding: RoundingMode, r1: Decimal, r2: Decimal) -> TaxPolicy:
    return TaxPolicy(prices, rounding, {"standard": r1, "reduced": r2, "zero": Decimal(0)}, "USD")


@given(lines, st.sampled_from(list(PriceMode)), st.sampled_from(list(RoundingMode)), rates, rates)
def test_line_taxes_add_up_to_the_document(amounts, prices, rounding, r1, r2) -> None:
    result = compute(amounts, _policy(prices, rounding, r1, r2))
    assert sum(result.line_tax) == result.tax_total == sum(result.tax_by_class.values())
    expected_total = result.lines_total + (result.tax_total if prices is PriceMode.EXCLUSIVE else 0)
    assert result.total == expected_total
    assert all(t >= 0 for t in result.line_tax)


@given(st.integers(0, 10_000_000), rates)
def test_inclusive_and_exclusive_agree_on_tax_for_the_same_net(net, rate) -> None:
    excl = compute([(net, "standard")], _policy(PriceMode.EXCLUSIVE, RoundingMode.LINE, rate, rate))
    gross = excl.total  # net + tax, as the VAT store would price it
    incl = compute([(gross, "standard")],
                   _policy(PriceMode.INCLUSIVE, RoundingMode.LINE, rate, rate))
    # The tax inside the gross differs from the tax on the net by rounding at most one cent.
    assert abs(incl.tax_total - excl.tax_total) <= 1
    assert incl.total == gross


@given(st.integers(1, 10_000_000), st.sampled_from([0, 1, 5, 10, 25]), st.integers(0, 10_000_000))
def test_change_is_never_negative(total, step, extra) -> None:
    payment = Payment(total, "USD", cash_step_minor=step)
    tendered = payment.cash_due_minor + extra
    if tendered <= 0:
        return
    tender = payment.add_cash(tendered)
    assert tender.change_minor >= 0
    assert payment.is_complete
    assert tender.tendered_minor - tender.change_minor == cash_round(total, step)


@given(st.integers(-10**11, 10**11))
def test_money_round_trips_through_its_decimal_string(minor) -> None:
    money = Money(minor, "USD")
    assert Money.parse(money.plain(), "USD", allow_negative=True) == money


@given(st.text(max_size=30))
def test_parse_amount_raises_only_validation_errors(text) -> None:
    try:
        parse_amount(text, "EUR")
    except ValidationError:
        pass


def test_money_refuses_floats_and_mixed_currencies() -> None:
    with pytest.raises(TypeError):
        Money(1.5, "USD")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Money(1, "USD") + Money(1, "EUR")
    with pytest.raises(ValidationError):
        parse_amount("1.005", "USD")
    assert parse_amount("12", "JPY") == 12
    assert parse_amount("1.005", "KWD") == 1005
    assert Money(1250, "USD").format() == "$12.50"
