"""A return being put together at the counter, and what it is worth (``ReturnDraft.quote``).

The draft is plain data held by the Returns screen until F12: the original
(or none, for a return without a receipt), the lines chosen with each one's
condition and disposition, the customer, and the cashier's choices (a
manager's override of the policy, a web order's refund paid in cash, store
credit instead of the original tenders, new goods for an exchange).

``quote`` applies the shared policy (``omnipos.domain.returns``) line by
line, and splits the refund back over the original tenders
(``omnipos.domain.refunds``): it never lets more come back than was sold
less what earlier returns took, nor refunds a tender more than it paid.
What stops the return from completing is said in plain words
(``ReturnQuote.stop``); ``action`` is the right it needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from omnipos.domain.cart import Cart
from omnipos.domain.errors import (
    Message,
    NotFoundError,
    StateError,
    UserFacingError,
    ValidationError,
    message,
)
from omnipos.domain.permissions import Action
from omnipos.domain.quantities import quantity_text
from omnipos.domain.refunds import RefundShare, allocate_refund, store_credit_only
from omnipos.domain.returns import (
    Condition,
    Disposition,
    Refusal,
    ReturnItem,
    ReturnPolicy,
    line_share,
)
from omnipos.domain.tenders import TenderKind
from omnipos.services.returns.original import Original

__all__ = ["DraftLine", "QuotedLine", "ReturnDraft", "ReturnQuote"]


@dataclass(slots=True)
class DraftLine:
    """Some units coming back, all in one condition."""

    sku: str
    name: str
    category: str
    qty: Decimal
    sale_line_no: int | None = None  # the original's line; None without a receipt
    condition: Condition = Condition.NEW
    disposition: Disposition = Disposition.RESTOCK
    reason: str = ""
    # Without a receipt: one unit's worth (lowest price of the last 30 days, tax included).
    unit_paid_minor: int = 0
    unit_tax_minor: int = 0

    @property
    def qty_text(self) -> str:
        return quantity_text(self.qty)


@dataclass(frozen=True, slots=True)
class QuotedLine:
    line: DraftLine
    paid_minor: int  # what these units paid (the most they can refund)
    refund_minor: int
    fee_minor: int
    tax_minor: int  # the tax inside refund_minor
    refusals: tuple[Refusal, ...] = ()


@dataclass(frozen=True, slots=True)
class ReturnQuote:
    lines: tuple[QuotedLine, ...]
    refund_minor: int
    fee_minor: int
    # Where the refund goes: back to tenders, store credit, and the exchange's share.
    shares: tuple[RefundShare, ...]
    refusals: tuple[Refusal, ...]  # what the policy refuses (lifted when ``overridden``)
    overridden: bool
    action: Action
    exchange_total_minor: int = 0  # the new goods of an exchange
    exchange_minor: int = 0  # the part of the refund that pays for them
    # What stops it besides the policy's refusals (``refused``): no lines, no customer...
    problems: tuple[UserFacingError, ...] = ()

    @property
    def refused(self) -> bool:
        """The policy refuses part of it and no manager has overridden that yet."""
        return bool(self.refusals) and not self.overridden

    @property
    def refusal_words(self) -> str:
        return "; ".join(r.message for r in self.refusals)

    @property
    def ready(self) -> bool:
        return not self.problems and not self.refused

    @property
    def why_not(self) -> UserFacingError | None:
        """What keeps it from completing (None when ready): the screen says it in the till's
        language, ``complete`` raises it."""
        if self.problems:
            return self.problems[0]
        if self.refused:
            return StateError(message("the return policy refuses this: {refusals} (a manager may "
                                      "override)"),
                              refusals=_listed([r.message for r in self.refusals]))
        return None

    @property
    def stop(self) -> str:
        """What keeps it from completing, in English words ("" when ready)."""
        return str(self.why_not) if self.why_not is not None else ""

    @property
    def due_minor(self) -> int:
        """What the customer still pays for an exchange's new goods."""
        return self.exchange_total_minor - self.exchange_minor

    @property
    def cash_minor(self) -> int:
        """Cash paid out of the drawer."""
        return sum(s.amount_minor for s in self.shares if s.kind is TenderKind.CASH)


