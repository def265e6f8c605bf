"""Barcode rules: GTIN normalization, embedded codes, AIM identifiers, GS1."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omnipos.domain.barcodes import (
    DEFAULT_LAYOUT,
    EmbeddedLayout,
    embedded_lookup_gtin,
    is_valid_gtin,
    make_embedded_code,
    normalize_gtin,
    parse_scan,
)
from omnipos.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("5901234123457", "05901234123457"),  # EAN-13
        ("96385074", "00000096385074"),  # EAN-8
        ("036000291452", "00036000291452"),  # UPC-A
        ("10012345678902", "10012345678902"),  # GTIN-14
        (" 4006381333931 ", "04006381333931"),
    ],
)
def test_normalize_gtin_accepts_every_length(code: str, expected: str) -> None:
    assert normalize_gtin(code) == expected


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("5901234123458", "check digit"),
        ("96385075", "check digit"),
        ("12345", "5 digits"),
        ("59012341234A7", "other than digits"),
        ("", "empty"),
        ("５９０１２３４１２３４５７", "other than digits"),  # full-width digits
    ],
)
def test_normalize_gtin_rejects_with_reason(code: str, reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        normalize_gtin(code)
    assert reason in str(info.value)
    if code:
        assert code.strip() in str(info.value)


def test_is_valid_gtin() -> None:
    assert is_valid_gtin("5901234123457")
    assert not is_valid_gtin("5901234123450")


def test_plain_ean13_scan() -> None:
    scan = parse_scan("5901234123457\r")
    assert scan.gtin == scan.lookup_gtin == "05901234123457"
    assert scan.symbology == "EAN-13"
    assert scan.kind == "gtin"
    assert scan.embedded_price_minor is None and scan.embedded_weight is None
    assert scan.is_product


@pytest.mark.parametrize(
    ("raw", "symbology", "gtin"),
    [
        ("]E05901234123457", "EAN-13", "05901234123457"),
        ("]E00036000291452", "UPC-A", "00036000291452"),
        ("]E496385074", "EAN-8", "00000096385074"),
        ("]I110012345678902", "ITF-14", "10012345678902"),
    ],
)
def test_aim_identifier_is_stripped_and_names_symbology(raw: str, symbology: str,
                                                        gtin: str) -> None:
    scan = parse_scan(raw)
    assert scan.aim == raw[:3]
    assert scan.code == raw[3:]
    assert scan.symbology == symbology
    assert scan.gtin == gtin


def test_code128_text_is_other_not_an_error() -> None:
    scan = parse_scan("]C0S01-T2-000123")
    assert scan.kind == "other"
    assert scan.symbology == "Code 128"
    assert scan.code == "S01-T2-000123"
    assert scan.gtin is None and not scan.is_product


def test_short_digit_string_is_other() -> None:
    scan = parse_scan("12345")
    assert scan.kind == "other" and scan.gtin is None and scan.symbology == "unknown"


def test_price_embedded_default_layout() -> None:
    label = make_embedded_code("12345", 1299)
    assert label == "2012345012998"
    scan = parse_scan(label)
    assert scan.kind == "embedded"
    assert scan.gtin == "02012345012998"
    assert scan.item_code == "12345"
    assert scan.embedded_price_minor == 1299
    assert scan.embedded_weight is None
    # filed under the same code with the price zeroed and a new check digit
    assert scan.lookup_gtin == "02012345000001"
    assert scan.lookup_gtin == embedded_lookup_gtin("12345")
    assert is_valid_gtin(scan.lookup_gtin)


def test_any_prefix_20_to_29_keeps_its_prefix_in_lookup() -> None:
    label = make_embedded_code("00042", 250, prefix="27")
    scan = parse_scan(label)
    assert scan.lookup_gtin == embedded_lookup_gtin("00042", prefix="27")
    assert scan.lookup_gtin.startswith("027")


def test_weight_embedded_layout_in_grams() -> None:
    layout = EmbeddedLayout(value_kind="weight", value_decimals=3)
    scan = parse_scan(make_embedded_code("00777", 1234, layout), layout)
    assert scan.embedded_weight == Decimal("1.234")
    assert scan.embedded_price_minor is None


def test_us_upc_random_weight_layout() -> None:
    # UPC-A 2 IIIII P VVVV C, seen as EAN-13 02IIIIIPVVVVC; P is a price check digit
    layout = EmbeddedLayout(prefixes=("02",), item_start=2, item_length=5,
                            value_start=8, value_length=4)
    label = make_embedded_code("12345", 499, layout)
    scan = parse_scan(label[1:], layout)  # scanned as 12-digit UPC-A
    assert scan.symbology == "UPC-A"
    assert scan.embedded_price_minor == 499
    assert scan.item_code == "12345"
    assert scan.lookup_gtin == embedded_lookup_gtin("12345", layout)


def test_disabled_layout_treats_2x_as_plain_gtin() -> None:
    layout = EmbeddedLayout(enabled=False)
    scan = parse_scan("2012345012998", layout)
    assert scan.kind == "gtin" and scan.lookup_gtin == scan.gtin


def test_embedded_with_bad_check_digit_is_rejected() -> None:
    with pytest.raises(ValidationError, match="2012345012997"):
        parse_scan("2012345012997")


def test_layout_round_trips_through_json() -> None:
    layout = EmbeddedLayout(prefixes=("21", "22"), value_kind="weight")
    assert EmbeddedLayout.from_json(layout.to_json()) == layout
    assert EmbeddedLayout.from_json({"value_kind": "weight", "future": 1}).value_kind == "weight"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"value_kind": "volume"},
        {"item_start": 5, "item_length": 5},  # overlaps value 7..11
        {"value_start": 10, "value_length": 5},  # runs into the check digit
        {"prefixes": ("2a",)},
    ],
)
def test_bad_layouts_are_rejected(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        EmbeddedLayout(**kwargs)  # type: ignore[arg-type]


def test_gs1_128_with_batch_expiry_and_weight() -> None:
    raw = "]C10105901234123457172603311034ABC\x1d3103001234"
    scan = parse_scan(raw)
    assert scan.kind == "gs1"
    assert scan.symbology == "GS1-128"
    assert scan.gtin == scan.lookup_gtin == "05901234123457"
    assert scan.batch == "34ABC"
    assert scan.expiry == date(2026, 3, 31)
    assert scan.embedded_weight == Decimal("1.234")
    assert scan.ais == ("01", "17", "10", "3103")


def test_gs1_datamatrix_price_392x() -> None:
    scan = parse_scan("]d201059012341234573922001299")
    assert scan.symbology == "GS1 DataMatrix"
    assert scan.embedded_price_minor == 1299


def test_gs1_qr_and_hri_form() -> None:
    assert parse_scan("]Q3010590123412345710LOT7").batch == "LOT7"
    scan = parse_scan("(01)05901234123457(17)260300")
    assert scan.gtin == "05901234123457"
    assert scan.expiry == date(2026, 3, 31)


def test_gs1_without_aim_is_recognized() -> None:
    scan = parse_scan("010590123412345710ABC")
    assert scan.kind == "gs1" and scan.batch == "ABC"


def test_gs1_with_bad_gtin_check_digit_is_rejected() -> None:
    with pytest.raises(ValidationError):
        parse_scan("]C1010590123412345810ABC")


@pytest.mark.parametrize("raw", ["", "   ", "\r\n", "]E0", "590\x001234", "]C1zz"])
def test_rejects_empty_and_garbage(raw: str) -> None:
    with pytest.raises(ValidationError):
        parse_scan(raw)


@settings(max_examples=600, deadline=None)
@given(st.text(max_size=80))
def test_fuzz_parse_scan_raises_only_validation_error(raw: str) -> None:
    try:
        scan = parse_scan(raw)
    except ValidationError:
        return
    if scan.gtin is not None:
        assert len(scan.gtin) == 14 and is_valid_gtin(scan.gtin)
    if scan.lookup_gtin is not None:
        assert is_valid_gtin(scan.lookup_gtin)


_GS1_ALPHABET = st.sampled_from(
    list("0123456789") + ["\x1d", "]", "C", "1", "d", "2", "(", ")", "A"])


@settings(max_examples=600, deadline=None)
@given(st.text(_GS1_ALPHABET, max_size=60))
def test_fuzz_gs1_like_input(raw: str) -> None:
    try:
        parse_scan(raw)
    except ValidationError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"2[0-9]{6}", fullmatch=True), st.integers(0, 99999))
def test_embedded_round_trip(start: str, price: int) -> None:
    label = make_embedded_code(start[2:7], price, prefix=start[:2])
    scan = parse_scan(label, DEFAULT_LAYOUT)
    assert scan.embedded_price_minor == price
    assert scan.item_code == start[2:7]
    assert scan.lookup_gtin == embedded_lookup_gtin(start[2:7], prefix=start[:2])


@pytest.mark.parametrize("raw", ["04252614", "]E004252614"])
def test_upc_e_expands_to_upc_a(raw: str) -> None:
    scan = parse_scan(raw)
    assert scan.symbology == "UPC-E"
    assert scan.gtin == scan.lookup_gtin == "00042100005264"


def test_eight_digits_prefer_ean8_and_aim_e4_means_ean8() -> None:
    assert parse_scan("96385074").symbology == "EAN-8"
    with pytest.raises(ValidationError):
        parse_scan("]E404252614")  # not a valid EAN-8, and ]E4 rules out UPC-E
