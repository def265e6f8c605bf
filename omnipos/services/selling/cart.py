"""Building the cart: scan or look up items, quantities, discounts, price overrides, voids.

Price overrides and voids need the right (or a manager's override) and are
journalled; every change that can take a discount beyond the store limit
(a discount, a quantity, a void, a price) holds the limit in the same
transaction (``limits``), which stores the open sale as it is after the
change (``open_sale``). Scans are pure cart work: the caller stores the open
sale right after (``keep``), so the scan itself stays a look-up and an
append. While tenders are taken, the cart does not change.
"""

from __future__ import annotations

from decimal import Decimal

from omnipos.db import catalog
from omnipos.db.models import Customer
from omnipos.domain.barcodes import parse_scan
from omnipos.domain.cart import (
    Cart,
    CartLine,
    Discount,
    ProductInfo,
    SaleCustomer,
    line_subject,
    sale_subject,
)
from omnipos.domain.discounts import describe, over_limit
from omnipos.domain.entry import looks_like_words, parse_entry
from omnipos.domain.errors import NotFoundError, ValidationError, message, phrase
from omnipos.domain.money import Money
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.spelling import Matches
from omnipos.services import authz
from omnipos.services.selling.limits import DiscountLimits

__all__ = ["CartBuilding", "NotACode"]


class NotACode(NotFoundError):
    """Words typed in the scan field that name no SKU: the till searches for them instead."""

    def __init__(self, words: str) -> None:
        super().__init__(message("No product with SKU {sku}"), sku=words)
        self.words = words


