"""The store profile: who this till is and how the store prices and taxes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from omnipos.db.catalog import tax_classes
from omnipos.db.settings import get_setting
from omnipos.domain.barcodes import EmbeddedLayout
from omnipos.domain.cart import MergeScans
from omnipos.domain.errors import StateError
from omnipos.domain.receipt import ReceiptChoice
from omnipos.domain.tax import PriceMode, RoundingMode, TaxPolicy

#: Store settings of the scan field (docs/architecture.md lists every key).
MERGE_SCANS_SETTING = "selling.merge_repeat_scans"  # a MergeScans value
LARGE_QUANTITY_SETTING = "selling.confirm_quantity_over"  # ask before selling more at once
DEFAULT_LARGE_QUANTITY = 50
#: What Enter picks when the sale is paid: a ReceiptChoice value.
RECEIPT_CHOICE_SETTING = "receipt.default_choice"


@dataclass(frozen=True, slots=True)
class StoreProfile:
    code: str
    name: str
    till: str
    currency: str
    policy: TaxPolicy
    layout: EmbeddedLayout | None
    header: tuple[str, ...]
    footer: tuple[str, ...]
    merge_scans: MergeScans = MergeScans.LAST_LINE
    large_quantity: int = DEFAULT_LARGE_QUANTITY  # a quantity above this asks first
    receipt_choice: ReceiptChoice = ReceiptChoice.PRINT  # Enter at the end of a sale

    @property
    def prices_include_tax(self) -> bool:
        return self.policy.prices is PriceMode.INCLUSIVE


def _lines(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(value.splitlines())
    if isinstance(value, Iterable):
        return tuple(str(v) for v in value)
    return (str(value),)


def load_store_profile(session: Session) -> StoreProfile:
    """Read the profile from settings and tax classes; a till without a store fails clearly."""
    code = get_setting(session, "store.code")
    if not code:
        raise StateError(
            "this till has no store yet: run 'omnipos setup', enroll with a hub, "
            "or start with --demo"
        )
    currency = str(get_setting(session, "store.currency", "USD"))
    rates = tax_classes(session)
    policy = TaxPolicy(
        prices=PriceMode(get_setting(session, "store.prices", "exclusive")),
        rounding=RoundingMode(get_setting(session, "store.rounding", "line")),
        rates=rates,
        currency=currency,
        cash_step_minor=int(get_setting(session, "store.cash_step_minor", 0) or 0),
    )
    layout_raw = get_setting(session, "store.embedded_layout")
    layout = EmbeddedLayout.from_json(layout_raw) if layout_raw else EmbeddedLayout()
    return StoreProfile(
        code=str(code),
        name=str(get_setting(session, "store.name", code)),
        till=str(get_setting(session, "till.code", "T01")),
        currency=currency,
        policy=policy,
        layout=layout,
        header=_lines(get_setting(session, "receipt.header")),
        footer=_lines(get_setting(session, "receipt.footer")),
        merge_scans=_merge_scans(get_setting(session, MERGE_SCANS_SETTING)),
        large_quantity=int(get_setting(session, LARGE_QUANTITY_SETTING, DEFAULT_LARGE_QUANTITY)
                           or DEFAULT_LARGE_QUANTITY),
        receipt_choice=_receipt_choice(get_setting(session, RECEIPT_CHOICE_SETTING)),
    )


def _receipt_choice(value: object) -> ReceiptChoice:
    """The stored setting; an unknown value (a newer till's) keeps printing."""
    try:
        return ReceiptChoice(str(value)) if value is not None else ReceiptChoice.PRINT
    except ValueError:
        return ReceiptChoice.PRINT


def _merge_scans(value: object) -> MergeScans:
    """The stored setting; an unknown value (a newer till's) keeps the default."""
    try:
        return MergeScans(str(value)) if value is not None else MergeScans.LAST_LINE
    except ValueError:
        return MergeScans.LAST_LINE
