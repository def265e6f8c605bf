"""The tax engine against the 40 reference cases with expected totals."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from omnipos.domain.money import parse_amount
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy, cash_round, compute, line_amount

CASES = json.loads((Path(__file__).parent.parent / "data" / "tax_cases.json").read_text())["cases"]


def _minor(text: str) -> int:
    return parse_amount(text, "USD")


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_reference_case(case: dict) -> None:
    policy = TaxPolicy(
        prices=PriceMode(case["prices"]),
        rounding=RoundingMode(case["rounding"]),
        rates={k: Decimal(v) for k, v in case["rates"].items()},
        currency="USD",
    )
    amounts = [
        (
            line_amount(
                _minor(line["price"]),
                Decimal(line["qty"]),
                "USD",
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


def test_forty_cases_are_loaded() -> None:
    assert len(CASES) == 40
