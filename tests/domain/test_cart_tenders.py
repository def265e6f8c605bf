"""Cart bounds, discounts, overrides, parking form, and tenders."""

from __future__ import annotations

from decimal import Decimal

import pytest

from omnipos.domain.cart import Cart, Discount, ProductInfo, parse_quantity
from omnipos.domain.errors import StateError, ValidationError
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy
from omnipos.domain.tenders import Payment

POLICY = TaxPolicy(PriceMode.EXCLUSIVE, RoundingMode.LINE,
                   {"standard": Decimal("0.0825"), "zero": Decimal(0)}, "USD", 5)
SOAP = ProductInfo(1, "SOAP", "Soap bar", 399, "standard")
APPLES = ProductInfo(2, "APPLE", "Apples", 249, "zero", sold_by="weight")


def test_scanning_the_same_item_again_adds_to_its_line() -> None:
    cart = Cart(POLICY)
    first = cart.add(SOAP)
    again = cart.add(SOAP)
    assert first is again and again.qty == 2
    assert cart.totals().subtotal_minor == 798
    assert cart.totals().tax_minor == 66  # 7.98 x 8.25 % = 0.658 -> 0.66


def test_quantity_bounds_for_units_and_weights() -> None:
    cart = Cart(POLICY)
    line = cart.add(SOAP)
    for bad in ("0", "-1", "10000", "1.5", "abc"):
        with pytest.raises(ValidationError):
            cart.set_quantity(line.line_id, bad)
    assert line.qty == 1
    cart.set_quantity(line.line_id, 9999)
    weighed = cart.add(APPLES, Decimal("0.345"))
    assert cart.view().lines[-1].total_minor == 86  # 2.49 x 0.345 = 0.859 -> 0.86
    with pytest.raises(ValidationError):
        cart.set_quantity(weighed.line_id, "0.0001")


def test_discounts_never_make_a_total_negative() -> None:
    cart = Cart(POLICY)
    line = cart.add(SOAP)
    with pytest.raises(ValidationError):
        cart.set_line_discount(line.line_id, Discount.amount(400))
    cart.set_line_discount(line.line_id, Discount.percent("25"))
    assert cart.view().lines[0].total_minor == 299  # 3.99 less 1.00 (0.9975 rounded)
    with pytest.raises(ValidationError):
        cart.set_order_discount(Discount.amount(300))
    cart.set_order_discount(Discount.amount(299))
    assert cart.totals().total_minor == 0
    with pytest.raises(ValidationError):
        Discount.percent("101")


def test_order_discount_is_spread_over_lines_and_taxed_after() -> None:
    cart = Cart(POLICY)
    cart.add(SOAP)
    cart.add(APPLES, Decimal(1))
    cart.set_order_discount(Discount.percent("10"))
    view = cart.view()
    assert view.totals.discount_minor == 65  # 10 % of 6.48
    assert sum(lv.total_minor for lv in view.lines) == 648 - 65
    assert view.totals.tax_by_class["standard"] == 30  # 3.59 x 8.25 %


def test_price_override_needs_a_reason_and_keeps_the_original() -> None:
    cart = Cart(POLICY)
    line = cart.add(SOAP)
    with pytest.raises(ValidationError):
        cart.override_price(line.line_id, 100, " ")
    cart.override_price(line.line_id, 100, "damaged box")
    assert line.original_price_minor == 399 and line.unit_price_minor == 100
    assert cart.view().lines[0].overridden


def test_a_parked_cart_comes_back_the_same() -> None:
    cart = Cart(POLICY)
    cart.add(SOAP, 3)
    cart.add(APPLES, "1.25")
    cart.set_order_discount(Discount.percent("5"))
    again = Cart.from_dict(cart.to_dict(), POLICY)
    assert again.view() == cart.view()


def test_cash_rounding_applies_to_cash_only_and_change_is_given() -> None:
    payment = Payment(3013, "USD", cash_step_minor=5)
    assert payment.cash_due_minor == 3015
    tender = payment.add_cash(4000)
    assert tender.change_minor == 985 and payment.rounding_minor == 2
    assert payment.is_complete

    split = Payment(3013, "USD", cash_step_minor=5)
    split.add_card(1000, "A1B2C3", "4242")
    assert split.cash_due_minor == 2015
    split.add_cash(1000)
    assert not split.is_complete and split.remaining_minor == 1013
    split.add_card(1013, "ZZ9", "0005")
    assert split.is_complete and split.rounding_minor == 0
    with pytest.raises(StateError):
        split.add_cash(100)


def test_card_tenders_are_checked() -> None:
    payment = Payment(1000, "USD")
    with pytest.raises(ValidationError):
        payment.add_card(1001, "OK1", "4242")
    with pytest.raises(ValidationError):
        payment.add_card(500, "", "4242")
    with pytest.raises(ValidationError):
        payment.add_card(500, "OK1", "4111111111111111")


def test_a_whole_weight_is_plain_digits() -> None:
    # Decimal("10.000").normalize() is Decimal("1E+1"), which no decimal field would take.
    assert str(parse_quantity("10.000", "weight")) == "10"
    assert str(parse_quantity("20", "weight")) == "20"
    assert str(parse_quantity("0.250", "weight")) == "0.250"


def test_a_view_is_computed_again_whenever_the_cart_changed_even_in_place() -> None:
    cart = Cart(POLICY)
    line = cart.add(SOAP)
    first = cart.view()
    assert cart.view() is first  # unchanged: the same snapshot, not computed again
    line.qty = Decimal(3)  # a line changed in place, not through the cart
    assert cart.view().totals.subtotal_minor == 1197
    line.unit_price_minor, line.original_price_minor = 299, 399
    assert cart.view().lines[0].overridden and cart.view().totals.subtotal_minor == 897
    line.discount = Discount.amount(100)
    assert cart.view().totals.discount_minor == 100
    cart.order_discount = Discount.amount(97)
    assert cart.view().totals.discount_minor == 197
    cart.lines = []
    assert cart.view().is_empty and cart.view().totals.total_minor == 0
