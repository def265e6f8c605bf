"""The one tax engine, shared by the till and the hub so their totals agree.

Rules (and the reference cases in tests/data/tax_cases.json, in USD, JPY, BHD and KWD):

- A line's amount is price x qty rounded half-up to the minor unit, less its
  discount (a percentage of that amount rounded half-up, or a fixed amount).
- Tax of an amount: exclusive prices -> amount x rate; inclusive prices ->
  amount x rate / (1 + rate). Rounded half-up per line (``line``) or once per
  tax class over the summed line amounts (``document``).
- Total: exclusive -> lines + tax; inclusive -> lines.
- Cash rounding (to a step such as 0.05) applies to cash tenders only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from omnipos.domain.errors import ValidationError, message
from omnipos.domain.money import from_minor, minor_digits, round_half_up, to_minor

__all__ = [
    "PriceMode",
    "RoundingMode",
    "TaxBreakdown",
    "TaxPolicy",
    "cash_round",
    "compute",
    "line_amount",
    "parse_rate",
    "percent_of",
]


class PriceMode(StrEnum):
    EXCLUSIVE = "exclusive"  # sales tax added on top
    INCLUSIVE = "inclusive"  # VAT contained in the price


class RoundingMode(StrEnum):
    LINE = "line"
    DOCUMENT = "document"


def parse_rate(text: str | Decimal) -> Decimal:
    """A tax rate as a decimal fraction ("0.0825"); refuses negatives and >= 1."""
    try:
        rate = Decimal(str(text).strip())
    except Exception as exc:  # decimal.InvalidOperation
        raise ValidationError(message("tax rate {text!r} is not a decimal number"),
                              text=text) from exc
    if not rate.is_finite() or rate < 0 or rate >= 1:
        raise ValidationError(message("tax rate {text!r} must be a fraction from 0 to below 1"),
                              text=text)
    return rate


@dataclass(frozen=True, slots=True)
class TaxPolicy:
    """How a store taxes: price mode, rounding mode, rates per class, currency."""

    prices: PriceMode
    rounding: RoundingMode
    rates: Mapping[str, Decimal]
    currency: str
    cash_step_minor: int = 0  # 0 = no cash rounding

    def rate(self, tax_class: str) -> Decimal:
        try:
            return self.rates[tax_class]
        except KeyError:
            raise ValidationError(message("unknown tax class {tax_class!r}"),
                                  tax_class=tax_class) from None


@dataclass(frozen=True, slots=True)
class TaxBreakdown:
    """Taxes of a document. ``line_tax`` is per line (allocated in document mode)."""

    line_tax: tuple[int, ...]
    tax_by_class: dict[str, int]
    base_by_class: dict[str, int]
    tax_total: int
    lines_total: int  # sum of line amounts as priced (gross if inclusive)
    total: int


def percent_of(amount_minor: int, pct: Decimal, currency: str) -> int:
    """``pct`` percent of an amount, rounded half-up to the minor unit."""
    return to_minor(from_minor(amount_minor, currency) * pct / 100, currency)


def line_amount(
    price_minor: int,
    qty: Decimal,
    currency: str,
    *,
    discount_pct: Decimal | None = None,
    discount_minor: int = 0,
) -> int:
    """Price x quantity rounded half-up, less the line's discount; never negative."""
    gross = to_minor(from_minor(price_minor, currency) * qty, currency)
    discount = discount_minor
    if discount_pct is not None:
        discount += percent_of(gross, discount_pct, currency)
    if discount > gross:
        raise ValidationError(message("a discount cannot exceed the line amount"))
    return gross - discount


def _tax_of(amount: Decimal, rate: Decimal, prices: PriceMode) -> Decimal:
    if prices is PriceMode.EXCLUSIVE:
        return amount * rate
    return amount * rate / (1 + rate)


def compute(amounts: Sequence[tuple[int, str]], policy: TaxPolicy) -> TaxBreakdown:
    """Taxes and total for line amounts given as (amount_minor, tax_class).

    In document mode each class's tax is rounded once over its summed base
    and then allocated to lines by largest remainder, so lines add up exactly.
    """
    digits = minor_digits(policy.currency)
    cur = policy.currency
    base_by_class: dict[str, int] = {}
    for amount, tax_class in amounts:
        policy.rate(tax_class)
        base_by_class[tax_class] = base_by_class.get(tax_class, 0) + amount

    line_tax: list[int]
    tax_by_class: dict[str, int] = {}
    if policy.rounding is RoundingMode.LINE:
        line_tax = []
        for amount, tax_class in amounts:
            raw = _tax_of(from_minor(amount, cur), policy.rate(tax_class), policy.prices)
            tax = int(round_half_up(raw, digits).scaleb(digits))
            line_tax.append(tax)
            tax_by_class[tax_class] = tax_by_class.get(tax_class, 0) + tax
    else:
        for tax_class, base in base_by_class.items():
            raw = _tax_of(from_minor(base, cur), policy.rate(tax_class), policy.prices)
            tax_by_class[tax_class] = int(round_half_up(raw, digits).scaleb(digits))
        line_tax = _allocate(amounts, base_by_class, tax_by_class)

    tax_total = sum(tax_by_class.values())
    lines_total = sum(amount for amount, _ in amounts)
    total = lines_total + tax_total if policy.prices is PriceMode.EXCLUSIVE else lines_total
    return TaxBreakdown(
        line_tax=tuple(line_tax),
        tax_by_class=dict(sorted(tax_by_class.items())),
        base_by_class=dict(sorted(base_by_class.items())),
        tax_total=tax_total,
        lines_total=lines_total,
        total=total,
    )


def _allocate(
    amounts: Sequence[tuple[int, str]],
    base_by_class: Mapping[str, int],
    tax_by_class: Mapping[str, int],
) -> list[int]:
    """Split each class's tax over its lines in proportion to their amounts."""
    shares = [0] * len(amounts)
    for tax_class, tax in tax_by_class.items():
        idx = [i for i, (_, c) in enumerate(amounts) if c == tax_class]
        base = base_by_class[tax_class]
        if base == 0:
            continue
        exact = [Decimal(tax) * amounts[i][0] / base for i in idx]
        floors = [int(e.to_integral_value(rounding="ROUND_FLOOR")) for e in exact]
        left = tax - sum(floors)
        order = sorted(range(len(idx)), key=lambda k: (floors[k] - exact[k], k))
        for k in order[: max(left, 0)]:
            floors[k] += 1
        for k, i in enumerate(idx):
            shares[i] = floors[k]
    return shares


def cash_round(minor: int, step_minor: int) -> int:
    """Round an amount half-up to a cash step (e.g. 5 for 0.05); step 0 or 1 leaves it."""
    if step_minor <= 1:
        return minor
    if minor < 0:
        return -cash_round(-minor, step_minor)
    q, r = divmod(minor, step_minor)
    return (q + (1 if 2 * r >= step_minor else 0)) * step_minor
