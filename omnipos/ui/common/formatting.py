"""How amounts, quantities and dates read on screen, in the till's locale (Babel).

Display only; never parsed back (``amount_input`` excepted, which stays a plain
decimal for ``parse_amount``). ``ui.i18n.install`` sets the locale once at start;
until then (and in tests) it is ``en_US``. The receipt is not formatted here: it
keeps the store's currency format (``devices.templates``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    format_percent,
    get_decimal_symbol,
    parse_pattern,
)
from PySide6.QtCore import QCoreApplication

from omnipos.domain.errors import Plural, plural
from omnipos.domain.money import Money, from_minor, minor_digits

_DEFAULT = "en_US"
_locale = Locale.parse(_DEFAULT)


def use_locale(name: str) -> str:
    """Format for ``name`` ("es_ES"); an unknown name keeps ``en_US``. The name in use."""
    global _locale
    try:
        _locale = Locale.parse(name.split(".")[0] or _DEFAULT)
    except (ValueError, UnknownLocaleError):
        _locale = Locale.parse(_DEFAULT)
    return str(_locale)


def current_locale() -> str:
    return str(_locale)


@lru_cache(maxsize=8)
def _money_pattern(digits: int) -> NumberPattern:
    # Parsed once: Babel parses a pattern given as text on every call (each scan formats
    # ten amounts or so).
    return parse_pattern("#,##0." + "0" * digits if digits else "#,##0")


def money(minor: int, currency: str) -> str:
    """``1234`` USD -> ``"12.34"`` (``"12,34"`` in Spanish): plain, for table cells."""
    pattern = _money_pattern(minor_digits(currency))
    return format_decimal(from_minor(minor, currency), format=pattern, locale=_locale)


def money_with_code(minor: int, currency: str) -> str:
    """``1234`` USD -> ``"12.34 USD"``: for totals and messages."""
    return f"{money(minor, currency)} {currency}"


def amount(value: Money) -> str:
    """``Money(917, "EUR")`` -> ``"€9.17"`` (``"9,17 €"`` in Spanish): amounts inside sentences."""
    return format_currency(value.amount, value.currency, locale=_locale)


def amount_input(minor: int, currency: str) -> str:
    """Text for an amount field: no grouping, the locale's decimal sign (``typed`` reads it)."""
    digits = minor_digits(currency)
    return f"{from_minor(minor, currency):.{digits}f}".replace(".", decimal_sign())


def typed(text: str) -> str:
    """An amount as typed (``20,50`` in Spain) as ``parse_amount`` reads it (``20.50``)."""
    sign = decimal_sign()
    return text.replace(sign, ".") if sign != "." and "." not in text else text


def decimal_sign() -> str:
    """The locale's decimal sign: "." in the US, "," in Spain and Germany."""
    return get_decimal_symbol(_locale)


def quantity(qty: Decimal | int | str) -> str:
    """``Decimal("2")`` -> ``"2"``, ``Decimal("0.345")`` -> ``"0.345"`` (``"0,345"``)."""
    value = Decimal(str(qty))
    if value == value.to_integral_value():
        return str(int(value))
    return format_decimal(value.normalize(), format="0.######", locale=_locale)


def number(count: int) -> str:
    """A count as the locale groups it: ``15000`` -> ``"15,000"`` (``"15.000"``)."""
    return format_decimal(count, locale=_locale)


def percent(rate: Decimal | str) -> str:
    """``"0.0825"`` -> ``"8.25%"`` (``"8,25%"``)."""
    return format_percent(Decimal(str(rate)), format="#,##0.####%", locale=_locale)


def clock(moment: datetime) -> str:
    """The local time of day: ``14:05``."""
    return format_skeleton("Hm", moment.astimezone(), locale=_locale)


def day_time(moment: datetime) -> str:
    """``Dec 1 14:05`` (``1 dic 14:05``): this year's moments."""
    local = moment.astimezone()
    return f"{format_skeleton('MMMd', local, locale=_locale)} {clock(local)}"


def date_time(moment: datetime) -> str:
    """``Dec 1, 2026 14:05`` (``1 dic 2026 14:05``)."""
    local = moment.astimezone()
    return f"{format_skeleton('yMMMd', local, locale=_locale)} {clock(local)}"


def stamp(moment: datetime) -> str:
    """To the second, for logs of events: ``12/1/2026 14:05:07``."""
    local = moment.astimezone()
    return (f"{format_skeleton('yMd', local, locale=_locale)} "
            f"{format_skeleton('Hms', local, locale=_locale)}")


def sentence(text: str) -> str:
    """Messages from the core start lower-case; on screen they start with a capital."""
    return text[:1].upper() + text[1:] if text else text


def counted(words: Plural, count: int) -> str:
    """The form of ``words`` the till's language uses for ``count`` (Qt's numerus forms,
    unnamed context), unfilled; the English for one or many when it has no translation."""
    text = QCoreApplication.translate("", words, words.many, count)
    return words.english(count) if text == words else text


_LINES = plural("{count} line", "{count} lines", "count")


def lines(count: int) -> str:
    """``"1 line"``, ``"3 lines"`` (``"1 línea"``, ``"1.500 líneas"``): a sale's or a count's."""
    return counted(_LINES, count).format(count=number(count))
