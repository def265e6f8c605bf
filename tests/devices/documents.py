"""Sample documents of every kind for the template tests."""

from __future__ import annotations

from datetime import datetime

from omnipos.devices.documents import (
    CountSheet,
    CountSheetLine,
    PickList,
    PickupHandover,
    PickupLine,
    ShiftReport,
    TestPage,
)
from omnipos.domain.receipt import ReceiptLine, ReceiptTender
from tests.devices.conftest import sample_receipt

WHEN = datetime(2026, 11, 26, 14, 3)


def all_documents() -> dict[str, object]:
    return {
        "sale": sample_receipt(),
        "sale_card_exclusive": sample_receipt(
            currency="USD", store_name="Corner Store", prices_include_tax=False,
            tenders=(ReceiptTender("card", 2263, card_last4="4242", approval_code="A1B2C3"),),
            tax_minor=135, total_minor=2263, change_minor=0, footer_lines=(),
            header_lines=()),
        "return": sample_receipt(kind="return", receipt_no="S001-T01-000130",
                                 extra={"original_receipt_no": "S001-T01-000123"},
                                 tenders=(ReceiptTender("cash", 2128),), change_minor=0),
        "copy": sample_receipt(copy=True),
        "sale_cash_rounded": sample_receipt(
            currency="CHF", rounding_minor=2, change_minor=870,
            tenders=(ReceiptTender("cash", 2128, 3000, 870),)),
        "sale_emoji_and_long_names": sample_receipt(
            store_name="A very long store name that does not fit",
            lines=(ReceiptLine("Gift card 🎁 — 東京 edition with an extremely long product name",
                                "1", 2128, 2128),)),
        "pickup": PickupHandover(
            order_no="WEB-100234", store_name="Café Müller", customer_name="Zoë Brontë",
            handed_over_at=WHEN, associate="Ana Núñez",
            lines=(PickupLine("Crème brûlée", "2"), PickupLine("Jamón ibérico", "1")),
            verified_by="pickup code 4711"),
        "pick_list": PickList(
            title="PICK LIST", order_no="WEB-100234", store_name="Café Müller",
            customer_name="Zoë Brontë", printed_at=WHEN, promised_by=WHEN,
            lines=(PickupLine("Crème brûlée", "2", "CREME"),
                   PickupLine("Jamón ibérico, a very long name indeed for a slip", "1", "JAMON")),
            barcode="WEB-100234"),
        "packing_slip": PickList(
            title="PACKING SLIP", order_no="WEB-100234", store_name="Café Müller",
            customer_name="Zoë Brontë", printed_at=WHEN,
            lines=(PickupLine("Crème brûlée", "2", "CREME"),),
            ship_to=("Zoë Brontë, 3 Rue de la Paix, 75002, Paris, FR",), barcode="5f0c2a7e",
            note="Ship-to-store parcel for pickup order WEB-100234"),
        "x_report": ShiftReport(
            kind="X", store_name="Café Müller", till_code="T01", shift_no="SH-0042",
            cashier="Ana Núñez", currency="EUR", opened_at=WHEN, printed_at=WHEN,
            sales_count=41, sales_total_minor=123456, returns_count=2, returns_total_minor=2128,
            voids_count=1, no_sale_count=3, tenders=(("cash", 60000), ("card", 61328)),
            taxes=(("standard", 90000, 17100), ("reduced", 31328, 2193)),
            opening_float_minor=15000, cash_expected_minor=75000),
        "z_report": ShiftReport(
            kind="Z", store_name="Café Müller", till_code="T01", shift_no="SH-0042",
            cashier="Ana Núñez", currency="EUR", opened_at=WHEN, printed_at=WHEN,
            closed_at=WHEN, sales_count=41, sales_total_minor=123456,
            tenders=(("cash", 60000),), opening_float_minor=15000,
            cash_expected_minor=75000, cash_counted_minor=74950),
        "count_sheet": CountSheet(
            count_no="CNT-0007", store_name="Café Müller", created_at=WHEN,
            title="Aisle 3 - bakery", counted_by="",
            lines=(CountSheetLine("CREME", "Crème brûlée", "A3-01", "12"),
                   CountSheetLine("BREAD", "Pain de campagne, très long nom", "A3-02", ""),
                   CountSheetLine("JAMON", "Jamón ibérico", "", "4", "3"))),
        "test_page": TestPage("Café Müller", "tcp://127.0.0.1:9100", "Epson TM-T88 (80 mm)",
                              WHEN),
    }
