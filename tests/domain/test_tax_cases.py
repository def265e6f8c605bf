"""The tax engine against the reference cases with expected totals.

Forty in USD, and cases in currencies with no minor digits (JPY) and with
three (BHD, KWD), each with its arithmetic worked by hand in ``note``.
"""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from omnipos.domain.money import parse_amount
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy, cash_round, compute, line_amount

CASES = json.loads((Path(__file__).parent.parent / "data" / "tax_cases.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_reference_case(case: dict) -> None:
    currency = case.get("currency", "USD")

    def _minor(text: str) -> int:
        return parse_amount(text, currency)

    policy = TaxPolicy(
        prices=PriceMode(case["prices"]),
        rounding=RoundingMode(case["rounding"]),
        rates={k: Decimal(v) for k, v in case["rates"].items()},
        currency=currency,
    )
    amounts = [
        (
            line_amount(
                _minor(line["price"]),
                Decimal(line["qty"]),
                currency,
                discount_pct=Decimal(line["discount_pct"]) if "discount_pct" in line else None,
            ),
            line["tax_class"],
        )
        for line in case["lines"]
    ]
    result = compute(amounts, policy)
    expected = case["expected"]
    assert result.tax_by_class == {k: _minor(v) for k, v in expected["tax_by_class"].items()}
    assert result.tax_total == _minor(expected["tax_total"])
    assert result.total == _minor(expected["total"])
    assert sum(result.line_tax) == result.tax_total
    if "cash_total" in expected:
        assert cash_round(result.total, _minor(case["cash_step"])) == _minor(expected["cash_total"])


def test_cases_in_every_kind_of_currency_are_loaded() -> None:
    by_currency = Counter(c.get("currency", "USD") for c in CASES)
    assert by_currency == {"USD": 40, "JPY": 5, "BHD": 5, "KWD": 1}
