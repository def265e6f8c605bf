"""Stock quantities: decimal strings on the wire, integer thousandths in the hub's tables."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from omnipos.domain.errors import ValidationError, message

MILLI = 1000


class QuantityError(ValidationError):
    """A quantity typed or sent that is not one (still a ValueError, as the hub catches)."""


def to_milli(text: str) -> int:
    """``"-2"`` -> -2000, ``"0.345"`` -> 345; more than 3 decimals is an error, never rounded."""
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation as exc:
        raise QuantityError(message("{text!r} is not a decimal number"), text=text) from exc
    if not value.is_finite():
        raise QuantityError(message("{text!r} is not a finite number"), text=text)
    if value.adjusted() >= 15:  # checked first: "1e999999" * 1000 overflows the decimal context
        raise QuantityError(message("{text!r} is too large"), text=text)
    scaled = value * MILLI
    if scaled != scaled.to_integral_value():
        raise QuantityError(message("{text!r} has more than 3 decimals"), text=text)
    if abs(scaled) >= 10**15:
        raise QuantityError(message("{text!r} is too large"), text=text)
    return int(scaled)


def quantity_text(value: Decimal) -> str:
    """A quantity as stored and sent: plain decimal digits, never exponent notation."""
    text = format(value, "f")
    return "0" if text == "-0" else text


def from_milli(milli: int) -> str:
    """-2000 -> ``"-2"``, 345 -> ``"0.345"``: the shortest exact decimal string."""
    value = Decimal(milli) / MILLI
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text
