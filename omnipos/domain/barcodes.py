"""Barcodes: GTIN check digits, price/weight-embedded codes, AIM and GS1 scans.

How the till uses this::

    scan = parse_scan(raw, layout)       # raises ValidationError on a bad code
    if scan.lookup_gtin:                 # a product code: look it up by this
        product = catalog.by_gtin(scan.lookup_gtin)
        price = scan.embedded_price_minor   # None unless the label carries a price
        qty = scan.embedded_weight          # Decimal kg, or None
    else:                                # not a GTIN: receipt number, SKU, ...
        handle_other(scan.code)

Conventions
-----------
* Every GTIN is carried in its 14-digit form (``normalize_gtin``): EAN-13
  ``5901234123457`` is ``05901234123457``; UPC-A ``036000291452`` is
  ``00036000291452``; a zero-suppressed UPC-E ``04252614`` is its UPC-A
  ``00042100005264`` (biip expands it). The catalog's ``barcodes.gtin14``
  uses the same form.
* ``Scan.gtin`` is the scanned code itself; ``Scan.lookup_gtin`` is the code the
  product is filed under. They are equal except for embedded codes.
* Price- or weight-embedded codes (prefix 20-29, "restricted circulation"): the
  product is filed under the same code with the value digits set to zero and the
  check digit recomputed. With the default layout ``PP IIIII VVVVV C`` the label
  ``2012345012998`` (item 12345, price 12.99) is looked up as ``2012345000001``,
  i.e. ``02012345000001``. ``embedded_lookup_gtin`` builds that code for a
  catalog import or the demo data; ``make_embedded_code`` builds a label.
* AIM symbology identifiers (``]E0`` EAN/UPC, ``]C1`` GS1-128, ``]d2`` GS1
  DataMatrix, ``]Q3`` GS1 QR, ``]e0`` GS1 DataBar ...) are stripped and name the
  symbology. Without one, the symbology is inferred from the digits.
* GS1 element strings (AI 01, 10, 17, 310n, 392n) are parsed by biip; see
  ``omnipos.domain.gs1``. The group separator (ASCII 29) ends variable fields;
  the human-readable form ``(01)...(10)...`` works too.

Check digits are verified by python-stdnum (GTINs) and biip (GS1, UPC-E), not here.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from stdnum import ean
from stdnum.exceptions import ValidationError as StdnumError

from omnipos.domain.errors import ValidationError, message
from omnipos.domain.gs1 import GROUP_SEPARATOR, parse_gs1
from omnipos.domain.money import round_half_up

__all__ = [
    "DEFAULT_LAYOUT",
    "EmbeddedLayout",
    "Scan",
    "embedded_lookup_gtin",
    "is_valid_gtin",
    "make_embedded_code",
    "normalize_gtin",
    "parse_scan",
]

log = logging.getLogger(__name__)

_DIGITS = re.compile(r"[0-9]+")
_AIM = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_GTIN_LENGTHS = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}

# AIM identifier (without "]") -> symbology name, and whether its data is GS1.
_AIM_NAMES: dict[str, tuple[str, bool]] = {
    "E0": ("EAN-13", False),  # also UPC-A, sent as 13 digits with a leading 0
    "E1": ("EAN-2 add-on", False),
    "E2": ("EAN-5 add-on", False),
    "E3": ("EAN-13 with add-on", False),
    "E4": ("EAN-8", False),
    "C0": ("Code 128", False),
    "C1": ("GS1-128", True),
    "C2": ("Code 128 (AIM)", False),
    "e0": ("GS1 DataBar", True),
    "d1": ("Data Matrix", False),
    "d2": ("GS1 DataMatrix", True),
    "Q1": ("QR Code", False),
    "Q3": ("GS1 QR Code", True),
    "I0": ("ITF", False),
    "I1": ("ITF", False),
    "A0": ("Code 39", False),
    "F0": ("Codabar", False),
    "z0": ("Aztec", False),
}

ValueKind = Literal["price", "weight"]
ScanKind = Literal["gtin", "embedded", "gs1", "other"]


def _is_digits(text: str) -> bool:
    return _DIGITS.fullmatch(text) is not None


def normalize_gtin(code: str) -> str:
    """EAN-8, UPC-A, EAN-13 or GTIN-14 -> the 14-digit GTIN, check digit verified.

    Surrounding spaces are ignored. Raises ``ValidationError`` naming the code
    and the reason (not digits, wrong length, wrong check digit).
    """
    text = (code or "").strip()
    if not text:
        raise ValidationError(message("barcode is empty"))
    if not _is_digits(text):
        raise ValidationError(
            message("barcode {text!r} is not a GTIN: it has characters other than digits"),
            text=text)
    if len(text) not in _GTIN_LENGTHS:
        raise ValidationError(
            message("barcode {text!r} is not a GTIN: {digits} digits, expected 8, 12, 13 or 14"),
            text=text, digits=len(text))
    try:
        ean.validate(text)
    except StdnumError as exc:
        expected = ean.calc_check_digit(text[:-1])
        raise ValidationError(
            message("barcode {text!r} has a wrong check digit: expected {expected}, got {got}"),
            text=text, expected=expected, got=text[-1]) from exc
    return text.zfill(14)


def is_valid_gtin(code: str) -> bool:
    """True if ``normalize_gtin`` accepts ``code``."""
    try:
        normalize_gtin(code)
    except ValidationError:
        return False
    return True


@dataclass(frozen=True, slots=True)
class EmbeddedLayout:
    """How a store's in-store labels (prefix 20-29) carry an item and a value.

    Positions are 0-based indexes into the 13-digit code (the EAN-13 form; a
    US UPC-A ``2 IIIII P VVVV C`` label is ``02IIIIIPVVVVC`` in that form, so it
    uses ``prefixes=("02",)``, item 2..7, value 8..12). The default is
    ``PP IIIII VVVVV C``: prefix 20-29, item digits 2-6, a five-digit price in
    minor units in digits 7-11, check digit 12.

    ``value_kind`` "price": the value is in minor units (cents) of the store's
    currency. "weight": the value has ``value_decimals`` decimals of a
    kilogram (3 = grams). ``currency_digits`` converts a GS1 392n price in
    currency units to minor units.
    """

    prefixes: tuple[str, ...] = tuple(str(n) for n in range(20, 30))
    item_start: int = 2
    item_length: int = 5
    value_kind: ValueKind = "price"
    value_start: int = 7
    value_length: int = 5
    value_decimals: int = 3
    currency_digits: int = 2
    enabled: bool = True

    def __post_init__(self) -> None:
        if any(not _is_digits(p) or len(p) > 12 for p in self.prefixes):
            raise ValidationError(message("embedded layout prefixes must be digits: {prefixes!r}"),
                                  prefixes=self.prefixes)
        if self.value_kind not in ("price", "weight"):
            raise ValidationError(message("embedded layout value kind must be price or weight, not"
                                          " {value_kind!r}"),
                                  value_kind=self.value_kind)
        item = range(self.item_start, self.item_start + self.item_length)
        value = range(self.value_start, self.value_start + self.value_length)
        for name, span in (("item", item), ("value", value)):
            if len(span) < 1 or span.start < 0 or span.stop > 12:
                raise ValidationError(message("embedded layout {name} digits must lie within 0-11"),
                                      name=name)
        if set(item) & set(value):
            raise ValidationError(message("embedded layout item and value digits overlap"))
        if not 0 <= self.value_decimals <= 6 or not 0 <= self.currency_digits <= 4:
            raise ValidationError(message("embedded layout decimals out of range"))

    def matches(self, code13: str) -> bool:
        """True if a 13-digit code is one of this layout's in-store labels."""
        return self.enabled and any(code13.startswith(p) for p in self.prefixes)

    def to_json(self) -> str:
        """The JSON kept in the ``store.embedded_layout`` setting."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | dict[str, Any]) -> EmbeddedLayout:
        """Inverse of ``to_json``; accepts the decoded dict as well. Unknown keys are ignored."""
        data = json.loads(text) if isinstance(text, str) else dict(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        if "prefixes" in known:
            known["prefixes"] = tuple(str(p) for p in known["prefixes"])
        try:
            return cls(**known)
        except TypeError as exc:
            raise ValidationError(message("embedded layout setting is not valid: {reason}"),
                                  reason=exc) from exc


DEFAULT_LAYOUT = EmbeddedLayout()


@dataclass(frozen=True, slots=True)
class Scan:
    """One scanned (or typed) code, understood."""

    raw: str  # as received, terminator removed
    code: str  # the data without the AIM identifier
    symbology: str  # "EAN-13", "UPC-A", "GS1-128", "Code 128", ... or "unknown"
    kind: ScanKind
    gtin: str | None = None  # the scanned GTIN, 14 digits
    lookup_gtin: str | None = None  # the GTIN-14 the product is filed under
    embedded_price_minor: int | None = None
    embedded_weight: Decimal | None = None  # kg
    item_code: str | None = None  # embedded codes: the item digits
    batch: str | None = None
    expiry: date | None = None
    aim: str = ""  # e.g. "]E0"
    ais: tuple[str, ...] = field(default=())

    @property
    def is_product(self) -> bool:
        """True if the scan names a product (look it up by ``lookup_gtin``)."""
        return self.lookup_gtin is not None


def embedded_lookup_gtin(item_code: str, layout: EmbeddedLayout = DEFAULT_LAYOUT,
                         prefix: str | None = None) -> str:
    """The GTIN-14 a product with in-store ``item_code`` is filed under.

    Prefix (default: the layout's first), the item digits, zeros elsewhere and
    a recomputed check digit.
    """
    value = "0" * layout.value_length
    return make_embedded_code(item_code, value, layout, prefix=prefix).zfill(14)


def make_embedded_code(item_code: str, value: str | int, layout: EmbeddedLayout = DEFAULT_LAYOUT,
                       prefix: str | None = None) -> str:
    """Build a 13-digit in-store label: item and value (minor units or weight units).

    Used for demo data, tests and label printing.
    """
    prefix = layout.prefixes[0] if prefix is None else prefix
    value_text = str(value).zfill(layout.value_length)
    if not _is_digits(item_code) or len(item_code) != layout.item_length:
        raise ValidationError(message("item code {item_code!r} must be {item_length} digits"),
                              item_code=item_code, item_length=layout.item_length)
    if not _is_digits(value_text) or len(value_text) != layout.value_length:
        raise ValidationError(message("value {value!r} does not fit {value_length} digits"),
                              value=value, value_length=layout.value_length)
    digits = list(prefix.ljust(12, "0"))
    digits[layout.item_start:layout.item_start + layout.item_length] = item_code
    digits[layout.value_start:layout.value_start + layout.value_length] = value_text
    body = "".join(digits)
    return body + ean.calc_check_digit(body)


def _zero_value(code13: str, layout: EmbeddedLayout) -> str:
    """The 13-digit lookup form: keep prefix and item, zero the rest, new check digit."""
    keep = set(range(layout.item_start, layout.item_start + layout.item_length))
    prefix = next(p for p in layout.prefixes if code13.startswith(p))
    keep |= set(range(len(prefix)))
    body = "".join(ch if i in keep else "0" for i, ch in enumerate(code13[:12]))
    return body + ean.calc_check_digit(body)


def _split_aim(text: str) -> tuple[str, str]:
    if _AIM.match(text):
        return text[:3], text[3:]
    return "", text


def _clean(raw: str) -> str:
    text = (raw or "").strip(" \r\n\t")
    if not text:
        raise ValidationError(message("scan is empty"))
    bad = [ch for ch in text if (ord(ch) < 32 and ch != GROUP_SEPARATOR) or ord(ch) == 127]
    if bad:
        raise ValidationError(message("scan {text!r} contains control characters"), text=text)
    if len(text) > 512:
        raise ValidationError(message("scan is too long to be a barcode"))
    return text


def _looks_gs1(aim: str, data: str) -> bool:
    if aim:
        return _AIM_NAMES.get(aim[1:], ("", False))[1]
    if GROUP_SEPARATOR in data or data.startswith("("):
        return True
    return len(data) >= 16 and data.startswith("01") and _is_digits(data[:16])


def _symbology(aim: str, data: str, gs1: bool) -> str:
    if aim:
        name, _ = _AIM_NAMES.get(aim[1:], (f"AIM {aim}", False))
        if name == "EAN-13" and len(data) == 13 and data.startswith("0"):
            return "UPC-A"
        if name == "EAN-13" and len(data) == 12:
            return "UPC-A"
        if name == "EAN-13" and len(data) == 8:
            return "EAN-8"
        if name == "ITF" and len(data) == 14:
            return "ITF-14"
        return name
    if gs1:
        return "GS1"
    if _is_digits(data) and len(data) in _GTIN_LENGTHS:
        return _GTIN_LENGTHS[len(data)]
    return "unknown"


def _with_gtin(base: dict[str, Any], gtin: str, layout: EmbeddedLayout) -> dict[str, Any]:
    base["gtin"] = gtin
    base["lookup_gtin"] = gtin
    code13 = gtin[1:] if gtin.startswith("0") else ""
    if code13 and layout.matches(code13):
        base["kind"] = "embedded" if base["kind"] == "gtin" else base["kind"]
        base["lookup_gtin"] = _zero_value(code13, layout).zfill(14)
        base["item_code"] = code13[layout.item_start:layout.item_start + layout.item_length]
        value = int(code13[layout.value_start:layout.value_start + layout.value_length])
        if layout.value_kind == "price":
            base["embedded_price_minor"] = value
        else:
            base["embedded_weight"] = Decimal(value).scaleb(-layout.value_decimals)
    return base


def parse_scan(raw: str, layout: EmbeddedLayout | None = None) -> Scan:
    """Understand one scan: strip the AIM identifier, check and normalize the code.

    Returns a ``Scan`` (see the module docstring). A plain digit string of GTIN
    length with a wrong check digit, a broken GS1 string, an empty scan or one
    with control characters raises ``ValidationError``; any other text (a
    receipt number, a SKU) comes back with ``kind="other"`` and no GTIN.
    """
    layout = DEFAULT_LAYOUT if layout is None else layout
    text = _clean(raw)
    aim, data = _split_aim(text)
    if not data:
        raise ValidationError(message("scan {text!r} has no data after its symbology identifier"),
                              text=text)
    gs1 = _looks_gs1(aim, data)
    base: dict[str, Any] = {
        "raw": text, "code": data, "aim": aim, "kind": "other",
        "symbology": _symbology(aim, data, gs1),
    }
    if gs1:
        fields = parse_gs1(data, hri=data.startswith("("))
        base.update(kind="gs1", batch=fields.batch, expiry=fields.expiry, ais=fields.ais)
        if fields.gtin is not None:
            base = _with_gtin(base, normalize_gtin(fields.gtin), layout)
        if fields.weight_kg is not None:
            base["embedded_weight"] = fields.weight_kg
        if fields.price is not None:
            scaled = round_half_up(fields.price, layout.currency_digits)
            base["embedded_price_minor"] = int(scaled.scaleb(layout.currency_digits))
        return Scan(**base)
    if _is_digits(data) and len(data) == 8 and data[0] in "01":
        upc_a = _upc_e_to_upc_a(data, aim)
        if upc_a is not None:
            base.update(kind="gtin", symbology="UPC-E")
            return Scan(**_with_gtin(base, normalize_gtin(upc_a), layout))
    if _is_digits(data) and len(data) in _GTIN_LENGTHS:
        base["kind"] = "gtin"
        return Scan(**_with_gtin(base, normalize_gtin(data), layout))
    return Scan(**base)


def _upc_e_to_upc_a(data: str, aim: str) -> str | None:
    """The UPC-A a zero-suppressed UPC-E stands for, or None if ``data`` is not one.

    ``]E4`` says EAN-8; ``]E0`` with 8 digits says UPC-E. Without an identifier
    an 8-digit code is EAN-8 when its check digit fits, else UPC-E if that fits.
    """
    if aim == "]E4" or (not aim and ean.is_valid(data)):
        return None
    if aim not in ("", "]E0"):
        return None
    from biip import ParseError  # with the first UPC-E (see omnipos.domain.gs1)
    from biip.upc import Upc

    try:
        return Upc.parse(data).as_upc_a()
    except (ParseError, ValueError):
        return None
