"""What a receipt says, independent of how it is printed.

Services build these from committed rows; ``omnipos.devices`` lays them out
for a printer. Amounts are integer minor units of ``currency``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

#: ``SaleReceipt.extra`` keys: the receipt a return takes back, and the customer's store
#: credit left (minor units) after paying with it or receiving it.
ORIGINAL_RECEIPT = "original_receipt_no"
CREDIT_BALANCE = "credit_balance_minor"


class ReceiptChoice(StrEnum):
    """What the customer takes at the end of a sale; a store setting says which Enter picks."""

    PRINT = "print"
    EMAIL = "email"  # mailed by the hub (queued while the till is offline)
    NONE = "none"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    qty: str  # decimal string: "2" for units, "0.345" for kg
    unit_price_minor: int
    total_minor: int  # after the line's discount
    discount_minor: int = 0
    sku: str = ""
    note: str = ""  # e.g. "Price override: damaged box"
    sold_by: str = "unit"  # "unit" | "weight"


@dataclass(frozen=True, slots=True)
class ReceiptTax:
    tax_class: str
    rate: str  # decimal string, "0.0825"
    base_minor: int
    tax_minor: int


@dataclass(frozen=True, slots=True)
class ReceiptTender:
    kind: str  # omnipos.domain.tenders.TenderKind
    amount_minor: int  # applied to the sale
    tendered_minor: int = 0  # cash handed over
    change_minor: int = 0
    card_last4: str = ""
    approval_code: str = ""


@dataclass(frozen=True, slots=True)
class SaleReceipt:
    """A completed sale as the customer's receipt shows it."""

    receipt_no: str
    currency: str
    created_at: datetime
    store_name: str
    store_code: str
    till_code: str
    cashier: str
    lines: tuple[ReceiptLine, ...]
    taxes: tuple[ReceiptTax, ...]
    subtotal_minor: int
    discount_minor: int
    tax_minor: int
    total_minor: int
    tenders: tuple[ReceiptTender, ...]
    change_minor: int = 0
    rounding_minor: int = 0  # cash rounding adjustment, + or -
    prices_include_tax: bool = False
    header_lines: tuple[str, ...] = ()
    footer_lines: tuple[str, ...] = ()
    kind: str = "sale"  # "sale" | "return"
    copy: bool = False  # reprints say COPY
    customer: str = ""  # the name of the directory's customer the sale was for
    extra: dict[str, str] = field(default_factory=dict)
