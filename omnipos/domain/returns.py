"""Returns: what a returned item is (condition, disposition) and the policy that judges it.

One policy serves the till (returns at the counter, offline) and the hub
(mail returns it refunds, and its checks across stores), so the two can never
disagree about what a return is worth:

* a return window per category (``DEFAULT_WINDOW_DAYS`` unless a category says
  otherwise), counted from the moment of the sale;
* final-sale items (a category, or single SKUs) are not returnable;
* opened items are accepted like new, accepted less a restocking fee, or
  refused, per category;
* only items in an acceptable condition are refunded: new, opened (by that
  rule) and defective (never charged a fee, and returnable even when sold
  final); a damaged item or the wrong item is taken in but refunds nothing;
* a return without a receipt is refunded as store credit only, at the lowest
  price of the last 30 days, within per-customer limits over a window.

A manager may override a refusal; the verdict then says which refusals were
lifted, and the caller journals that. Refunds go back to the original tenders
(``omnipos.domain.refunds``); the stock bucket each disposition moves an item
into is ``Disposition.bucket``.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from omnipos.domain.errors import Message, ValidationError, message
from omnipos.domain.stock import StockBucket

__all__ = [
    "DEFAULT_WINDOW_DAYS",
    "EXPECTS_NOTHING",
    "CategoryRule",
    "Condition",
    "Disposition",
    "NoReceiptRules",
    "OpenedRule",
    "PricePoint",
    "Refusal",
    "ReturnItem",
    "ReturnPolicy",
    "RmaState",
    "Verdict",
    "check_rma_number",
    "line_share",
    "lowest_price",
    "rma_number",
]

DEFAULT_WINDOW_DAYS = 30


class Condition(StrEnum):
    """The state a returned item is found in, graded when it is taken in."""

    NEW = "new"
    OPENED = "opened"
    DAMAGED = "damaged"  # by the customer: taken in, not refunded
    DEFECTIVE = "defective"  # faulty as sold: always refunded in full
    WRONG_ITEM = "wrong_item"  # not the item sold: taken in, not refunded

    @property
    def label(self) -> Message:
        """The condition in words (the stored and sent value stays the code)."""
        return _CONDITION_WORDS[self]

    @property
    def default_disposition(self) -> Disposition:
        """What becomes of an item in this condition unless the associate says otherwise."""
        return _DEFAULT_DISPOSITION[self]


class Disposition(StrEnum):
    """What becomes of a returned item, and so which stock bucket it moves into."""

    RESTOCK = "restock"  # back on the shelf: sellable
    DAMAGED = "damaged"  # kept, not sellable
    QUALITY_CONTROL = "quality_control"  # held for inspection
    RETURN_TO_VENDOR = "return_to_vendor"  # held until it ships back to the vendor
    DISPOSE = "dispose"  # thrown away: never enters stock
    NOT_RESTOCKED = "not_restocked"  # the customer keeps it, or it is written off
    NOT_RECEIVED = "not_received"  # expected in a parcel, not in it (missing)

    @property
    def label(self) -> Message:
        """What becomes of the item, in words (the stored and sent value stays the code)."""
        return _DISPOSITION_WORDS[self]

    @property
    def bucket(self) -> StockBucket | None:
        """The bucket the item moves into at the returning store; None: no stock moves."""
        return _BUCKETS[self]

    @property
    def received(self) -> bool:
        """Whether the item is physically there (everything but ``not_received``)."""
        return self is not Disposition.NOT_RECEIVED


_CONDITION_WORDS: Mapping[Condition, Message] = {
    Condition.NEW: message("new"),
    Condition.OPENED: message("opened"),
    Condition.DAMAGED: message("damaged"),
    Condition.DEFECTIVE: message("defective"),
    Condition.WRONG_ITEM: message("wrong item"),
}

_DISPOSITION_WORDS: Mapping[Disposition, Message] = {
    Disposition.RESTOCK: message("restock"),
    Disposition.DAMAGED: message("damaged"),
    Disposition.QUALITY_CONTROL: message("quality control"),
    Disposition.RETURN_TO_VENDOR: message("return to vendor"),
    Disposition.DISPOSE: message("dispose"),
    Disposition.NOT_RESTOCKED: message("not restocked"),
    Disposition.NOT_RECEIVED: message("not received"),
}

_BUCKETS: Mapping[Disposition, StockBucket | None] = {
    Disposition.RESTOCK: StockBucket.SELLABLE,
    Disposition.DAMAGED: StockBucket.DAMAGED,
    Disposition.QUALITY_CONTROL: StockBucket.QUALITY_CONTROL,
    Disposition.RETURN_TO_VENDOR: StockBucket.RETURN_TO_VENDOR,
    Disposition.DISPOSE: None,
    Disposition.NOT_RESTOCKED: None,
    Disposition.NOT_RECEIVED: None,
}

_DEFAULT_DISPOSITION: Mapping[Condition, Disposition] = {
    Condition.NEW: Disposition.RESTOCK,
    Condition.OPENED: Disposition.RESTOCK,
    Condition.DAMAGED: Disposition.DAMAGED,
    Condition.DEFECTIVE: Disposition.RETURN_TO_VENDOR,
    Condition.WRONG_ITEM: Disposition.QUALITY_CONTROL,
}


class OpenedRule(StrEnum):
    """How a category takes back an opened item."""

    ACCEPT = "accept"  # like new
    FEE = "fee"  # less the category's restocking fee
    REFUSE = "refuse"  # not returnable once opened (hygiene, software...)


class Refusal(StrEnum):
    """Why the policy refuses (part of) a return; a manager may override each."""

    OUTSIDE_WINDOW = "outside_window"
    FINAL_SALE = "final_sale"
    OPENED_NOT_RETURNABLE = "opened_not_returnable"
    CONDITION = "condition"  # damaged or the wrong item: nothing to refund
    NO_RECEIPT_LIMIT = "no_receipt_limit"

    @property
    def message(self) -> Message:
        return _MESSAGES[self]


_MESSAGES: Mapping[Refusal, Message] = {
    Refusal.OUTSIDE_WINDOW: message("the return window has passed"),
    Refusal.FINAL_SALE: message("the item was sold as final sale"),
    Refusal.OPENED_NOT_RETURNABLE: message("opened items of this kind cannot be returned"),
    Refusal.CONDITION: message("the item's condition is not refundable"),
    Refusal.NO_RECEIPT_LIMIT: message("the customer's limit for returns without a receipt is "
                                      "reached"),
}


class RmaState(StrEnum):
    """A return authorisation's life: authorised until its parcel is taken in."""

    AUTHORISED = "authorised"
    RECEIVED = "received"
    CANCELLED = "cancelled"


