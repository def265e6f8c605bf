"""GS1 element strings (AI 01 GTIN, 10 batch, 17 expiry, 310x weight, 392x price).

A thin layer over biip: it parses the message and picks out the few
application identifiers a till uses. Everything biip rejects becomes a
``ValidationError`` naming the code, so callers see one error type.

biip is imported by the first GS1 code parsed, not with this module: the till's
window paints without it (most scans are plain EAN-13s, which never need it), and
``omnipos.till.TillServices.warm_up`` imports it once the window shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING

from omnipos.domain.errors import ValidationError, message

if TYPE_CHECKING:
    from biip import ParseConfig

__all__ = ["GROUP_SEPARATOR", "GS1Fields", "parse_gs1"]

log = logging.getLogger(__name__)

GROUP_SEPARATOR = "\x1d"  # what scanners send for FNC1 between variable-length fields



@cache
def _config() -> ParseConfig:
    from biip import ParseConfig

    return ParseConfig(separator_chars=(GROUP_SEPARATOR,))


@dataclass(frozen=True, slots=True)
class GS1Fields:
    """The parts of a GS1 message the till cares about."""

    gtin: str | None  # AI 01, 14 digits, check digit verified by biip
    batch: str | None  # AI 10
    expiry: date | None  # AI 17 (day 00 means the last day of the month)
    weight_kg: Decimal | None  # AI 310n
    price: Decimal | None  # AI 392n, in currency units
    ais: tuple[str, ...]  # every AI found, in order


def parse_gs1(code: str, *, hri: bool = False) -> GS1Fields:
    """Parse a GS1 element string (``hri=True`` for the ``(01)...(10)...`` form).

    Raises ``ValidationError`` if the string is not a valid GS1 message.
    """
    from biip import ParseError
    from biip.gs1_messages import GS1Message

    try:
        if hri:
            parsed = GS1Message.parse_hri(code, config=_config())
        else:
            parsed = GS1Message.parse(code, config=_config())
    except (ParseError, ValueError, IndexError, KeyError) as exc:
        # biip raises ParseError for bad data; the others guard odd inputs so
        # that callers only ever see our one error type.
        raise ValidationError(message("barcode {code!r} is not a valid GS1 code: {reason}"),
                              code=code, reason=exc) from exc

    gtin = batch = None
    expiry: date | None = None
    weight: Decimal | None = None
    price: Decimal | None = None
    ais: list[str] = []
    for element in parsed.element_strings:
        ai = element.ai.ai
        ais.append(ai)
        if ai == "01":
            gtin = element.value
        elif ai == "10":
            batch = element.value
        elif ai == "17":
            expiry = element.date
        elif ai.startswith("310"):
            weight = element.decimal
        elif ai.startswith("392"):
            price = element.decimal
    if not ais:
        raise ValidationError(message("barcode {code!r} holds no GS1 data"), code=code)
    return GS1Fields(gtin=gtin, batch=batch, expiry=expiry, weight_kg=weight, price=price,
                     ais=tuple(ais))