class CartBuilding(DiscountLimits):
    """The use cases that change what is in the cart before payment."""

    def lookup(self, code: str) -> tuple[ProductInfo, Decimal | int, int | None]:
        """Find what a scanned or typed code sells: (product, quantity, embedded price)."""
        text = (code or "").strip()
        if not text:
            raise ValidationError(message("nothing was scanned"))
        try:
            scan = parse_scan(text, self.store.layout)
        except ValidationError as exc:
            product = self._by_sku(text)
            if product is None:
                if looks_like_words(text):
                    raise NotACode(text) from exc
                raise ValidationError(message("{code}: {reason}"), code=text, reason=exc) from exc
            return product, 1, None
        with self.db.read() as session:
            product = None
            if scan.lookup_gtin:
                product = catalog.find_by_gtin(session, scan.lookup_gtin)
            if product is None:
                product = catalog.find_by_sku(session, scan.code)
        if product is None:
            if scan.kind == "other" and looks_like_words(text):
                raise NotACode(text)
            raise NotFoundError(message("No product for code {code}"), code=text)
        if scan.embedded_weight is not None:
            return product, scan.embedded_weight, None
        return product, 1, scan.embedded_price_minor

    def _by_sku(self, sku: str) -> ProductInfo | None:
        with self.db.read() as session:
            return catalog.find_by_sku(session, sku)

    def scan(self, cart: Cart, code: str) -> CartLine:
        """Add what a code names to the cart (``3*CODE``: three of it).

        Unknown or invalid codes raise, naming the code; words that name no SKU
        raise ``NotACode`` so the caller can search for them.
        """
        self._no_tenders(cart)
        entry = parse_entry(code)
        product, qty, price = self.lookup(entry.code)
        if entry.qty is not None:
            if price is not None or qty != 1:
                raise ValidationError(
                    message("{code}: the label carries its own weight or price; scan it alone"),
                    code=entry.code)
            qty = entry.qty
        return cart.add(product, qty, price_minor=price)

    def add_sku(self, cart: Cart, sku: str, qty: Decimal | int | str = 1) -> CartLine:
        product = self._by_sku(sku)
        if product is None:
            raise NotFoundError(message("No product with SKU {sku}"), sku=sku)
        self._no_tenders(cart)
        return cart.add(product, qty)

    def add_product(self, cart: Cart, product: ProductInfo,
                    qty: Decimal | int | str = 1) -> CartLine:
        self._no_tenders(cart)
        return cart.add(product, qty)

    def add_open_price(self, cart: Cart, description: str, price_minor: int, tax_class: str, *,
                       actor: Actor | None = None,
                       override: ManagerOverride | None = None) -> CartLine:
        """An unlabelled item at a typed price: its own right (or an override), journalled."""
        if isinstance(price_minor, bool) or not isinstance(price_minor, int) or price_minor <= 0:
            raise ValidationError(message("type the price of the item (above 0)"))
        product = ProductInfo.open_price(description, price_minor, tax_class)
        self._no_tenders(cart)
        with self._changing(cart, actor=actor) as (session, draft):
            permit = authz.permit(
                session, actor, Action.OPEN_PRICE, override, now=self._clock(),
                subject=sale_subject(cart.cart_id), amount_minor=price_minor,
                what=phrase(message("{name} at {price}"), name=product.name,
                            price=Money(price_minor, cart.currency)),
                on_behalf=self.acting_name(actor),
            )
            # The price as typed stays with the line (embedded: never merged with another).
            line = draft.add(product, 1, price_minor=price_minor)
            permit.journal("open_price.added", {
                "cart_id": cart.cart_id, "name": product.name, "price_minor": price_minor,
                "tax_class": tax_class,
            })
        return line

    def set_customer(self, cart: Cart, customer_id: str | None) -> SaleCustomer | None:
        """The sale is for this customer of the directory (None: for nobody in particular)."""
        if customer_id is None:
            cart.customer = None
            return None
        with self.db.read() as session:
            row = session.get(Customer, customer_id)
            if row is None:
                raise NotFoundError(message("that customer is not in this till's directory"))
            cart.customer = SaleCustomer(row.id, row.name)
        return cart.customer

    def search(self, text: str, limit: int = 50) -> Matches:
        with self.db.read() as session:
            return catalog.search(session, text, limit=limit)

    def set_quantity(self, cart: Cart, line_id: str, qty: Decimal | int | str, *,
                     actor: Actor | None = None,
                     override: ManagerOverride | None = None) -> CartLine:
        """A new quantity; refused when it takes the line's discount beyond the limit."""
        return self.changed(cart, lambda draft: draft.set_quantity(line_id, qty),
                            line_subject(line_id), actor=actor, override=override)

    def set_line_discount(self, cart: Cart, line_id: str, discount: Discount | None, *,
                          actor: Actor | None = None,
                          override: ManagerOverride | None = None) -> CartLine:
        """A discount over the store limit needs the right or an override (journalled)."""
        return self.changed(cart, lambda draft: draft.set_line_discount(line_id, discount),
                            line_subject(line_id), actor=actor, override=override)

    def set_order_discount(self, cart: Cart, discount: Discount | None, *,
                           actor: Actor | None = None,
                           override: ManagerOverride | None = None) -> None:
        """A discount on the whole sale, counted on top of the line discounts."""
        self.changed(cart, lambda draft: draft.set_order_discount(discount),
                     sale_subject(cart.cart_id), actor=actor, override=override)

    def void_line(self, cart: Cart, line_id: str, *, actor: Actor | None = None,
                  override: ManagerOverride | None = None) -> CartLine:
        """Take a line off the sale; journalled. Staff rights and the discount limit hold."""
        self._no_tenders(cart)
        line = cart.line(line_id)
        amount = line.gross_minor(cart.currency)
        with self._changing(cart, actor=actor) as (session, draft):
            permit = authz.permit(
                session, actor, Action.VOID_LINE, override, now=self._clock(),
                subject=line_subject(line_id), amount_minor=amount,
                what=phrase(message("{name}, {amount}"), name=line.product.name,
                            amount=Money(amount, cart.currency)),
                on_behalf=self.acting_name(actor),
            )
            draft.remove(line_id)
            self.hold_discount_limits(session, draft, sale_subject(cart.cart_id), actor=actor,
                                      override=None if permit.grant.approver else override,
                                      decided=permit.grant)
            permit.journal(
                "line.voided",
                {
                    "cart_id": cart.cart_id,
                    "sku": line.product.sku,
                    "qty": str(line.qty),
                    "amount_minor": amount,
                },
            )
        return line

    def override_price(
        self, cart: Cart, line_id: str, price_minor: int, reason: str, *,
        actor: Actor | None = None, override: ManagerOverride | None = None,
    ) -> CartLine:
        """Change a line's unit price with a reason; journalled. Needs the right or an override.

        The request names the discounts the new price would leave beyond the
        limit, and the manager who approves the price approves them with it.
        """
        self._no_tenders(cart)
        line = cart.line(line_id)
        before = line.unit_price_minor
        with self._changing(cart, actor=actor) as (session, draft):
            draft.override_price(line_id, price_minor, reason)
            limit = self.discount_limit(session)
            found = over_limit(draft, limit)
            what = phrase(message("{name} at {price}"), name=line.product.name,
                          price=Money(price_minor, cart.currency))
            if found and limit is not None:
                what = phrase(message("{name} at {price}; then {discounts}"),
                              name=line.product.name, price=Money(price_minor, cart.currency),
                              discounts=describe(found, limit))
            permit = authz.permit(
                session, actor, Action.PRICE_OVERRIDE, override, now=self._clock(),
                subject=line_subject(line_id), amount_minor=price_minor, what=what,
                on_behalf=self.acting_name(actor),
            )
            self.hold_discount_limits(session, draft, line_subject(line_id), actor=actor,
                                      override=None, decided=permit.grant)
            permit.journal(
                "price.overridden",
                {
                    "cart_id": cart.cart_id,
                    "sku": line.product.sku,
                    "from_minor": before,
                    "to_minor": price_minor,
                    "reason": reason,
                },
            )
        return cart.line(line_id)
