"""What the non-sale slips say: pickup handover, pick list and packing slip, shift X/Z report,
count sheet.

Sale and return receipts use ``omnipos.domain.receipt.SaleReceipt``. These
are the other documents the printer lays out; services fill them from
committed rows. Amounts are integer minor units of ``currency``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = [
    "CountSheet",
    "CountSheetLine",
    "PickList",
    "PickupHandover",
    "PickupLine",
    "ShiftReport",
    "TestPage",
]


@dataclass(frozen=True, slots=True)
class PickupLine:
    name: str
    qty: str  # decimal string
    sku: str = ""


@dataclass(frozen=True, slots=True)
class PickupHandover:
    """An online order handed over in the store; the customer signs for it."""

    order_no: str
    store_name: str
    customer_name: str
    handed_over_at: datetime
    associate: str
    lines: tuple[PickupLine, ...]
    verified_by: str = ""  # e.g. "ID checked", "pickup code 4711"
    header_lines: tuple[str, ...] = ()
    footer_lines: tuple[str, ...] = ()
    copy: bool = False


@dataclass(frozen=True, slots=True)
class PickList:
    """A pick list to walk the shelves with, or the packing slip that goes in the parcel."""

    title: str  # "PICK LIST" | "PACKING SLIP"
    order_no: str
    store_name: str
    customer_name: str
    printed_at: datetime
    lines: tuple[PickupLine, ...]
    promised_by: datetime | None = None
    ship_to: tuple[str, ...] = ()  # where the parcel goes (packing slip)
    #: Printed as a barcode: what the next person scans (the order number, a parcel's id).
    barcode: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """An X report (mid-shift, read only) or a Z report (shift closed)."""

    kind: str  # "X" | "Z"
    store_name: str
    till_code: str
    shift_no: str
    cashier: str
    currency: str
    opened_at: datetime
    printed_at: datetime
    sales_count: int
    sales_total_minor: int
    returns_count: int = 0
    returns_total_minor: int = 0
    voids_count: int = 0
    no_sale_count: int = 0
    tenders: tuple[tuple[str, int], ...] = ()  # (kind, amount_minor)
    # (tax class with its rate, "standard 8.25%", base_minor, tax_minor)
    taxes: tuple[tuple[str, int, int], ...] = ()
    opening_float_minor: int = 0
    paid_in_minor: int = 0
    paid_out_minor: int = 0
    safe_drops_minor: int = 0
    cash_expected_minor: int = 0
    cash_counted_minor: int | None = None  # Z reports
    closed_at: datetime | None = None
    closed_by: str = ""  # Z reports: who counted and closed, when not the cashier
    copy: bool = False


@dataclass(frozen=True, slots=True)
class CountSheetLine:
    sku: str
    name: str
    location: str = ""
    expected: str = ""  # blank on a blind count
    counted: str = ""  # blank on the sheet to fill in by hand


@dataclass(frozen=True, slots=True)
class CountSheet:
    """A stock count sheet: a list to count by hand, or the result of a count."""

    count_no: str
    store_name: str
    created_at: datetime
    title: str
    lines: tuple[CountSheetLine, ...]
    counted_by: str = ""


@dataclass(frozen=True, slots=True)
class TestPage:
    """The settings dialog's test print."""

    __test__ = False  # not a pytest test class despite the name

    store_name: str
    printer_uri: str
    profile_label: str
    printed_at: datetime
