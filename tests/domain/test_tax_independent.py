"""The tax engine against an independent computation (issue 15, tests the suite lacked).

The engine works in Decimal currency units and rounds with ``quantize``; the
reference here works in exact fractions of a minor unit and rounds half-up
with integer arithmetic, written from the rules in ``domain/tax.py`` alone.
An engine that returned no tax, or taxed the wrong base, or rounded in the
wrong place, fails these, which the engine's own sums cannot show. Tax in
minor units does not depend on how many minor digits a currency has, so the
same amounts must give the same minor units in JPY (0 digits), USD (2) and
BHD or KWD (3).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from omnipos.domain.cart import Cart, Discount, ProductInfo
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy, compute, line_amount

CURRENCIES = st.sampled_from(["JPY", "USD", "EUR", "BHD", "KWD"])
RATES = st.sampled_from(["0", "0.02", "0.05", "0.07", "0.0725", "0.08", "0.0825", "0.10", "0.19",
                         "0.2", "0.25"])
CLASSES = st.sampled_from(["standard", "reduced", "zero"])
AMOUNTS = st.lists(st.tuples(st.integers(0, 5_000_000), CLASSES), min_size=1, max_size=30)


def half_up(x: Fraction) -> int:
    """x >= 0 rounded to the nearest integer, halves upwards."""
    assert x >= 0
    return (2 * x.numerator + x.denominator) // (2 * x.denominator)


def tax_of(amount: int, rate: Fraction, prices: PriceMode) -> Fraction:
    """Exact tax of an amount in minor units."""
    if prices is PriceMode.EXCLUSIVE:
        return amount * rate
    return amount * rate / (1 + rate)


def reference(amounts: list[tuple[int, str]], prices: PriceMode, rounding: RoundingMode,
              rates: dict[str, Fraction]) -> tuple[dict[str, int], int]:
    """Tax per class and the total, straight from the rules."""
    tax: dict[str, int] = {}
    if rounding is RoundingMode.LINE:
        for amount, cls in amounts:
            tax[cls] = tax.get(cls, 0) + half_up(tax_of(amount, rates[cls], prices))
    else:
        base: dict[str, int] = {}
        for amount, cls in amounts:
            base[cls] = base.get(cls, 0) + amount
        tax = {cls: half_up(tax_of(b, rates[cls], prices)) for cls, b in base.items()}
    lines = sum(a for a, _ in amounts)
    return tax, lines + sum(tax.values()) if prices is PriceMode.EXCLUSIVE else lines


def _policy(prices: PriceMode, rounding: RoundingMode, currency: str, r1: str,
            r2: str) -> TaxPolicy:
    return TaxPolicy(prices, rounding,
                     {"standard": Decimal(r1), "reduced": Decimal(r2), "zero": Decimal(0)},
                     currency)


@given(AMOUNTS, st.sampled_from(list(PriceMode)), st.sampled_from(list(RoundingMode)), RATES,
       RATES, CURRENCIES)
def test_engine_matches_the_reference(amounts, prices, rounding, r1, r2, currency) -> None:
    result = compute(amounts, _policy(prices, rounding, currency, r1, r2))
    rates = {"standard": Fraction(r1), "reduced": Fraction(r2), "zero": Fraction(0)}
    tax, total = reference(amounts, prices, rounding, rates)
    assert result.tax_by_class == dict(sorted(tax.items()))
    assert result.tax_total == sum(tax.values())
    assert result.total == total
    if rounding is RoundingMode.LINE:
        assert list(result.line_tax) == [
            half_up(tax_of(a, rates[c], prices)) for a, c in amounts]
    else:  # each line's share of its class's tax is within one minor unit of its exact share
        for (amount, cls), share in zip(amounts, result.line_tax, strict=True):
            base = sum(a for a, c in amounts if c == cls)
            exact = Fraction(tax[cls] * amount, base) if base else Fraction(0)
            assert abs(share - exact) < 1


@given(AMOUNTS, st.sampled_from(list(PriceMode)), st.sampled_from(list(RoundingMode)), RATES,
       RATES)
def test_minor_units_do_not_depend_on_the_currencys_digits(amounts, prices, rounding, r1,
                                                            r2) -> None:
    jpy, usd, kwd = (compute(amounts, _policy(prices, rounding, cur, r1, r2))
                     for cur in ("JPY", "USD", "KWD"))
    assert jpy == usd == kwd


@given(st.integers(0, 2_000_000), st.integers(1, 99_999), st.sampled_from([0, 1, 2, 3]),
       st.one_of(st.none(), st.integers(1, 10_000)), CURRENCIES)
def test_line_amount_matches_the_reference(price, qty_units, qty_places, pct_hundredths,
                                           currency) -> None:
    """price x qty rounded half-up to the minor unit, less a percentage of that, rounded."""
    qty = Decimal(qty_units).scaleb(-qty_places)
    pct = None if pct_hundredths is None else Decimal(pct_hundredths).scaleb(-2)
    gross = half_up(price * Fraction(qty))
    off = 0 if pct is None else half_up(gross * Fraction(pct) / 100)
    assert line_amount(price, qty, currency, discount_pct=pct) == gross - off


@given(st.lists(st.tuples(st.integers(1, 500_000), st.integers(1, 20), CLASSES,
                          st.one_of(st.none(), st.integers(1, 100))), min_size=1, max_size=12),
       st.one_of(st.none(), st.integers(1, 50)), st.sampled_from(list(PriceMode)),
       st.sampled_from(list(RoundingMode)), RATES, CURRENCIES)
def test_cart_totals_match_the_reference(items, sale_pct, prices, rounding, rate,
                                         currency) -> None:
    """A whole cart: line discounts, a sale discount spread over the lines, then tax."""
    policy = _policy(prices, rounding, currency, rate, "0.05")
    cart = Cart(policy=policy)
    finals: list[int] = []
    for n, (price, qty, cls, pct) in enumerate(items):
        line = cart.add(ProductInfo(n + 1, f"P{n}", f"Product {n}", price, cls), qty)
        if pct is not None:
            cart.set_line_discount(line.line_id, Discount.percent(str(pct)))
        gross = price * qty
        finals.append(gross - (0 if pct is None else half_up(Fraction(gross * pct, 100))))
    if sale_pct is not None:
        cart.set_order_discount(Discount.percent(str(sale_pct)))
        off = half_up(Fraction(sum(finals) * sale_pct, 100))
        exact = [Fraction(off * f, sum(finals)) for f in finals] if sum(finals) else []
        shares = [int(e) for e in exact]  # largest remainder, ties to the earlier line
        by_remainder = sorted(range(len(exact)), key=lambda i: (shares[i] - exact[i], i))
        for i in by_remainder[: off - sum(shares)]:
            shares[i] += 1
        finals = [f - s for f, s in zip(finals, shares, strict=True)] if exact else finals
    totals = cart.view().totals
    rates = {"standard": Fraction(rate), "reduced": Fraction("0.05"), "zero": Fraction(0)}
    amounts = [(f, it[2]) for f, it in zip(finals, items, strict=True)]
    tax, total = reference(amounts, prices, rounding, rates)
    assert totals.subtotal_minor == sum(p * q for p, q, _c, _d in items)
    assert totals.discount_minor == totals.subtotal_minor - sum(finals)
    assert totals.tax_by_class == dict(sorted(tax.items()))
    assert totals.total_minor == total
