"""Money: integer minor units with an ISO 4217 currency. Never a float.

Arithmetic inside calculations uses ``Decimal``; storage and the wire carry
``minor`` (an ``int``) and ``currency`` (a three-letter code). The number of
minor digits per currency comes from Babel's CLDR data, the field's standard.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel.numbers import format_currency, get_currency_precision

from omnipos.domain.errors import ValidationError, message

__all__ = ["Money", "from_minor", "minor_digits", "parse_amount", "round_half_up", "to_minor"]


@lru_cache(maxsize=64)
def minor_digits(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (2 for USD, 0 for JPY, 3 for KWD)."""
    code = currency.upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError(message("not an ISO 4217 currency code: {currency!r}"),
                              currency=currency)
    return int(get_currency_precision(code))


def round_half_up(value: Decimal, digits: int) -> Decimal:
    """Round ``value`` half away from zero to ``digits`` decimal places."""
    return value.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def to_minor(value: Decimal, currency: str) -> int:
    """A decimal amount in currency units -> integer minor units, rounded half-up."""
    digits = minor_digits(currency)
    return int(round_half_up(value, digits).scaleb(digits))


def from_minor(minor: int, currency: str) -> Decimal:
    """Integer minor units -> an exact Decimal in currency units."""
    return Decimal(minor).scaleb(-minor_digits(currency))


def parse_amount(text: str, currency: str, *, allow_negative: bool = False) -> int:
    """Parse a decimal string typed by a person or read from a file into minor units.

    Rejects floats in disguise: more decimals than the currency has, exponents,
    thousands separators, NaN and infinity. Raises ValidationError with a reason.
    """
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(message("amount is empty"))
    if any(ch not in "0123456789.-+" for ch in raw):
        raise ValidationError(message("amount {raw!r} is not a plain decimal number"), raw=raw)
    try:
        value = Decimal(raw)
    except InvalidOperation as exc:
        raise ValidationError(message("amount {raw!r} is not a decimal number"), raw=raw) from exc
    if not value.is_finite():
        raise ValidationError(message("amount {raw!r} is not a finite number"), raw=raw)
    digits = minor_digits(currency)
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite, checked above
    if -exponent > digits:
        raise ValidationError(message("amount {raw!r} has more than {digits} decimals for "
                                      "{currency}"),
                              raw=raw, digits=digits, currency=currency)
    if value < 0 and not allow_negative:
        raise ValidationError(message("amount {raw!r} is negative"), raw=raw)
    if abs(value) >= Decimal(10) ** 12:
        raise ValidationError(message("amount {raw!r} is too large"), raw=raw)
    return int(value.scaleb(digits))


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An amount of one currency, held as integer minor units."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError(f"Money.minor must be an int, got {type(self.minor).__name__}")
        minor_digits(self.currency)  # validates the code

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, text: str, currency: str, *, allow_negative: bool = False) -> Money:
        return cls(parse_amount(text, currency, allow_negative=allow_negative), currency)

    @classmethod
    def of(cls, value: Decimal | str | int, currency: str) -> Money:
        """From a Decimal (or decimal string) in currency units, rounded half-up."""
        return cls(to_minor(Decimal(value), currency), currency)

    @property
    def amount(self) -> Decimal:
        return from_minor(self.minor, self.currency)

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise ValidationError(message("currency mismatch: {ours} and {theirs}"),
                                  ours=self.currency, theirs=other.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def __bool__(self) -> bool:
        return self.minor != 0

    def plain(self) -> str:
        """Decimal string without symbol or grouping: ``"12.50"`` (wire and CSV form)."""
        digits = minor_digits(self.currency)
        return f"{self.amount:.{digits}f}"

    def format(self, locale: str = "en_US") -> str:
        """Human form with the currency symbol, e.g. ``$12.50`` or ``12,50 €``."""
        return format_currency(self.amount, self.currency, locale=locale)

    def __str__(self) -> str:
        return f"{self.plain()} {self.currency}"
