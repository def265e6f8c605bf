"""Device test fixtures: a fake network printer and sample documents."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from omnipos.domain.receipt import ReceiptLine, ReceiptTax, ReceiptTender, SaleReceipt
from tests.devices.fakes import FakeTcpPrinter


@pytest.fixture
def fake_printer() -> Iterator[FakeTcpPrinter]:
    printer = FakeTcpPrinter().start()
    yield printer
    printer.stop()


def sample_receipt(**changes: object) -> SaleReceipt:
    """A cash sale in euros with accents, weight and a discount."""
    base = {
        "receipt_no": "S001-T01-000123",
        "currency": "EUR",
        "created_at": datetime(2026, 11, 26, 14, 3),
        "store_name": "Café Müller",
        "store_code": "S001",
        "till_code": "T01",
        "cashier": "Ana Núñez",
        "lines": (
            ReceiptLine("Crème brûlée", "2", 450, 900, sku="CREME"),
            ReceiptLine("Äpfel Elstar", "0.345", 299, 103, sku="APPLE", sold_by="weight"),
            ReceiptLine("Jamón ibérico", "1", 1250, 1125, discount_minor=125, sku="JAMON",
                        note="Price override: damaged box"),
        ),
        "taxes": (ReceiptTax("reduced", "0.07", 1928, 135),),
        "subtotal_minor": 2128,
        "discount_minor": 0,
        "tax_minor": 135,
        "total_minor": 2128,
        "tenders": (ReceiptTender("cash", 2128, 3000, 872),),
        "change_minor": 872,
        "prices_include_tax": True,
        "header_lines": ("Hauptstraße 1, 10115 Berlin",),
        "footer_lines": ("Danke! Merci! ¡Gracias!", "Returns within 30 days, £/€ refunds"),
    }
    base.update(changes)
    return SaleReceipt(**base)  # type: ignore[arg-type]
