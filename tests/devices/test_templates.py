"""Golden receipt bytes per template and profile, and the text they print.

Set OMNIPOS_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate
layout change; review the .txt diffs before committing them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image

from omnipos.devices.decode import decode_escpos
from omnipos.devices.profiles import PROFILES, get_profile
from omnipos.devices.templates import ReceiptOptions, render
from tests.devices.conftest import sample_receipt
from tests.devices.documents import all_documents

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("OMNIPOS_UPDATE_GOLDEN") == "1"
DOCUMENTS = all_documents()


def _check(name: str, data: bytes, escpos_profile: str) -> list[str]:
    lines = decode_escpos(data, escpos_profile)
    text = "\n".join(lines) + "\n"
    bin_path, txt_path = GOLDEN / f"{name}.bin", GOLDEN / f"{name}.txt"
    if UPDATE or not bin_path.exists():
        if not UPDATE:
            pytest.fail(f"no golden file {bin_path.name}; run with OMNIPOS_UPDATE_GOLDEN=1")
        bin_path.write_bytes(data)
        txt_path.write_text(text, encoding="utf-8")
    assert txt_path.read_text(encoding="utf-8") == text
    assert bin_path.read_bytes() == data
    return lines


@pytest.mark.parametrize("kind", sorted(DOCUMENTS))
def test_golden_tm_t88(kind: str) -> None:
    data = render(DOCUMENTS[kind], get_profile("tm-t88"))  # type: ignore[arg-type]
    _check(f"{kind}-tm-t88", data, "TM-T88V")


@pytest.mark.parametrize("profile", ["generic-58", "tm-t20"])
def test_golden_sale_other_widths(profile: str) -> None:
    p = get_profile(profile)
    lines = _check(f"sale-{profile}", render(DOCUMENTS["sale"], p), p.escpos_profile)  # type: ignore[arg-type]
    assert max(len(line) for line in lines if not line.startswith("[")) <= p.columns


def test_sale_says_what_the_receipt_must_show() -> None:
    lines = decode_escpos(render(sample_receipt(), get_profile("tm-t88")), "TM-T88V")
    for expected in [
        "Café Müller",
        "Hauptstraße 1, 10115 Berlin",
        "Cashier: Ana Núñez",
        "Crème brûlée",
        "  2 x 4.50                            9.00",
        "  0.345 kg x 2.99/kg                  1.03",
        "  Discount                           -1.25",
        "TOTAL                               €21.28",
        "Change                                8.72",
        "[CODE128 S001-T01-000123]",
        "Returns within 30 days, £/€ refunds",
        "[CUT]",
    ]:
        assert expected in lines, expected
    assert "*** COPY ***" not in lines


def test_the_sales_customer_is_printed_under_the_cashier() -> None:
    lines = decode_escpos(render(sample_receipt(customer="Zoë Ng"), get_profile("tm-t88")),
                          "TM-T88V")
    assert lines[lines.index("Cashier: Ana Núñez") + 1] == "Customer: Zoë Ng"
    plain = decode_escpos(render(sample_receipt(), get_profile("tm-t88")), "TM-T88V")
    assert not any(line.startswith("Customer:") for line in plain)


@pytest.mark.parametrize("key", sorted(PROFILES))
def test_accents_and_currency_signs_survive_every_profile(key: str) -> None:
    profile = get_profile(key)
    receipt = sample_receipt(footer_lines=("é ü ñ € £ ß ç",))
    lines = decode_escpos(render(receipt, profile), profile.escpos_profile)
    assert "é ü ñ € £ ß ç" in lines
    assert "?" not in "".join(lines)


def test_logo_qr_and_drawer(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (800, 100), "black").save(logo)
    options = ReceiptOptions(logo=logo, qr_url="https://shop.example/r/{receipt_no}",
                             kick_drawer=True)
    lines = decode_escpos(render(sample_receipt(), get_profile("tm-t88"), options), "TM-T88V")
    assert lines[0] == "[IMAGE 512x64]"  # scaled to the paper width
    assert "[QR https://shop.example/r/S001-T01-000123]" in lines
    assert lines[-1] == "[DRAWER pin2]"


def test_missing_logo_is_skipped(tmp_path: Path) -> None:
    options = ReceiptOptions(logo=tmp_path / "none.png")
    lines = decode_escpos(render(sample_receipt(), get_profile("tm-t88"), options), "TM-T88V")
    assert not any(line.startswith("[IMAGE") for line in lines)


def test_unknown_document_type() -> None:
    with pytest.raises(TypeError):
        render("not a receipt", get_profile("tm-t88"))  # type: ignore[arg-type]


def test_decoder_refuses_unknown_commands() -> None:
    with pytest.raises(ValueError, match="ESC"):
        decode_escpos(b"\x1b\x99")


def test_receipt_options_from_settings(tmp_path: Path) -> None:
    options = ReceiptOptions.from_settings(
        {"receipt.logo": "logo.png", "receipt.qr_url": "https://s.example/{receipt_no}"},
        resources=tmp_path)
    assert options.logo == tmp_path / "logo.png"
    assert options.qr_url == "https://s.example/{receipt_no}"
    assert ReceiptOptions.from_settings({}) == ReceiptOptions()
