"""Cash arithmetic of shifts: counts, expected cash, over/short (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omnipos.domain.errors import ValidationError
from omnipos.domain.shifts import (
    CashCount,
    MovementKind,
    ReportKind,
    ShiftReport,
    ShiftTally,
    denominations,
    expected_cash,
    needs_manager,
    report_lines,
)

CURRENCIES = ["USD", "EUR", "GBP", "JPY", "CHF", "KWD", "NOK"]
amounts = st.integers(min_value=1, max_value=10**9)


@given(st.sampled_from(CURRENCIES), st.data())
def test_count_total_is_sum_of_denominations(currency: str, data: st.DataObject) -> None:
    values = [d.value_minor for d in denominations(currency)]
    counts = data.draw(st.dictionaries(st.sampled_from(values), st.integers(0, 5000)))
    count = CashCount(currency, counts)
    assert count.total_minor == sum(v * q for v, q in counts.items())
    assert isinstance(count.total_minor, int)
    again = CashCount.from_json(currency, count.to_json())
    assert again.total_minor == count.total_minor


def test_denominations_are_largest_first_and_unique() -> None:
    for currency in CURRENCIES:
        values = [d.value_minor for d in denominations(currency)]
        assert values == sorted(values, reverse=True)
        assert len(set(values)) == len(values)
    assert 1 not in [d.value_minor for d in denominations("CAD")]  # no pennies


def test_bad_counts_refused() -> None:
    with pytest.raises(ValidationError):
        CashCount("USD", {300: 1})
    with pytest.raises(ValidationError):
        CashCount("USD", {100: -1})


@given(
    st.integers(0, 10**7),
    st.lists(st.integers(-(10**6), 10**6).filter(lambda v: v != 0), max_size=30),
    st.lists(st.tuples(st.sampled_from(list(MovementKind)), amounts), max_size=20),
)
def test_expected_cash_balances(
    float_: int, cash_sales: list[int], moves: list[tuple[MovementKind, int]]
) -> None:
    tally = ShiftTally("USD", opening_float=float_)
    for v in cash_sales:
        tally.add_sale(v, tenders={"cash": v})
    for kind, v in moves:
        tally.add_movement(kind, v)
    signed = {MovementKind.PAY_IN: 1, MovementKind.PAY_OUT: -1, MovementKind.SAFE_DROP: -1}
    assert tally.expected_cash == float_ + sum(cash_sales) + sum(signed[k] * v for k, v in moves)
    assert tally.sales_minor - tally.returns_minor == sum(cash_sales)
    assert tally.cash_taken - tally.cash_refunded == sum(cash_sales)


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 10**6))
def test_over_short_and_threshold(counted: int, expected: int, threshold: int) -> None:
    over = counted - expected
    assert needs_manager(over, threshold) == (abs(counted - expected) > threshold)
    assert not needs_manager(0, threshold)


@given(amounts, amounts, amounts, amounts, amounts, amounts)
def test_expected_cash_is_linear(a: int, b: int, c: int, d: int, e: int, f: int) -> None:
    base = expected_cash(a, b, c, d, e, f)
    assert expected_cash(a + 1, b, c, d, e, f) == base + 1
    assert expected_cash(a, b, c, d, e, f + 1) == base - 1


def test_movement_must_be_positive() -> None:
    with pytest.raises(ValidationError):
        ShiftTally("USD").add_movement(MovementKind.PAY_IN, 0)


def test_report_lines_state_counts_and_pending() -> None:
    tally = ShiftTally("USD", opening_float=10000)
    tally.add_sale(1299, taxes={"standard": 99}, tenders={"cash": 1299}, discount_minor=100)
    tally.add_movement(MovementKind.PAY_OUT, 500)
    now = datetime(2026, 11, 26, 18, tzinfo=UTC)
    report = ShiftReport(
        ReportKind.Z,
        "s",
        "S001",
        "T01",
        "USD",
        now,
        "Ann",
        now,
        tally,
        counted_cash=10700,
        pending_events=3,
    )
    assert report.expected_cash == 10799 and report.over_short == -99
    text = "\n".join(report_lines(report))
    assert "Expected cash  107.99" in text and "short" in text
    assert "acknowledged by the hub  3" in text
    assert report.to_dict()["over_short_minor"] == -99
