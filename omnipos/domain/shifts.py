"""Shifts and cash: denominations, counted floats, expected cash, X and Z figures.

Pure arithmetic over integer minor units. The service layer reads sales,
movements and journal entries of a shift and feeds them to a :class:`ShiftTally`;
the tally produces the report figures and the expected cash in the drawer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from omnipos.domain.errors import ValidationError, message
from omnipos.domain.money import from_minor, minor_digits

__all__ = [
    "CashCount",
    "Denomination",
    "MovementKind",
    "ReportKind",
    "ShiftReport",
    "ShiftTally",
    "denominations",
    "expected_cash",
    "needs_manager",
    "report_lines",
]


@dataclass(frozen=True, slots=True)
class Denomination:
    value_minor: int
    kind: str  # note | coin
    label: str


# Notes first, then coins, largest first (minor units). Where a note and a coin
# share a value (a US dollar) they are counted together.
_NOTES_COINS: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {
    "USD": ((10000, 5000, 2000, 1000, 500, 200, 100), (50, 25, 10, 5, 1)),
    "EUR": ((50000, 20000, 10000, 5000, 2000, 1000, 500), (200, 100, 50, 20, 10, 5, 2, 1)),
    "GBP": ((5000, 2000, 1000, 500), (200, 100, 50, 20, 10, 5, 2, 1)),
    "CAD": ((10000, 5000, 2000, 1000, 500), (200, 100, 25, 10, 5)),
    "AUD": ((10000, 5000, 2000, 1000, 500), (200, 100, 50, 20, 10, 5)),
    "CHF": ((100000, 20000, 10000, 5000, 2000, 1000), (500, 200, 100, 50, 20, 10, 5)),
    "SEK": ((100000, 50000, 20000, 10000, 5000, 2000), (1000, 500, 200, 100)),
    "JPY": ((10000, 5000, 2000, 1000), (500, 100, 50, 10, 5, 1)),
}


def _label(value_minor: int, currency: str) -> str:
    amount = from_minor(value_minor, currency)
    return f"{amount.normalize():f}" if amount == amount.to_integral() else f"{amount:f}"


def denominations(currency: str) -> tuple[Denomination, ...]:
    """The notes and coins of ``currency``, largest first.

    Currencies without a table get a 1-2-5 series in whole units and in minor units.
    """
    code = currency.upper()
    digits = minor_digits(code)
    if code in _NOTES_COINS:
        notes, coins = _NOTES_COINS[code]
    else:
        unit = 10**digits
        notes = tuple(v * unit for v in (100, 50, 20, 10, 5))
        coins = tuple(v * unit for v in (2, 1)) + tuple(
            v for v in (50, 20, 10, 5, 2, 1) if v < unit
        )
    return tuple(Denomination(v, "note", _label(v, code)) for v in notes) + tuple(
        Denomination(v, "coin", _label(v, code)) for v in coins
    )


@dataclass(frozen=True, slots=True)
class CashCount:
    """Cash counted by denomination: value in minor units -> how many pieces."""

    currency: str
    counts: Mapping[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        valid = {d.value_minor for d in denominations(self.currency)}
        for value, qty in self.counts.items():
            if value not in valid:
                raise ValidationError(
                    message("{value} is not a {currency} note or coin (minor units)"),
                    value=value, currency=self.currency
                )
            if not isinstance(qty, int) or isinstance(qty, bool) or qty < 0:
                raise ValidationError(message("a count of notes or coins is a whole number, 0 or "
                                              "more"))
            if qty > 100_000:
                raise ValidationError(message("that many notes or coins cannot be in one drawer"))

    @property
    def total_minor(self) -> int:
        return sum(value * qty for value, qty in self.counts.items())

    def to_json(self) -> dict[str, int]:
        """Counts keyed by the value as a string (JSON keys are strings)."""
        return {str(v): q for v, q in sorted(self.counts.items(), reverse=True) if q}

    @classmethod
    def from_json(cls, currency: str, data: Mapping[str, int]) -> CashCount:
        return cls(currency, {int(k): int(v) for k, v in data.items()})


class MovementKind(StrEnum):
    PAY_IN = "pay_in"
    PAY_OUT = "pay_out"
    SAFE_DROP = "safe_drop"


class ReportKind(StrEnum):
    X = "X"  # mid-shift, resets nothing
    Z = "Z"  # end of shift


def expected_cash(
    opening_float: int,
    cash_taken: int,
    cash_refunded: int,
    paid_in: int,
    paid_out: int,
    safe_drops: int,
) -> int:
    """What should be in the drawer: the float plus cash in, minus cash out."""
    return opening_float + cash_taken - cash_refunded + paid_in - paid_out - safe_drops


def needs_manager(over_short_minor: int, threshold_minor: int) -> bool:
    """A count off by more than the store threshold (either way) needs a manager."""
    return abs(over_short_minor) > threshold_minor


@dataclass
class ShiftTally:
    """Running figures of one shift; feed it sales, voids, movements, then report."""

    currency: str
    opening_float: int = 0
    sales_count: int = 0
    sales_minor: int = 0
    returns_count: int = 0
    returns_minor: int = 0
    discounts_minor: int = 0
    tax_by_class: dict[str, int] = field(default_factory=dict)
    tax_base_by_class: dict[str, int] = field(default_factory=dict)
    tenders: dict[str, int] = field(default_factory=dict)
    cash_taken: int = 0
    cash_refunded: int = 0
    voids_count: int = 0
    voids_minor: int = 0
    cancels_count: int = 0
    post_voids_count: int = 0
    no_sales: int = 0
    paid_in: int = 0
    paid_out: int = 0
    safe_drops: int = 0
    deposits_count: int = 0
    deposits_minor: int = 0  # taken on endless-aisle orders (not sales: held for customers)
    deposits_refunded_minor: int = 0

    def add_sale(
        self,
        total_minor: int,
        *,
        discount_minor: int = 0,
        taxes: Mapping[str, int] | None = None,
        tenders: Mapping[str, int] | None = None,
        tax_bases: Mapping[str, int] | None = None,
    ) -> None:
        """A completed sale (a negative total is a return); tenders are net of change."""
        if total_minor < 0:
            self.returns_count += 1
            self.returns_minor += -total_minor
        else:
            self.sales_count += 1
            self.sales_minor += total_minor
        self.discounts_minor += discount_minor
        for cls, minor in (taxes or {}).items():
            self.tax_by_class[cls] = self.tax_by_class.get(cls, 0) + minor
        for cls, minor in (tax_bases or {}).items():
            self.tax_base_by_class[cls] = self.tax_base_by_class.get(cls, 0) + minor
        for kind, minor in (tenders or {}).items():
            self.tenders[kind] = self.tenders.get(kind, 0) + minor
            if kind == "cash":
                if minor >= 0:
                    self.cash_taken += minor
                else:
                    self.cash_refunded += -minor

    def add_return(self, refund_minor: int, *, refunds: Mapping[str, int] | None = None) -> None:
        """A return taken at this till: ``refunds`` is what went back per tender kind (cash
        out of the drawer, an exchange's value to its new sale...)."""
        self.returns_count += 1
        self.returns_minor += refund_minor
        for kind, minor in (refunds or {}).items():
            self.tenders[kind] = self.tenders.get(kind, 0) - minor
            if kind == "cash":
                self.cash_refunded += minor

    def add_deposit(self, amount_minor: int, *, refunded: bool = False,
                    tenders: Mapping[str, int] | None = None) -> None:
        """A deposit taken on an order (or paid back when it was cancelled): not a sale, but
        its tenders (net of change; cash in or out of the drawer) count like a sale's."""
        sign = -1 if refunded else 1
        if refunded:
            self.deposits_refunded_minor += amount_minor
        else:
            self.deposits_count += 1
            self.deposits_minor += amount_minor
        for kind, minor in (tenders or {}).items():
            self.tenders[kind] = self.tenders.get(kind, 0) + sign * minor
            if kind == "cash":
                if refunded:
                    self.cash_refunded += minor
                else:
                    self.cash_taken += minor

    def add_movement(self, kind: MovementKind, amount_minor: int) -> None:
        if amount_minor <= 0:
            raise ValidationError(message("a cash movement is a positive amount"))
        if kind is MovementKind.PAY_IN:
            self.paid_in += amount_minor
        elif kind is MovementKind.PAY_OUT:
            self.paid_out += amount_minor
        else:
            self.safe_drops += amount_minor

    @property
    def expected_cash(self) -> int:
        return expected_cash(
            self.opening_float,
            self.cash_taken,
            self.cash_refunded,
            self.paid_in,
            self.paid_out,
            self.safe_drops,
        )

    @property
    def tax_minor(self) -> int:
        return sum(self.tax_by_class.values())


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """The figures of an X (mid-shift) or Z (closing) report."""

    kind: ReportKind
    shift_id: str
    store_code: str
    till_code: str
    currency: str
    opened_at: datetime
    opened_by: str
    generated_at: datetime
    tally: ShiftTally
    closed_by: str = ""
    counted_cash: int | None = None
    pending_events: int = 0
    approved_by: str = ""

    @property
    def expected_cash(self) -> int:
        return self.tally.expected_cash

    @property
    def over_short(self) -> int | None:
        """Counted minus expected: positive is over, negative is short."""
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash

    def to_dict(self) -> dict[str, Any]:
        t = self.tally
        return {
            "kind": self.kind.value,
            "shift_id": self.shift_id,
            "store_code": self.store_code,
            "till_code": self.till_code,
            "currency": self.currency,
            "opened_at": self.opened_at.isoformat(),
            "opened_by": self.opened_by,
            "generated_at": self.generated_at.isoformat(),
            "closed_by": self.closed_by,
            "sales_count": t.sales_count,
            "sales_minor": t.sales_minor,
            "returns_count": t.returns_count,
            "returns_minor": t.returns_minor,
            "discounts_minor": t.discounts_minor,
            "tax_minor": t.tax_minor,
            "tax_by_class": dict(sorted(t.tax_by_class.items())),
            "tenders": dict(sorted(t.tenders.items())),
            "voids_count": t.voids_count,
            "voids_minor": t.voids_minor,
            "cancels_count": t.cancels_count,
            "post_voids_count": t.post_voids_count,
            "no_sales": t.no_sales,
            "opening_float_minor": t.opening_float,
            "paid_in_minor": t.paid_in,
            "paid_out_minor": t.paid_out,
            "safe_drops_minor": t.safe_drops,
            "deposits_count": t.deposits_count,
            "deposits_minor": t.deposits_minor,
            "deposits_refunded_minor": t.deposits_refunded_minor,
            "expected_cash_minor": self.expected_cash,
            "counted_cash_minor": self.counted_cash,
            "over_short_minor": self.over_short,
            "pending_events": self.pending_events,
            "approved_by": self.approved_by,
        }


def report_lines(report: ShiftReport) -> list[str]:
    """The report as plain text lines, for the screen and the printer."""
    cur = report.currency

    def amt(minor: int) -> str:
        return f"{from_minor(minor, cur):f}"

    t = report.tally
    title = "X REPORT (no reset)" if report.kind is ReportKind.X else "Z REPORT (end of shift)"
    lines = [
        title,
        f"Store {report.store_code}  Till {report.till_code}",
        f"Opened {report.opened_at:%Y-%m-%d %H:%M} by {report.opened_by}",
        f"Printed {report.generated_at:%Y-%m-%d %H:%M}",
    ]
    if report.closed_by:
        lines.append(f"Closed by {report.closed_by}")
    lines += [
        "",
        f"Sales ({t.sales_count})  {amt(t.sales_minor)} {cur}",
        f"Returns ({t.returns_count})  {amt(t.returns_minor)}",
        f"Discounts  {amt(t.discounts_minor)}",
        f"Tax total  {amt(t.tax_minor)}",
    ]
    if t.deposits_minor or t.deposits_refunded_minor:
        lines += [f"Deposits on orders ({t.deposits_count})  {amt(t.deposits_minor)}",
                  f"Deposits refunded  {amt(t.deposits_refunded_minor)}"]
    lines += [f"  tax {cls}  {amt(v)}" for cls, v in sorted(t.tax_by_class.items())]
    lines.append("Tenders")
    lines += [f"  {kind}  {amt(v)}" for kind, v in sorted(t.tenders.items())]
    lines += [
        f"Line voids ({t.voids_count})  {amt(t.voids_minor)}",
        f"Cancelled sales  {t.cancels_count}",
        f"Post-voids  {t.post_voids_count}",
        f"No-sales  {t.no_sales}",
        "",
        f"Opening float  {amt(t.opening_float)}",
        f"Cash taken  {amt(t.cash_taken)}",
        f"Cash refunded  {amt(t.cash_refunded)}",
        f"Paid in  {amt(t.paid_in)}",
        f"Paid out  {amt(t.paid_out)}",
        f"Safe drops  {amt(t.safe_drops)}",
        f"Expected cash  {amt(report.expected_cash)}",
    ]
    if report.counted_cash is not None:
        over = report.over_short or 0
        word = "over" if over > 0 else "short" if over < 0 else "even"
        lines += [f"Counted cash  {amt(report.counted_cash)}", f"Over/short  {amt(over)} ({word})"]
    if report.kind is ReportKind.Z:
        lines.append(f"Events not yet acknowledged by the hub  {report.pending_events}")
    if report.approved_by:
        lines.append(f"Approved by {report.approved_by}")
    return lines