#: Why an RMA that is no longer authorised expects no parcel (a sentence per state: the
#: state's word alone would take the gender of what it is said of in Spanish).
EXPECTS_NOTHING = {RmaState.RECEIVED: message("{number} is received: nothing is expected"),
                   RmaState.CANCELLED: message("{number} is cancelled: nothing is expected")}


@dataclass(frozen=True, slots=True)
class CategoryRule:
    window_days: int = DEFAULT_WINDOW_DAYS
    final_sale: bool = False
    opened: OpenedRule = OpenedRule.ACCEPT
    restocking_fee_rate: Decimal = Decimal(0)  # of the price paid, for opened items under FEE

    def __post_init__(self) -> None:
        if self.window_days < 0:
            raise ValidationError(message("a return window cannot be negative"))
        if not Decimal(0) <= self.restocking_fee_rate <= Decimal(1):
            raise ValidationError(message("a restocking fee is a fraction from 0 to 1, e.g. 0.15"))


@dataclass(frozen=True, slots=True)
class NoReceiptRules:
    """Returns without a receipt: store credit only, at the lowest recent price, limited."""

    allowed: bool = True
    lowest_price_days: int = 30
    window_days: int = 30  # the per-customer limits count over this many days
    max_returns: int = 3
    max_amount_minor: int = 10_000

    def remaining(self, recent: Iterable[tuple[datetime, int]], now: datetime) -> tuple[int, int]:
        """(returns, amount in minor units) a customer may still make without a receipt.

        ``recent``: the customer's earlier no-receipt returns as (moment, amount).
        """
        since = now - timedelta(days=self.window_days)
        inside = [amount for at, amount in recent if since <= at <= now]
        return (max(0, self.max_returns - len(inside)),
                max(0, self.max_amount_minor - sum(inside)))


