"""How amounts and quantities read on screen. Display only; never parsed back."""

from __future__ import annotations

from decimal import Decimal

from omnipos.domain.money import from_minor, minor_digits


def money(minor: int, currency: str) -> str:
    """``1234`` USD -> ``"12.34"``: plain, for table cells."""
    digits = minor_digits(currency)
    return f"{from_minor(minor, currency):,.{digits}f}"


def money_with_code(minor: int, currency: str) -> str:
    """``1234`` USD -> ``"12.34 USD"``: for totals and messages."""
    return f"{money(minor, currency)} {currency}"


def amount_input(minor: int, currency: str) -> str:
    """Text for an amount field: no grouping, so ``parse_amount`` reads it back."""
    digits = minor_digits(currency)
    return f"{from_minor(minor, currency):.{digits}f}"


def quantity(qty: Decimal | int | str) -> str:
    """``Decimal("2")`` -> ``"2"``, ``Decimal("0.345")`` -> ``"0.345"``."""
    value = Decimal(str(qty))
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def percent(rate: Decimal | str) -> str:
    """``"0.0825"`` -> ``"8.25%"``."""
    value = (Decimal(str(rate)) * 100).normalize()
    return f"{format(value, 'f')}%"


def sentence(text: str) -> str:
    """Messages from the core start lower-case; on screen they start with a capital."""
    return text[:1].upper() + text[1:] if text else text


def lines(count: int) -> str:
    return f"{count} line" if count == 1 else f"{count} lines"
