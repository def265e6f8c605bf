"""How far a cashier's discounts may go: the store's limit, so that no change gets round it.

A line's own discount is measured against the line; the sale discount is
measured against what is left after the line discounts, and added to them:
all the discounts of a sale together stay within the limit of its subtotal,
so two discounts cannot be stacked past it. Each is measured as given (a
10 % discount is 10 % whatever rounding does to its cents), and again after
every change of the cart: a quantity, a void or a new price can take a
discount that was within the limit beyond it.

A discount beyond the limit needs a manager's approval for that line or that
sale. The cart keeps what each approval allowed (``Cart.discount_approvals``,
subject -> minor units), and a discount stays covered while it takes no more
than that.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from omnipos.domain.cart import Cart, Discount, DiscountKind, line_subject, sale_subject
from omnipos.domain.errors import Phrase, message, phrase

__all__ = ["OverLimit", "describe", "over_limit"]


@dataclass(frozen=True, slots=True)
class OverLimit:
    """A discount beyond the limit that no approval covers."""

    subject: str
    name: str  # the line's product, or "the sale"
    discount_minor: int  # what it takes off (for the sale: all its discounts)
    percent: Decimal  # of what it is measured against

    def text(self) -> Phrase:
        return phrase(message("{name} {percent} % off"), name=self.name, percent=self.percent)


def _given(discount: Discount | None, base: int) -> Fraction:
    """What a discount takes off ``base`` as given, before rounding to minor units."""
    if discount is None or base <= 0:
        return Fraction(0)
    if discount.kind is DiscountKind.PERCENT:
        return base * Fraction(Decimal(discount.value)) / 100
    return Fraction(min(int(discount.value), base))


def _percent(part: Fraction, whole: int) -> Decimal:
    exact = part * 100 / whole if whole > 0 else Fraction(100)
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal("0.1"))


def over_limit(cart: Cart, limit_pct: Decimal | None) -> list[OverLimit]:
    """The discounts of ``cart`` beyond ``limit_pct`` that no approval covers (None: no limit)."""
    if limit_pct is None:
        return []
    limit = Fraction(Decimal(limit_pct)) / 100
    cur = cart.currency
    found: list[OverLimit] = []
    subtotal = after_lines = 0
    lines_given = Fraction(0)
    for line in cart.lines:
        gross = line.gross_minor(cur)
        own = _given(line.discount, gross)
        taken = line.line_discount_minor(cur)
        subtotal += gross
        after_lines += gross - taken
        lines_given += own
        subject = line_subject(line.line_id)
        if own > limit * gross and cart.discount_approvals.get(subject, -1) < taken:
            found.append(OverLimit(subject, line.product.name, taken, _percent(own, gross)))
    if cart.order_discount is not None:
        given = lines_given + _given(cart.order_discount, after_lines)
        taken = cart.view().totals.discount_minor
        subject = sale_subject(cart.cart_id)
        if given > limit * subtotal and cart.discount_approvals.get(subject, -1) < taken:
            found.append(OverLimit(subject, message("the sale"), taken,
                                   _percent(given, subtotal)))
    return found


def describe(found: list[OverLimit], limit_pct: Decimal) -> Phrase:
    """The words an approval dialog shows: ``Soap 100.0 % off, over the 10 % limit`` (said in
    the till's language by the UI; the English is what the journal keeps)."""
    limit = format(Decimal(limit_pct).normalize(), "f")
    listed = found[-1].text()
    for earlier in reversed(found[:-1]):  # "a, b, c": each language's own list comma
        listed = phrase(message("{first}, {rest}"), first=earlier.text(), rest=listed)
    return phrase(message("{discounts}, over the {limit} % limit"), discounts=listed,
                  limit=limit)
