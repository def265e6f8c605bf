"""The scan field's grammar (3*CODE, words) and what a repeat scan does to the cart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from omnipos.domain.cart import Cart, Discount, MergeScans, ProductInfo
from omnipos.domain.entry import Entry, is_quantity_prefix, looks_like_words, parse_entry
from omnipos.domain.errors import ValidationError
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy

POLICY = TaxPolicy(PriceMode.EXCLUSIVE, RoundingMode.LINE, {"standard": Decimal("0.0825")}, "USD")
SOAP = ProductInfo(1, "SOAP", "Soap bar", 399, "standard")
MILK = ProductInfo(2, "MILK", "Milk", 129, "standard")


@pytest.mark.parametrize(("text", "entry"), [
    ("3*5000000000029", Entry("5000000000029", Decimal(3))),
    (" 12 * SOAP ", Entry("SOAP", Decimal(12))),
    ("1.250*2012345", Entry("2012345", Decimal("1.250"))),
    ("1,5*2012345", Entry("2012345", Decimal("1.5"))),
    ("3x5000000000029", Entry("5000000000029", Decimal(3))),
    ("2X4-PINE", Entry("2X4-PINE")),  # a SKU, not two of "4-PINE"
    ("5000000000029", Entry("5000000000029")),
    ("cola zero", Entry("cola zero")),
])
def test_a_quantity_before_the_code(text: str, entry: Entry) -> None:
    assert parse_entry(text) == entry


@pytest.mark.parametrize("text", ["3*", "0*5000000000029"])
def test_a_quantity_needs_an_item_and_must_be_above_zero(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_entry(text)


def test_a_prefix_waiting_for_its_scan_and_words() -> None:
    assert is_quantity_prefix("3*") and is_quantity_prefix(" 12 * ")
    assert not is_quantity_prefix("3*SOAP") and not is_quantity_prefix("3")
    assert looks_like_words("cola zero") and looks_like_words("crème")
    assert not looks_like_words("5000000000029") and not looks_like_words("3*12")


def _skus(cart: Cart) -> list[tuple[str, int]]:
    return [(line.product.sku, int(line.qty)) for line in cart.lines]


@pytest.mark.parametrize(("merge", "lines"), [
    (MergeScans.LAST_LINE, [("SOAP", 2), ("MILK", 1), ("SOAP", 1)]),
    (MergeScans.SAME_ITEM, [("SOAP", 3), ("MILK", 1)]),
    (MergeScans.OFF, [("SOAP", 1), ("SOAP", 1), ("MILK", 1), ("SOAP", 1)]),
])
def test_repeat_scans_merge_as_the_store_says(merge: MergeScans, lines: list) -> None:
    cart = Cart(POLICY, merge=merge)
    for product in (SOAP, SOAP, MILK, SOAP):
        cart.add(product)
    assert _skus(cart) == lines


def test_a_discounted_or_repriced_line_takes_no_repeat_scan() -> None:
    cart = Cart(POLICY, merge=MergeScans.SAME_ITEM)
    first = cart.add(SOAP)
    cart.set_line_discount(first.line_id, Discount.percent("10"))
    cart.add(SOAP)
    assert _skus(cart) == [("SOAP", 1), ("SOAP", 1)]


def test_a_resumed_cart_keeps_the_stores_merge_rule() -> None:
    cart = Cart(POLICY, merge=MergeScans.SAME_ITEM)
    cart.add(SOAP)
    cart.add(MILK)
    again = Cart.from_dict(cart.to_dict(), POLICY, MergeScans.SAME_ITEM)
    again.add(SOAP)
    assert _skus(again) == [("SOAP", 2), ("MILK", 1)]