def _times(minor: int, qty: Decimal) -> int:
    return int((Decimal(minor) * qty).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _whole(qty: Decimal) -> bool:
    return qty == qty.to_integral_value()


@dataclass
class ReturnDraft:
    policy: ReturnPolicy
    currency: str
    original: Original | None = None
    lines: list[DraftLine] = field(default_factory=list)
    customer_id: str | None = None
    customer_name: str = ""
    # The customer's recent returns without a receipt: (moment, amount), for the limits.
    recent_no_receipt: tuple[tuple[datetime, int], ...] = ()
    override: bool = False  # a manager lifts the policy's refusals
    override_reason: str = ""
    cash_for_channel: bool = False  # a web order's refund paid from the drawer
    store_credit: bool = False  # the refund as store credit instead of the original tenders
    exchange: Cart | None = None

    @property
    def no_receipt(self) -> bool:
        return self.original is None

    # -- choosing what comes back ---------------------------------------------------------

    def chosen(self, sale_line_no: int, *, besides: DraftLine | None = None) -> Decimal:
        return sum((ln.qty for ln in self.lines
                    if ln.sale_line_no == sale_line_no and ln is not besides), Decimal(0))

    def room(self, sale_line_no: int, *, besides: DraftLine | None = None) -> Decimal:
        """What may still be chosen of an original line: sold, less returned, less chosen."""
        if self.original is None:
            raise ValidationError(message("there is no receipt to choose from"))
        line = self.original.line(sale_line_no)
        return line.returnable - self.chosen(sale_line_no, besides=besides)

    def _limit(self, sale_line_no: int, qty: Decimal, besides: DraftLine | None) -> None:
        assert self.original is not None
        line = self.original.line(sale_line_no)
        room = self.room(sale_line_no, besides=besides)
        if qty > room:
            back = quantity_text(line.returned_qty)
            raise ValidationError(
                message("{name}: at most {room} more can come back ({sold} sold, {back} returned "
                        "before)"),
                name=line.name, room=quantity_text(max(room, Decimal(0))),
                sold=quantity_text(line.qty), back=back)

    def select(self, sale_line_no: int, qty: Decimal | None = None) -> DraftLine:
        """One more unit of an original line (all that is left of a weighed line) comes back."""
        if self.original is None:
            raise ValidationError(message("there is no receipt to choose from"))
        try:
            line = self.original.line(sale_line_no)
        except KeyError:
            raise NotFoundError(message("the receipt has no line {sale_line_no}"),
                                sale_line_no=sale_line_no) from None
        if qty is None:
            qty = Decimal(1) if _whole(line.qty) else self.room(sale_line_no)
        if qty <= 0:
            raise ValidationError(message("{name}: everything sold has already come back"),
                                  name=line.name)
        self._limit(sale_line_no, qty, None)
        for existing in self.lines:  # more of a line already chosen, as new: one line
            if (existing.sale_line_no == sale_line_no and existing.condition is Condition.NEW
                    and existing.disposition is Disposition.RESTOCK):
                existing.qty += qty
                return existing
        chosen = DraftLine(line.sku, line.name, line.category, qty, sale_line_no)
        self.lines.append(chosen)
        return chosen

    def select_sku(self, sku: str) -> DraftLine:
        """A scanned item: one more unit of the first line of the receipt that sold it."""
        if self.original is None:
            raise ValidationError(message("there is no receipt to choose from"))
        lines = [ln for ln in self.original.lines if ln.sku == sku]
        if not lines:
            raise NotFoundError(message("{sku} is not on {label}"),
                                sku=sku, label=self.original.label)
        for line in lines:
            if self.room(line.line_no) > 0:
                return self.select(line.line_no)
        first = lines[0]
        raise ValidationError(message("{name}: everything {label} sold of it is already coming "
                                      "back or was returned before"),
                              name=first.name, label=self.original.label)

    def add_unreceipted(self, sku: str, name: str, category: str, unit_paid_minor: int,
                        unit_tax_minor: int, qty: Decimal = Decimal(1)) -> DraftLine:
        """An item brought back without a receipt, valued at its lowest recent price."""
        if self.original is not None:
            raise ValidationError(message("this return has a receipt: choose from its lines"))
        for existing in self.lines:
            if existing.sku == sku and existing.condition is Condition.NEW:
                existing.qty += qty
                return existing
        line = DraftLine(sku, name, category, qty, None, unit_paid_minor=unit_paid_minor,
                         unit_tax_minor=unit_tax_minor)
        self.lines.append(line)
        return line

    def _at(self, index: int) -> DraftLine:
        if not 0 <= index < len(self.lines):
            raise NotFoundError(message("choose a line of the return first"))
        return self.lines[index]

    def set_quantity(self, index: int, qty: Decimal) -> DraftLine:
        line = self._at(index)
        if qty <= 0:
            raise ValidationError(message("a quantity is more than zero (Del takes the line off)"))
        if line.sale_line_no is not None:
            self._limit(line.sale_line_no, qty, line)
        line.qty = qty
        return line

    def set_condition(self, index: int, condition: Condition) -> DraftLine:
        """The item's condition; its disposition follows unless it was chosen by hand."""
        line = self._at(index)
        if line.disposition is line.condition.default_disposition:
            line.disposition = condition.default_disposition
        line.condition = condition
        return line

    def set_disposition(self, index: int, disposition: Disposition) -> DraftLine:
        if not disposition.received:
            raise ValidationError(message("an item at the counter is there: choose what becomes "
                                          "of it"))
        line = self._at(index)
        line.disposition = disposition
        return line

    def remove(self, index: int) -> DraftLine:
        self._at(index)
        return self.lines.pop(index)

    # -- what it is worth -----------------------------------------------------------------

    def _paid(self, line: DraftLine, before: Decimal) -> tuple[int, int]:
        """(paid, tax inside it) of ``line``'s units, after ``before`` units of its original
        line came back: each unit's share, the last ones taking what is left."""
        if line.sale_line_no is None or self.original is None:
            return _times(line.unit_paid_minor, line.qty), _times(line.unit_tax_minor, line.qty)
        o = self.original.line(line.sale_line_no)
        upto = o.returned_qty + before + line.qty
        start = o.returned_qty + before

        def share(total: int) -> int:
            return line_share(total, o.qty, upto) - line_share(total, o.qty, start)

        return share(o.paid_minor), share(o.tax_minor)

    def quote(self, now: datetime) -> ReturnQuote:
        """What the return refunds, where the money goes, and what stops it if anything."""
        problems: list[UserFacingError] = []
        quoted: list[QuotedLine] = []
        refusals: list[Refusal] = []
        seen: dict[int, Decimal] = {}
        sold_at = self.original.created_at if self.original is not None else None
        for line in self.lines:
            before = seen.get(line.sale_line_no or 0, Decimal(0))
            paid, tax = self._paid(line, before)
            if line.sale_line_no is not None:
                seen[line.sale_line_no] = before + line.qty
            verdict = self.policy.assess(
                ReturnItem(line.sku, line.category, paid, line.condition, sold_at), now,
                override=self.override)
            tax_in = (tax * verdict.refund_minor // paid) if paid else 0
            quoted.append(QuotedLine(replace(line), paid, verdict.refund_minor, verdict.fee_minor,
                                     tax_in, verdict.refusals))
            refusals.extend(r for r in verdict.refusals if r not in refusals)
        refund = sum(q.refund_minor for q in quoted)
        if not self.lines:
            problems.append(ValidationError(message("scan or choose what comes back")))
        if self.no_receipt:
            rules = self.policy.no_receipt
            if not rules.allowed:
                problems.append(StateError(message("this store takes no returns without a "
                                                   "receipt")))
            if self.customer_id is None:
                problems.append(ValidationError(message("a return without a receipt needs the "
                                                        "customer: find or add them")))
            count_left, amount_left = rules.remaining(self.recent_no_receipt, now)
            if self.lines and (count_left < 1 or refund > amount_left):
                refusals.append(Refusal.NO_RECEIPT_LIMIT)
        exchange_total = self.exchange.view().totals.total_minor if self.exchange else 0
        exchange_minor = min(refund, exchange_total)
        shares = self._shares(refund - exchange_minor, problems)
        if exchange_minor:
            shares = [RefundShare(TenderKind.EXCHANGE, exchange_minor), *shares]
        overridden = bool(refusals) and self.override
        if overridden or self.cash_for_channel:
            action = Action.RETURN_OVERRIDE
        elif self.no_receipt:
            action = Action.REFUND_NO_RECEIPT
        else:
            action = Action.REFUND
        return ReturnQuote(tuple(quoted), refund, sum(q.fee_minor for q in quoted),
                           tuple(shares), tuple(refusals), overridden, action, exchange_total,
                           exchange_minor, tuple(problems))

    def _shares(self, amount: int, problems: list[UserFacingError]) -> list[RefundShare]:
        if amount <= 0:
            return []
        if self.no_receipt or self.store_credit:
            if self.customer_id is None:
                if self.store_credit:
                    problems.append(ValidationError(message("store credit needs the customer: "
                                                            "find or add them")))
                return []
            return store_credit_only(amount, self.customer_id)
        assert self.original is not None
        try:
            shares = allocate_refund(amount, self.original.tenders, currency=self.currency)
        except ValidationError as exc:
            problems.append(exc)
            return []
        if self.cash_for_channel:
            shares = [replace(s, kind=TenderKind.CASH) if s.kind is TenderKind.CHANNEL else s
                      for s in shares]
        return shares


def _listed(words: list[Message]) -> Message | StateError:
    """Marked words one after the other ("a; b; c"), each said in the till's language (a value
    that is an error is said as its own words)."""
    first, *rest = words
    if not rest:
        return first
    return StateError(message("{first}; {rest}"), first=first, rest=_listed(rest))
