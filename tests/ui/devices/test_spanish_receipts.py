"""What the till prints reads in Spanish on a Spanish till, and its amounts still line up.

The templates (devices/) mark their words with ``message`` and say them through
``ReceiptOptions.say``; the till's print queue passes ``ui.i18n.said``. Spanish words are
longer than English ones: on 32 and 48 columns every amount must still end at the right edge.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from omnipos.devices.decode import decode_escpos
from omnipos.devices.profiles import get_profile
from omnipos.devices.templates import ReceiptOptions, render
from omnipos.domain.receipt import ReceiptTender
from omnipos.ui.devices.receipt_printer import print_queue
from omnipos.ui.i18n import said
from tests.devices.conftest import sample_receipt
from tests.devices.documents import all_documents

SPANISH = ReceiptOptions(say=said)
PROFILES = ["generic-58", "tm-t88"]  # 32 and 48 columns


def printed(document: object, profile_name: str) -> tuple[list[str], int]:
    profile = get_profile(profile_name)
    data = render(document, profile, SPANISH)  # type: ignore[arg-type]
    return decode_escpos(data, profile.escpos_profile), profile.columns


def ending(lines: list[str], start: str) -> str:
    """The line that starts with ``start`` (the words of a pair), whole."""
    found = [line for line in lines if line.startswith(start)]
    assert found, f"no line starts with {start!r} in:\n" + "\n".join(lines)
    return found[0]


@pytest.mark.parametrize("profile_name", PROFILES)
def test_a_sale_receipt_prints_in_spanish_with_its_amounts_at_the_right_edge(
        spanish: None, profile_name: str) -> None:
    lines, columns = printed(sample_receipt(), profile_name)

    assert ending(lines, "Cajero: ") == "Cajero: Ana Núñez"
    assert ending(lines, "2026-11-26 14:03").endswith("Caja T01")
    assert "Impuestos (incluidos)" in lines
    for words, amount in [("Ticket", "S001-T01-000123"), ("Subtotal", "21.28"),
                          ("Efectivo", "30.00"), ("Cambio", "8.72"),
                          ("  Descuento", "-1.25"), ("  reduced 7% sobre 19.28", "1.35")]:
        line = ending(lines, words)
        assert line.endswith(" " + amount) and len(line) == columns, line
    assert all(len(line) <= columns for line in lines)


def test_a_refund_says_where_the_money_went(spanish: None) -> None:
    receipt = sample_receipt(kind="return", extra={"original_receipt_no": "S001-T01-000123"},
                             tenders=(ReceiptTender("cash", 2128),), change_minor=0)
    lines, columns = printed(receipt, "generic-58")

    assert "DEVOLUCIÓN" in lines[0] or any(line.strip() == "DEVOLUCIÓN" for line in lines)
    assert ending(lines, "Ticket original").endswith("S001-T01-000123")
    refund = ending(lines, "Devuelto en efectivo")
    assert refund.endswith(" 21.28") and len(refund) == columns


@pytest.mark.parametrize("profile_name", PROFILES)
def test_an_x_report_prints_in_spanish_with_its_amounts_at_the_right_edge(
        spanish: None, profile_name: str) -> None:
    lines, columns = printed(all_documents()["x_report"], profile_name)

    assert any("INFORME X" in line for line in lines)
    assert "Formas de pago" in lines
    for words, amount in [("Caja", "T01"), ("Turno", "SH-0042"), ("Ventas (41)", "1234.56"),
                          ("Devoluciones (2)", "-21.28"), ("Anulaciones", "1"),
                          ("Aperturas sin venta", "3"), ("  Efectivo", "600.00"),
                          ("  Tarjeta", "613.28"), ("Fondo de caja inicial", "150.00"),
                          ("Retiradas a caja fuerte", "0.00"),
                          ("Efectivo esperado", "750.00")]:
        line = ending(lines, words)
        assert line.endswith(" " + amount) and len(line) == columns, line
    assert all(len(line) <= columns for line in lines)


def test_without_a_language_the_receipt_prints_the_english_it_always_did() -> None:
    profile = get_profile("generic-58")
    english = decode_escpos(render(sample_receipt(), profile), profile.escpos_profile)

    assert "Cashier: Ana Núñez" in english
    assert ending(english, "Change").endswith(" 8.72")


def test_the_tills_print_queue_says_its_words_in_the_tills_language(qapp: QApplication) -> None:
    queue = print_queue("tcp://127.0.0.1:9", "generic-58")  # not started: no connection

    assert queue.options.say is said