@dataclass(frozen=True, slots=True)
class ReturnItem:
    """One returned quantity of a SKU, as the policy needs to see it."""

    sku: str
    category: str
    paid_minor: int  # what the customer paid for this quantity (``line_share``)
    condition: Condition = Condition.NEW
    sold_at: datetime | None = None  # None: no receipt


@dataclass(frozen=True, slots=True)
class Verdict:
    """The policy's answer for one item: what it refunds, and why not if it does not."""

    refund_minor: int
    fee_minor: int
    refusals: tuple[Refusal, ...] = ()
    overridden: bool = False  # a manager lifted ``refusals``; the caller journals it

    @property
    def refundable(self) -> bool:
        return not self.refusals or self.overridden

    @property
    def message(self) -> str:
        return "; ".join(r.message for r in self.refusals)


@dataclass(frozen=True, slots=True)
class ReturnPolicy:
    """The chain's (or one store's) return policy; ``to_dict``/``from_dict`` for the wire."""

    default: CategoryRule = field(default_factory=CategoryRule)
    categories: Mapping[str, CategoryRule] = field(default_factory=dict)
    final_sale_skus: frozenset[str] = frozenset()
    no_receipt: NoReceiptRules = field(default_factory=NoReceiptRules)

    def rule(self, category: str) -> CategoryRule:
        return self.categories.get(category, self.default)

    def final_sale(self, sku: str, category: str) -> bool:
        return sku in self.final_sale_skus or self.rule(category).final_sale

    def assess(self, item: ReturnItem, now: datetime, *, override: bool = False) -> Verdict:
        """What ``item`` refunds on ``now``; ``override``: a manager lifts any refusal."""
        rule = self.rule(item.category)
        refusals: list[Refusal] = []
        defective = item.condition is Condition.DEFECTIVE
        if item.sold_at is not None and now > item.sold_at + timedelta(days=rule.window_days):
            refusals.append(Refusal.OUTSIDE_WINDOW)
        if self.final_sale(item.sku, item.category) and not defective:
            refusals.append(Refusal.FINAL_SALE)
        fee = 0
        if item.condition is Condition.OPENED:
            if rule.opened is OpenedRule.REFUSE:
                refusals.append(Refusal.OPENED_NOT_RETURNABLE)
            elif rule.opened is OpenedRule.FEE:
                fee = _fraction(item.paid_minor, rule.restocking_fee_rate)
        if item.condition in (Condition.DAMAGED, Condition.WRONG_ITEM):
            refusals.append(Refusal.CONDITION)
        if refusals and not override:
            return Verdict(0, 0, tuple(refusals))
        return Verdict(item.paid_minor - fee, fee, tuple(refusals), overridden=bool(refusals))

    def to_dict(self) -> dict[str, Any]:
        return {
            "default": _rule_dict(self.default),
            "categories": {name: _rule_dict(r) for name, r in sorted(self.categories.items())},
            "final_sale_skus": sorted(self.final_sale_skus),
            "no_receipt": {
                "allowed": self.no_receipt.allowed,
                "lowest_price_days": self.no_receipt.lowest_price_days,
                "window_days": self.no_receipt.window_days,
                "max_returns": self.no_receipt.max_returns,
                "max_amount_minor": self.no_receipt.max_amount_minor,
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ReturnPolicy:
        """Read a policy as ``to_dict`` writes it; missing parts take their defaults."""
        try:
            nr = dict(data.get("no_receipt") or {})
            return cls(
                default=_rule(data.get("default") or {}),
                categories={str(k): _rule(v) for k, v in (data.get("categories") or {}).items()},
                final_sale_skus=frozenset(str(s) for s in data.get("final_sale_skus") or ()),
                no_receipt=NoReceiptRules(
                    allowed=bool(nr.get("allowed", True)),
                    lowest_price_days=int(nr.get("lowest_price_days", 30)),
                    window_days=int(nr.get("window_days", 30)),
                    max_returns=int(nr.get("max_returns", 3)),
                    max_amount_minor=int(nr.get("max_amount_minor", 10_000)),
                ),
            )
        except (TypeError, ValueError, ArithmeticError) as exc:
            if isinstance(exc, ValidationError):
                raise
            raise ValidationError(message("not a return policy: {reason}"), reason=exc) from exc


def _rule_dict(rule: CategoryRule) -> dict[str, Any]:
    return {"window_days": rule.window_days, "final_sale": rule.final_sale,
            "opened": rule.opened.value, "restocking_fee_rate": str(rule.restocking_fee_rate)}


def _rule(data: Mapping[str, Any]) -> CategoryRule:
    return CategoryRule(
        window_days=int(data.get("window_days", DEFAULT_WINDOW_DAYS)),
        final_sale=bool(data.get("final_sale", False)),
        opened=OpenedRule(data.get("opened", OpenedRule.ACCEPT.value)),
        restocking_fee_rate=Decimal(str(data.get("restocking_fee_rate", "0"))),
    )


def _fraction(minor: int, rate: Decimal) -> int:
    return int((Decimal(minor) * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_share(total_minor: int, sold: Decimal, quantity: Decimal) -> int:
    """What ``quantity`` of a line that sold ``sold`` for ``total_minor`` paid, half-up.

    The last units of a line take what is left, so returning a line in parts
    never refunds more than it paid: call it with the quantity returned so far
    included and subtract what earlier returns refunded.
    """
    if sold <= 0 or quantity < 0 or quantity > sold:
        raise ValidationError(message("cannot return {quantity} of a line that sold {sold}"),
                              quantity=quantity, sold=sold)
    if quantity == sold:
        return total_minor
    return int((Decimal(total_minor) * quantity / sold).quantize(Decimal(1),
                                                                 rounding=ROUND_HALF_UP))


@dataclass(frozen=True, slots=True)
class PricePoint:
    """A price in force from ``since`` on (until the next point)."""

    since: datetime
    price_minor: int


def lowest_price(current_minor: int, history: Iterable[PricePoint], now: datetime,
                 days: int = 30) -> int:
    """The lowest unit price in force at any moment of the last ``days`` days.

    ``history`` may hold any points, old or recent: the one in force when the
    window opened counts, and so does every change inside it.
    """
    start = now - timedelta(days=days)
    points = sorted((p for p in history if p.since <= now), key=lambda p: p.since)
    prices = [current_minor]
    opening = [p for p in points if p.since <= start]
    if opening:
        prices.append(opening[-1].price_minor)
    prices.extend(p.price_minor for p in points if p.since > start)
    return min(prices)


# --- RMA numbers -------------------------------------------------------------------

# Crockford's base 32: no I, L, O or U, so a typed number cannot be misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})
RMA_PREFIX = "RMA"
_BODY = 8


def _check_char(body: str) -> str:
    # Luhn mod 32: catches every single wrong character and most swapped pairs.
    total, factor = 0, 2
    for ch in reversed(body):
        addend = factor * _ALPHABET.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return _ALPHABET[(32 - total % 32) % 32]


def rma_number(value: int) -> str:
    """``RMA`` + 8 base-32 characters + a check character: upper case letters and digits
    only (Code 128 set B, typed or scanned alike), e.g. ``RMA0K7Q2M9XC``."""
    if not 0 <= value < 32**_BODY:
        raise ValueError("an RMA number is drawn from 40 bits")
    body = "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(_BODY)))
    return RMA_PREFIX + body + _check_char(body)


def check_rma_number(text: str) -> str:
    """The RMA number in ``text`` (typed in any case, with spaces or dashes), checked."""
    raw = "".join(ch for ch in text.upper() if ch not in string.whitespace + "-")
    if not raw.startswith(RMA_PREFIX) or len(raw) != len(RMA_PREFIX) + _BODY + 1:
        raise ValidationError(message("{text!r} is not an RMA number (RMA and 9 characters)"),
                              text=text.strip())
    body = raw[len(RMA_PREFIX):].translate(_TYPED)
    if any(ch not in _ALPHABET for ch in body):
        raise ValidationError(message("{text!r} is not an RMA number"), text=text.strip())
    if _check_char(body[:-1]) != body[-1]:
        raise ValidationError(message("{text!r}: the RMA number's check character is wrong"),
                              text=text.strip())
    return RMA_PREFIX + body
