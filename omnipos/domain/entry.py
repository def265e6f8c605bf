"""What a cashier types in the scan field, besides a bare code.

* ``3*5000000000029`` sells three of the item (``1.250*...`` a weight in kg);
  ``3*`` alone, then a scan, does the same (the field keeps the prefix until the
  scan comes).
* Words (``cola zero``) are not a code: the till searches for them instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from omnipos.domain.errors import ValidationError, message

__all__ = ["Entry", "is_quantity_prefix", "looks_like_words", "parse_entry"]

_PREFIX = re.compile(r"^\s*(\d{1,5}(?:[.,]\d{1,3})?)\s*[*xX×]\s*(.*)$")
_PREFIX_ONLY = re.compile(r"^\s*\d{1,5}(?:[.,]\d{1,3})?\s*\*\s*$")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Entry:
    """A scan field entry: the code and the quantity typed before it (None: one)."""

    code: str
    qty: Decimal | None = None


def parse_entry(text: str) -> Entry:
    """Split ``3*CODE`` into its quantity and code; anything else is a code as it stands.

    ``x`` works like ``*`` only before a code of digits, so a SKU such as
    ``2X4-PINE`` stays a SKU.
    """
    raw = (text or "").strip()
    match = _PREFIX.match(raw)
    if match is None:
        return Entry(raw)
    number, code = match.group(1), match.group(2).strip()
    star = "*" in raw[: len(raw) - len(code)]
    if not star and not code.isdigit():
        return Entry(raw)
    if not code:
        raise ValidationError(message("{raw}: scan or type the item after the quantity"), raw=raw)
    try:
        qty = Decimal(number.replace(",", "."))
    except InvalidOperation as exc:  # the pattern only lets digits through; kept for clarity
        raise ValidationError(message("{raw}: {number} is not a quantity"),
                              raw=raw, number=number) from exc
    if qty <= 0:
        raise ValidationError(message("{raw}: the quantity must be above 0"), raw=raw)
    return Entry(code, qty)


def is_quantity_prefix(text: str) -> bool:
    """``3*`` typed and waiting for the scan that follows."""
    return bool(_PREFIX_ONLY.match(text or ""))


def looks_like_words(text: str) -> bool:
    """Text a person typed to find something: it has a letter (codes and numbers do not)."""
    return bool(_LETTER.search(text or ""))
