"""What the Parcels screen shows of an intake: the parcel, the items expected, those found.

Built from the stored rows after every scan and choice, so the screen shows
exactly what survives a crash.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from omnipos.db.models.returns import Intake, IntakeItem, RmaRecord
from omnipos.domain.errors import message, phrase
from omnipos.domain.returns import Condition, Disposition

__all__ = ["ExpectedLine", "FoundItem", "IntakeView", "intake_view"]


@dataclass(frozen=True, slots=True)
class ExpectedLine:
    """One line of the RMA: what the parcel should hold, and how much of it was scanned."""

    line_no: int
    sku: str
    name: str
    quantity: Decimal
    scanned: Decimal
    reason: str = ""

    @property
    def missing(self) -> Decimal:
        return max(Decimal(0), self.quantity - self.scanned)


@dataclass(frozen=True, slots=True)
class FoundItem:
    item_no: int
    sku: str
    name: str
    qty: str
    rma_line_no: int | None
    condition: Condition | None
    disposition: Disposition
    note: str
    scanned_at: datetime

    @property
    def unexpected(self) -> bool:
        """Not on the RMA: an exception for customer service."""
        return self.rma_line_no is None


@dataclass(frozen=True, slots=True)
class IntakeView:
    intake_id: str
    state: str  # omnipos.db.models.returns.IntakeState
    rma_id: str | None
    rma_number: str
    #: What the parcel returns: the RMA's original, or what the associate matched it to.
    receipt_no: str
    order_id: str
    customer_name: str
    origin_store: str
    note: str
    started_at: datetime
    started_by: str
    expected: tuple[ExpectedLine, ...]
    items: tuple[FoundItem, ...]

    @property
    def has_rma(self) -> bool:
        return self.rma_id is not None

    @property
    def set_aside(self) -> bool:
        """A parcel with no RMA and nothing it was matched to: held with a note."""
        return not self.has_rma and not (self.receipt_no or self.order_id)

    @property
    def label(self) -> str:
        """How the screen names the parcel: its RMA, else words the UI says in the till's
        language (their English is what the log keeps)."""
        if self.rma_number:
            return self.rma_number
        if self.receipt_no:
            return phrase(message("parcel for {original}"), original=self.receipt_no)
        if self.order_id:
            return phrase(message("parcel for {original}"),
                          original=phrase(message("web order {number}"), number=self.order_id))
        return message("parcel set aside")

    @property
    def missing(self) -> tuple[ExpectedLine, ...]:
        return tuple(line for line in self.expected if line.missing > 0)

    @property
    def unexpected(self) -> tuple[FoundItem, ...]:
        return tuple(item for item in self.items if item.unexpected and self.has_rma)


def _found(row: IntakeItem) -> FoundItem:
    return FoundItem(row.item_no, row.sku, row.name, row.qty, row.rma_line_no,
                     Condition(row.condition) if row.condition else None,
                     Disposition(row.disposition), row.note, row.scanned_at)


def rma_lines(rma: RmaRecord | None) -> list[dict[str, Any]]:
    return list((rma.record or {}).get("lines") or []) if rma is not None else []


def intake_view(intake: Intake, rma: RmaRecord | None) -> IntakeView:
    items = [_found(row) for row in intake.items]
    scanned: dict[int, Decimal] = {}
    for item in items:
        if item.rma_line_no is not None and item.disposition.received:
            scanned[item.rma_line_no] = scanned.get(item.rma_line_no, Decimal(0)) + Decimal(
                item.qty)
    expected = tuple(
        ExpectedLine(int(ln["line_no"]), str(ln["sku"]), str(ln.get("name") or ln["sku"]),
                     Decimal(str(ln["quantity"])), scanned.get(int(ln["line_no"]), Decimal(0)),
                     str(ln.get("reason") or ""))
        for ln in rma_lines(rma)
    )
    record = rma.record if rma is not None else {}
    return IntakeView(
        intake_id=intake.id, state=intake.state, rma_id=intake.rma_id,
        rma_number=intake.rma_number,
        receipt_no=intake.receipt_no or str(record.get("receipt_no") or ""),
        order_id=intake.order_id or str(record.get("order_id") or ""),
        customer_name=rma.customer_name if rma is not None else "",
        origin_store=str(record.get("origin_store") or ""), note=intake.note,
        started_at=intake.started_at, started_by=intake.started_by, expected=expected,
        items=tuple(items),
    )

