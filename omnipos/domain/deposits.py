"""Deposits on endless-aisle orders: part of the price paid when the order is taken.

A deposit is not a sale: it is money held for the customer until the order is
collected (the collecting store's sale counts it as a ``deposit`` tender and
asks only for the balance) or cancelled (the deposit goes back). The store
sets a default share of the order total and a minimum share; a typed amount
must be at least that minimum and less than the whole total (the whole total
is paying in full).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from omnipos.domain.errors import ValidationError, message
from omnipos.domain.money import Money

__all__ = ["AislePay", "DepositKind", "DepositRule", "balance_minor"]


class AislePay(StrEnum):
    """When the customer pays an endless-aisle order."""

    FULL = "full"  # all of it now
    DEPOSIT = "deposit"  # part now, the balance when collecting
    ON_COLLECTION = "on_collection"  # all of it when collecting


class DepositKind(StrEnum):
    """A till's deposit money: taken into the drawer (or by card), or paid back."""

    TAKEN = "taken"
    REFUNDED = "refunded"


def _share(total_minor: int, percent: int) -> int:
    """``percent`` of ``total_minor``, rounded up to the minor unit (never below it)."""
    return -(-total_minor * percent // 100)


@dataclass(frozen=True, slots=True)
class DepositRule:
    """The store's deposit settings: a default share and a minimum share, in percent."""

    default_percent: int = 20
    minimum_percent: int = 10

    def __post_init__(self) -> None:
        if not 0 < self.minimum_percent <= self.default_percent < 100:
            raise ValidationError(message("deposit: the minimum share must be more than 0 and at "
                                          "most the default share, which is less than 100%"))

    def default_minor(self, total_minor: int) -> int:
        return _share(total_minor, self.default_percent)

    def minimum_minor(self, total_minor: int) -> int:
        return _share(total_minor, self.minimum_percent)

    def checked(self, amount_minor: int | None, total_minor: int, *, currency: str) -> int:
        """The deposit for an order of ``total_minor`` (in ``currency``): ``amount_minor``
        checked, or the store's default share when None."""
        if amount_minor is None:
            return self.default_minor(total_minor)
        least = self.minimum_minor(total_minor)
        if amount_minor < least:
            raise ValidationError(message("deposit: at least {minimum_percent}% of the order "
                                          "({least})"),
                                  minimum_percent=self.minimum_percent,
                                  least=Money(least, currency))
        if amount_minor >= total_minor:
            raise ValidationError(message("deposit: less than the order's total (the whole total "
                                          "is paying in full)"))
        return amount_minor


def balance_minor(total_minor: int, deposit_minor: int) -> int:
    """What is left to pay when collecting (never below 0)."""
    return max(0, total_minor - deposit_minor)
