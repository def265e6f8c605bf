"""Refunds back to the tenders a sale was paid with, each capped at what it paid.

A refund goes first to store credit (back to the account it came from), then
to cards (each with its terminal reference, so the refund reaches the same
card), then to what a web order paid its channel (the hub pays that back),
and cash last, so no card or web payment ever turns into cash; within a kind
in the order the tenders were taken.
Whatever earlier returns of the same sale refunded to a tender is no longer
available on it. A refund that the tenders cannot carry is an error: nothing
is ever refunded beyond what was paid.

A return without a receipt, or one a manager sends to store credit, is not
allocated: it is all store credit (``store_credit_only``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from omnipos.domain.errors import ValidationError, message
from omnipos.domain.money import Money
from omnipos.domain.tenders import TenderKind

__all__ = ["PaidTender", "RefundShare", "allocate_refund", "store_credit_only"]

_ORDER = {TenderKind.STORE_CREDIT: 0, TenderKind.CARD: 1, TenderKind.CHANNEL: 2,
          TenderKind.CASH: 3}


@dataclass(frozen=True, slots=True)
class PaidTender:
    """One tender of the original sale, and what earlier returns refunded to it."""

    idx: int
    kind: TenderKind
    amount_minor: int
    refunded_minor: int = 0
    reference: str = ""  # the card terminal's approval code of the payment
    card_last4: str = ""
    customer_id: str | None = None  # whose store credit paid

    @property
    def refundable_minor(self) -> int:
        return max(0, self.amount_minor - self.refunded_minor)


@dataclass(frozen=True, slots=True)
class RefundShare:
    """What goes back to one tender."""

    kind: TenderKind
    amount_minor: int
    tender_idx: int | None = None  # the original tender; None for store credit issued anew
    reference: str = ""
    card_last4: str = ""
    customer_id: str | None = None


def allocate_refund(amount_minor: int, tenders: Sequence[PaidTender], *,
                    currency: str) -> list[RefundShare]:
    """Split ``amount_minor`` (of ``currency``) over ``tenders`` (see the module docstring)."""
    if amount_minor < 0:
        raise ValidationError(message("a refund cannot be negative"))
    left = amount_minor
    shares: list[RefundShare] = []
    for t in sorted(tenders, key=lambda t: (_ORDER.get(t.kind, 4), t.idx)):
        if left == 0:
            break
        take = min(left, t.refundable_minor)
        if take > 0:
            shares.append(RefundShare(t.kind, take, t.idx, t.reference, t.card_last4,
                                      t.customer_id))
            left -= take
    if left:
        paid = sum(t.refundable_minor for t in tenders)
        raise ValidationError(
            message("the refund ({amount}) is more than the sale's tenders can take back "
                    "({paid})"),
            amount=Money(amount_minor, currency), paid=Money(paid, currency))
    return shares


def store_credit_only(amount_minor: int, customer_id: str) -> list[RefundShare]:
    """The whole refund as store credit for ``customer_id`` (no receipt, or by choice)."""
    if amount_minor < 0:
        raise ValidationError(message("a refund cannot be negative"))
    if not customer_id:
        raise ValidationError(message("store credit needs a customer: find or add one first"))
    return [RefundShare(TenderKind.STORE_CREDIT, amount_minor, None, customer_id=customer_id)]
