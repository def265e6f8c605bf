"""The cart: lines being sold, their discounts and overrides, and their totals.

A cart lives in memory while the cashier scans; it is stored when it is paid
(a sale) or parked. Totals always come from the tax engine in ``tax``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from omnipos.domain import tax
from omnipos.domain.errors import NotFoundError, ValidationError, message

MAX_UNITS = 9999
# The SKU of an open-price line (unlabelled goods sold at a price the cashier types);
# no catalog product has it, so it moves no stock.
OPEN_PRICE_SKU = "OPEN-PRICE"
MAX_WEIGHT = Decimal(9999)
WEIGHT_PLACES = 3  # kilograms to the gram


def line_subject(line_id: str) -> str:
    """How approvals and journal entries name one line of a cart."""
    return f"line:{line_id}"


def sale_subject(cart_id: str) -> str:
    """How approvals and journal entries name a whole sale (its cart)."""
    return f"sale:{cart_id}"


class SoldBy(StrEnum):
    UNIT = "unit"
    WEIGHT = "weight"


@dataclass(frozen=True, slots=True)
class ProductInfo:
    """What the till needs to sell a product; read from the catalog."""

    product_id: int
    sku: str
    name: str
    price_minor: int
    tax_class: str
    sold_by: str = SoldBy.UNIT
    brand: str = ""
    gtin: str = ""

    @classmethod
    def open_price(cls, description: str, price_minor: int, tax_class: str) -> ProductInfo:
        """An unlabelled item: what the cashier calls it, at the price typed in."""
        name = " ".join((description or "").split()) or "Unlabelled item"
        if len(name) > 200:
            raise ValidationError(message("the description is longer than 200 characters"))
        return cls(0, OPEN_PRICE_SKU, name, price_minor, tax_class)

    @property
    def is_open_price(self) -> bool:
        return is_open_price(self.product_id, self.sku)


def is_open_price(product_id: int | None, sku: str) -> bool:
    """Whether a line (in a cart or a stored sale) is an open-price item."""
    return not product_id and sku == OPEN_PRICE_SKU


class MergeScans(StrEnum):
    """What a repeat scan of the same item does (store setting ``selling.merge_repeat_scans``)."""

    LAST_LINE = "last"  # adds to the line just scanned (A, A, B, A gives A x2, B, A)
    SAME_ITEM = "item"  # adds to the item's line wherever it is in the sale (A x3, B)
    OFF = "off"  # every scan is a line of its own


@dataclass(frozen=True, slots=True)
class SaleCustomer:
    """The customer a sale is for (from the directory): who, as the screen names them."""

    customer_id: str
    name: str


class DiscountKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Discount:
    """A percentage (``Decimal("15")`` = 15 %) or an amount in minor units."""

    kind: DiscountKind
    value: Decimal | int
    reason: str = ""

    def __post_init__(self) -> None:
        if self.kind is DiscountKind.PERCENT:
            pct = Decimal(self.value)
            if not pct.is_finite() or pct <= 0 or pct > 100:
                raise ValidationError(message("a percentage discount must be above 0 and at most "
                                              "100"))
        else:
            if not isinstance(self.value, int) or isinstance(self.value, bool) or self.value <= 0:
                raise ValidationError(message("a discount amount must be a positive amount"))

    @classmethod
    def percent(cls, pct: Decimal | str, reason: str = "") -> Discount:
        try:
            value = Decimal(str(pct))
        except InvalidOperation as exc:
            raise ValidationError(message("discount {pct!r} is not a number"), pct=pct) from exc
        return cls(DiscountKind.PERCENT, value, reason)

    @classmethod
    def amount(cls, minor: int, reason: str = "") -> Discount:
        return cls(DiscountKind.AMOUNT, minor, reason)

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind.value, "value": str(self.value), "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Discount:
        kind = DiscountKind(data["kind"])
        value: Decimal | int = (
            Decimal(data["value"]) if kind is DiscountKind.PERCENT else int(data["value"])
        )
        return cls(kind, value, data.get("reason", ""))


def parse_quantity(value: Decimal | int | str, sold_by: str) -> Decimal:
    """A quantity within the bounds for how the product is sold."""
    try:
        qty = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValidationError(message("quantity {value!r} is not a number"), value=value) from exc
    if not qty.is_finite():
        raise ValidationError(message("quantity {value!r} is not a number"), value=value)
    if sold_by == SoldBy.WEIGHT:
        if qty <= 0 or qty > MAX_WEIGHT:
            raise ValidationError(message("weight must be above 0 and at most {MAX_WEIGHT} kg"),
                                  MAX_WEIGHT=MAX_WEIGHT)
        if -qty.as_tuple().exponent > WEIGHT_PLACES:  # type: ignore[operator]
            raise ValidationError(message("weight has more than 3 decimals (grams)"))
        # 10.000 kg is 10, not Decimal("1E+1") (normalize()), which no decimal field accepts.
        return Decimal(int(qty)) if qty == qty.to_integral_value() else qty
    if qty != qty.to_integral_value():
        raise ValidationError(message("quantity {value} must be a whole number for this item"),
                              value=value)
    if qty < 1 or qty > MAX_UNITS:
        raise ValidationError(message("quantity must be from 1 to {MAX_UNITS}"),
                              MAX_UNITS=MAX_UNITS)
    return Decimal(int(qty))


@dataclass(slots=True)
class CartLine:
    line_id: str
    product: ProductInfo
    qty: Decimal
    unit_price_minor: int  # after any override
    discount: Discount | None = None
    original_price_minor: int | None = None  # set when the price was overridden
    override_reason: str = ""
    embedded: bool = False  # price/weight came from the barcode; not merged with others

    def gross_minor(self, currency: str) -> int:
        return tax.line_amount(self.unit_price_minor, self.qty, currency)

    def line_discount_minor(self, currency: str) -> int:
        if self.discount is None:
            return 0
        gross = self.gross_minor(currency)
        if self.discount.kind is DiscountKind.PERCENT:
            return tax.percent_of(gross, Decimal(self.discount.value), currency)
        return min(int(self.discount.value), gross)


@dataclass(frozen=True, slots=True)
class LineView:
    line_id: str
    sku: str
    name: str
    qty: Decimal
    sold_by: str
    unit_price_minor: int
    discount_minor: int  # line discount plus its share of the order discount
    total_minor: int
    tax_class: str
    tax_minor: int
    overridden: bool


@dataclass(frozen=True, slots=True)
class CartTotals:
    currency: str
    subtotal_minor: int  # sum of line amounts before discounts
    discount_minor: int  # line and order discounts
    tax_by_class: dict[str, int]
    base_by_class: dict[str, int]
    tax_minor: int
    total_minor: int
    prices_include_tax: bool


@dataclass(frozen=True, slots=True)
class CartView:
    """An immutable snapshot of the cart for display and receipts."""

    lines: tuple[LineView, ...]
    totals: CartTotals
    order_discount: Discount | None
    customer: SaleCustomer | None = None

    @property
    def is_empty(self) -> bool:
        return not self.lines


@dataclass(slots=True)
class Cart:
    policy: tax.TaxPolicy
    lines: list[CartLine] = field(default_factory=list)
    order_discount: Discount | None = None
    cart_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    merge: MergeScans = MergeScans.LAST_LINE
    customer: SaleCustomer | None = None
    # What managers allowed beyond the discount limit: subject (a line or the sale)
    # -> the most it may take off, in minor units (``omnipos.domain.discounts``).
    discount_approvals: dict[str, int] = field(default_factory=dict)
    # The last view and what it was computed from (see ``view``).
    _last_view: tuple[tuple[Any, ...], CartView] | None = field(
        default=None, init=False, repr=False, compare=False)

    @property
    def currency(self) -> str:
        return self.policy.currency

    def line(self, line_id: str) -> CartLine:
        for line in self.lines:
            if line.line_id == line_id:
                return line
        raise NotFoundError(message("that line is no longer in the sale"))

    def add(
        self,
        product: ProductInfo,
        qty: Decimal | int | str = 1,
        *,
        price_minor: int | None = None,
    ) -> CartLine:
        """Add a product. A repeat of a unit item adds to its line as ``merge`` says."""
        self.policy.rate(product.tax_class)
        quantity = parse_quantity(qty, product.sold_by)
        embedded = price_minor is not None
        if price_minor is not None and price_minor < 0:
            raise ValidationError(message("a price cannot be negative"))
        same = None if embedded else self._line_to_merge(product)
        if same is not None:
            self.set_quantity(same.line_id, same.qty + quantity)
            return same
        line = CartLine(
            line_id=str(uuid.uuid4()),
            product=product,
            qty=quantity,
            unit_price_minor=product.price_minor if price_minor is None else price_minor,
            embedded=embedded,
        )
        # A new line only adds to the totals, so no discount can turn negative.
        self.lines.append(line)
        return line

    def _line_to_merge(self, product: ProductInfo) -> CartLine | None:
        """The line a repeat scan of ``product`` adds to, by the store's setting."""
        if product.sold_by != SoldBy.UNIT or self.merge is MergeScans.OFF or not self.lines:
            return None
        candidates = self.lines[-1:] if self.merge is MergeScans.LAST_LINE else self.lines
        for line in reversed(candidates):
            if (line.product.product_id == product.product_id and not line.embedded
                    and line.discount is None and line.original_price_minor is None):
                return line
        return None

    def set_quantity(self, line_id: str, qty: Decimal | int | str) -> CartLine:
        line = self.line(line_id)
        quantity = parse_quantity(qty, line.product.sold_by)
        old = line.qty
        line.qty = quantity
        try:
            self._check_totals()
        except ValidationError:
            line.qty = old
            raise
        return line

    def remove(self, line_id: str) -> CartLine:
        line = self.line(line_id)
        self.lines.remove(line)
        self.discount_approvals.pop(line_subject(line_id), None)
        if not self.lines:
            self.order_discount = None
            self.discount_approvals.clear()
        return line

    def set_line_discount(self, line_id: str, discount: Discount | None) -> CartLine:
        line = self.line(line_id)
        if (
            discount is not None
            and discount.kind is DiscountKind.AMOUNT
            and int(discount.value) > line.gross_minor(self.currency)
        ):
            raise ValidationError(message("a discount cannot exceed the line amount"))
        old = line.discount
        line.discount = discount
        try:
            self._check_totals()
        except ValidationError:
            line.discount = old
            raise
        return line

    def set_order_discount(self, discount: Discount | None) -> None:
        old = self.order_discount
        self.order_discount = discount
        try:
            self._check_totals()
        except ValidationError:
            self.order_discount = old
            raise

    def override_price(self, line_id: str, price_minor: int, reason: str) -> CartLine:
        if not reason.strip():
            raise ValidationError(message("a price override needs a reason"))
        if isinstance(price_minor, bool) or not isinstance(price_minor, int) or price_minor < 0:
            raise ValidationError(message("a price cannot be negative"))
        line = self.line(line_id)
        if line.original_price_minor is None:
            line.original_price_minor = line.unit_price_minor
        line.unit_price_minor = price_minor
        line.override_reason = reason.strip()
        if (
            line.discount is not None
            and line.discount.kind is DiscountKind.AMOUNT
            and int(line.discount.value) > line.gross_minor(self.currency)
        ):
            line.discount = None  # an amount off no longer fits the new price
        return line

    # -- totals ---------------------------------------------------------------

    def _amounts(self) -> tuple[list[int], list[int], list[int]]:
        """Gross, line-discounted and final (after order discount) amounts per line."""
        cur = self.currency
        gross = [ln.gross_minor(cur) for ln in self.lines]
        after_line = [g - ln.line_discount_minor(cur)
                      for g, ln in zip(gross, self.lines, strict=True)]
        order_off = self._order_discount_minor(sum(after_line))
        final = _spread_reduction(after_line, order_off)
        return gross, after_line, final

    def _order_discount_minor(self, base: int) -> int:
        d = self.order_discount
        if d is None or base <= 0:
            return 0
        if d.kind is DiscountKind.PERCENT:
            return tax.percent_of(base, Decimal(d.value), self.currency)
        if int(d.value) > base:
            raise ValidationError(message("the order discount cannot exceed the sale amount"))
        return int(d.value)

    def _check_totals(self) -> None:
        self._amounts()

    def view(self) -> CartView:
        """The lines and totals as they are now, computed once for each state of the cart
        (paying asks at the payment's start and again as it stores the sale)."""
        key = self._view_key()
        last = self._last_view
        if last is not None and last[0] == key:
            return last[1]
        view = self._computed_view()
        self._last_view = (key, view)
        return view

    def _view_key(self) -> tuple[Any, ...]:
        """Everything a view is computed from (a line's values: a CartLine changes in place)."""
        return (self.policy, self.order_discount, self.customer,
                tuple((ln.line_id, ln.product, ln.qty, ln.unit_price_minor, ln.discount,
                       ln.original_price_minor) for ln in self.lines))

    def _computed_view(self) -> CartView:
        gross, _after_line, final = self._amounts()
        breakdown = tax.compute(
            [(amt, ln.product.tax_class) for amt, ln in zip(final, self.lines, strict=True)],
            self.policy,
        )
        lines = tuple(
            LineView(
                line_id=ln.line_id,
                sku=ln.product.sku,
                name=ln.product.name,
                qty=ln.qty,
                sold_by=ln.product.sold_by,
                unit_price_minor=ln.unit_price_minor,
                discount_minor=g - f,
                total_minor=f,
                tax_class=ln.product.tax_class,
                tax_minor=t,
                overridden=ln.original_price_minor is not None,
            )
            for ln, g, f, t in zip(self.lines, gross, final, breakdown.line_tax,
                                   strict=True)
        )
        totals = CartTotals(
            currency=self.currency,
            subtotal_minor=sum(gross),
            discount_minor=sum(gross) - sum(final),
            tax_by_class=breakdown.tax_by_class,
            base_by_class=breakdown.base_by_class,
            tax_minor=breakdown.tax_total,
            total_minor=breakdown.total,
            prices_include_tax=self.policy.prices is tax.PriceMode.INCLUSIVE,
        )
        return CartView(lines=lines, totals=totals, order_discount=self.order_discount,
                        customer=self.customer)

    def totals(self) -> CartTotals:
        return self.view().totals

    # -- parking ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "cart_id": self.cart_id,
            "order_discount": self.order_discount.to_dict() if self.order_discount else None,
            "customer": ({"customer_id": self.customer.customer_id, "name": self.customer.name}
                         if self.customer else None),
            "discount_approvals": dict(self.discount_approvals),
            "lines": [
                {
                    "line_id": ln.line_id,
                    "product": {
                        "product_id": ln.product.product_id,
                        "sku": ln.product.sku,
                        "name": ln.product.name,
                        "price_minor": ln.product.price_minor,
                        "tax_class": ln.product.tax_class,
                        "sold_by": str(ln.product.sold_by),
                        "brand": ln.product.brand,
                        "gtin": ln.product.gtin,
                    },
                    "qty": str(ln.qty),
                    "unit_price_minor": ln.unit_price_minor,
                    "discount": ln.discount.to_dict() if ln.discount else None,
                    "original_price_minor": ln.original_price_minor,
                    "override_reason": ln.override_reason,
                    "embedded": ln.embedded,
                }
                for ln in self.lines
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], policy: tax.TaxPolicy,
                  merge: MergeScans = MergeScans.LAST_LINE) -> Cart:
        cart = cls(policy=policy, cart_id=data.get("cart_id") or str(uuid.uuid4()), merge=merge)
        for item in data.get("lines", []):
            cart.lines.append(
                CartLine(
                    line_id=item["line_id"],
                    product=ProductInfo(**item["product"]),
                    qty=Decimal(item["qty"]),
                    unit_price_minor=int(item["unit_price_minor"]),
                    discount=Discount.from_dict(item["discount"]) if item.get("discount") else None,
                    original_price_minor=item.get("original_price_minor"),
                    override_reason=item.get("override_reason", ""),
                    embedded=bool(item.get("embedded", False)),
                )
            )
        if data.get("order_discount"):
            cart.order_discount = Discount.from_dict(data["order_discount"])
        if data.get("customer"):
            cart.customer = SaleCustomer(str(data["customer"]["customer_id"]),
                                         str(data["customer"].get("name", "")))
        cart.discount_approvals = {
            str(k): int(v) for k, v in (data.get("discount_approvals") or {}).items()
        }
        return cart

    def restore(self, data: dict[str, Any]) -> None:
        """Put the cart back as ``to_dict`` saw it (a change no one approved)."""
        back = Cart.from_dict(data, self.policy)
        self.lines[:] = back.lines
        self.order_discount = back.order_discount
        self.discount_approvals = back.discount_approvals

    def copy_with_policy(self, policy: tax.TaxPolicy) -> Cart:
        return replace(self, policy=policy)


def _spread_reduction(amounts: list[int], reduction: int) -> list[int]:
    """Take ``reduction`` off the amounts in proportion (largest remainder); none goes below 0."""
    total = sum(amounts)
    if reduction <= 0 or total <= 0:
        return list(amounts)
    exact = [Decimal(reduction) * a / total for a in amounts]
    shares = [int(e) for e in exact]
    left = reduction - sum(shares)
    order = sorted(range(len(amounts)), key=lambda i: (shares[i] - exact[i], i))
    for i in order[:left]:
        shares[i] += 1
    return [a - s for a, s in zip(amounts, shares, strict=True)]
