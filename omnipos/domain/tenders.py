"""Taking payment: cash with change, card paid on an external terminal, store credit, splits.

A sale completes only when the amount due is fully paid. Cash rounding (a
store's smallest coin, e.g. 0.05) applies only when cash settles what is left.
No full card number is ever taken: an approval code and the last four digits.
Store credit is a customer's account at the hub; a till spends it against the
last balance it knows, and while offline only up to a per-customer limit
(``store_credit_spendable``): the hub records any overspending as an
exception, it never refuses a sale after the fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from omnipos.domain.errors import StateError, ValidationError, message
from omnipos.domain.money import Money
from omnipos.domain.tax import cash_round

_APPROVAL = re.compile(r"^[A-Za-z0-9]{1,20}$")
_LAST4 = re.compile(r"^[0-9]{4}$")


class TenderKind(StrEnum):
    CASH = "cash"
    CARD = "card"
    STORE_CREDIT = "store_credit"  # a customer's account at the hub
    # The value of goods returned in the same transaction (an exchange).
    EXCHANGE = "exchange"
    # Paid to a sales channel (a web order): refunded by the hub, never from a drawer.
    CHANNEL = "channel"
    # A deposit on an endless-aisle order, taken earlier (at another till, perhaps): the
    # collecting store's sale counts it and asks only for the balance.
    DEPOSIT = "deposit"


# Tenders a payment starts with, which the cashier cannot take back.
FIXED_TENDERS = frozenset({TenderKind.EXCHANGE, TenderKind.DEPOSIT})


@dataclass(frozen=True, slots=True)
class Tender:
    kind: TenderKind
    amount_minor: int  # applied to the sale
    tendered_minor: int = 0  # cash handed over
    change_minor: int = 0
    approval_code: str = ""
    card_last4: str = ""
    rounding_minor: int = 0  # cash rounding taken up by this tender (+ or -)
    customer_id: str | None = None  # store credit: whose account paid

    def to_dict(self) -> dict[str, Any]:
        """Plain values (an open sale stores the tenders taken so far)."""
        return {"kind": self.kind.value, "amount_minor": self.amount_minor,
                "tendered_minor": self.tendered_minor, "change_minor": self.change_minor,
                "approval_code": self.approval_code, "card_last4": self.card_last4,
                "rounding_minor": self.rounding_minor, "customer_id": self.customer_id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Tender:
        return cls(TenderKind(data["kind"]), int(data["amount_minor"]),
                   int(data.get("tendered_minor", 0)), int(data.get("change_minor", 0)),
                   str(data.get("approval_code", "")), str(data.get("card_last4", "")),
                   int(data.get("rounding_minor", 0)), data.get("customer_id"))


@dataclass(slots=True)
class Payment:
    """Tenders against an amount due, in minor units of one currency."""

    total_minor: int
    currency: str
    cash_step_minor: int = 0
    tenders: list[Tender] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.total_minor < 0:
            raise ValidationError(message("the amount due cannot be negative"))

    @property
    def paid_minor(self) -> int:
        return sum(t.amount_minor for t in self.tenders)

    @property
    def remaining_minor(self) -> int:
        """What is still owed, before any cash rounding."""
        return self.total_minor - self.paid_minor

    @property
    def cash_due_minor(self) -> int:
        """What a cashier asks for if the rest is paid in cash."""
        return cash_round(self.remaining_minor, self.cash_step_minor)

    @property
    def is_complete(self) -> bool:
        return self.remaining_minor == 0

    @property
    def rounding_minor(self) -> int:
        """Cash rounding: + when the customer paid a little more, - for less."""
        return sum(t.rounding_minor for t in self.tenders)

    @property
    def change_minor(self) -> int:
        return sum(t.change_minor for t in self.tenders)

    @property
    def has_cash(self) -> bool:
        return any(t.kind is TenderKind.CASH for t in self.tenders)

    def _open(self) -> None:
        if self.is_complete:
            raise StateError(message("the sale is already paid"))

    def add_cash(self, tendered_minor: int) -> Tender:
        """Cash handed over. At or above the cash due it settles the sale with change."""
        self._open()
        if isinstance(tendered_minor, bool) or not isinstance(tendered_minor, int):
            raise ValidationError(message("cash tendered must be an amount"))
        if tendered_minor <= 0:
            raise ValidationError(message("cash tendered must be more than zero"))
        due = self.cash_due_minor
        if tendered_minor >= due:
            remaining = self.remaining_minor
            tender = Tender(
                TenderKind.CASH,
                amount_minor=remaining,
                tendered_minor=tendered_minor,
                change_minor=tendered_minor - due,
                rounding_minor=due - remaining,
            )
            self.tenders.append(tender)
            return tender
        tender = Tender(TenderKind.CASH, amount_minor=tendered_minor, tendered_minor=tendered_minor)
        self.tenders.append(tender)
        return tender

    def add_card(self, amount_minor: int, approval_code: str, card_last4: str) -> Tender:
        """A card payment approved on the terminal; never more than what is owed."""
        self._open()
        if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor <= 0:
            raise ValidationError(message("a card amount must be more than zero"))
        if amount_minor > self.remaining_minor:
            raise ValidationError(message("a card cannot pay more than what is owed"))
        code = approval_code.strip()
        if not _APPROVAL.match(code):
            raise ValidationError(
                message("enter the approval code from the card terminal (letters and digits)"))
        last4 = card_last4.strip()
        if not _LAST4.match(last4):
            raise ValidationError(message("enter the last four digits of the card"))
        tender = Tender(TenderKind.CARD, amount_minor, approval_code=code, card_last4=last4)
        self.tenders.append(tender)
        return tender

    def add_store_credit(self, amount_minor: int, customer_id: str, spendable_minor: int) -> Tender:
        """Store credit of ``customer_id``; never more than owed nor than ``spendable_minor``
        (``store_credit_spendable``)."""
        self._open()
        if isinstance(amount_minor, bool) or not isinstance(amount_minor, int) or amount_minor <= 0:
            raise ValidationError(message("a store credit amount must be more than zero"))
        if not customer_id:
            raise ValidationError(message("store credit needs a customer: find the customer first"))
        if amount_minor > self.remaining_minor:
            raise ValidationError(message("store credit cannot pay more than what is owed"))
        if amount_minor > spendable_minor:
            raise ValidationError(
                message("the customer can spend at most {spendable} of store credit here now"),
                spendable=Money(spendable_minor, self.currency))
        tender = Tender(TenderKind.STORE_CREDIT, amount_minor, customer_id=customer_id)
        self.tenders.append(tender)
        return tender

    def remove_last(self) -> Tender:
        if not self.tenders:
            raise StateError(message("no tender to remove"))
        if self.tenders[-1].kind in FIXED_TENDERS:
            raise StateError(message("that part was paid before (a deposit or goods returned): it "
                                     "stays"))
        return self.tenders.pop()


def store_credit_spendable(balance_minor: int, pending_minor: int, *, online: bool,
                           offline_limit_minor: int) -> int:
    """What a till may spend now of a customer's store credit.

    ``balance_minor``: the last balance the hub sent; ``pending_minor``: credit
    this till spent for the customer that the hub has not counted yet. Online,
    the balance is current and all of it can be spent; offline, the balance may
    be stale (another till may be spending it too), so at most
    ``offline_limit_minor`` in all, pending spending included.
    """
    available = max(0, balance_minor - pending_minor)
    if online:
        return available
    return max(0, min(available, offline_limit_minor - pending_minor))
