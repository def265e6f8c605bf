"""Returns at the counter: find the original, choose what comes back, refund, exchange.

``ReturnService`` holds the use cases the Returns screen calls:

* ``find`` - the original by its receipt number (as scanned from the
  receipt's barcode, or typed) or a web order's number: this till's own
  sales offline; other tills', other stores' and web orders through the
  hub's look-up when it can be reached. Offline, a sale of another till
  cannot be found: the message says so, and a return without a receipt
  stays open (``no_receipt``).
* ``scan`` - an item: one more unit of its line on the receipt (or, without
  a receipt, the item at its lowest price of the last 30 days).
* ``quote`` / ``complete`` - what the return refunds by the shared policy,
  and the return written in ONE transaction (``completing.record_return``).

Finding talks to the hub: call it on the network pool; the others on the
database worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from sqlalchemy import select

from omnipos.db import returns as repo
from omnipos.db.engine import Database
from omnipos.db.models import Customer, Price, Product
from omnipos.db.models.returns import ReturnRecord
from omnipos.domain.cart import Cart
from omnipos.domain.errors import (
    NotFoundError,
    StateError,
    UserFacingError,
    ValidationError,
    message,
    phrase,
)
from omnipos.domain.money import Money
from omnipos.domain.permissions import Actor, ManagerOverride
from omnipos.domain.receipt import SaleReceipt
from omnipos.domain.returns import PricePoint, lowest_price
from omnipos.domain.tax import compute
from omnipos.domain.tenders import Payment, Tender, TenderKind
from omnipos.services import authz
from omnipos.services.returns.completing import ReturnCompleted, record_return
from omnipos.services.returns.draft import DraftLine, QuotedLine, ReturnDraft, ReturnQuote
from omnipos.services.returns.original import (
    Original,
    OriginalLine,
    Source,
    from_lookup,
    local_sale,
    with_local_returns,
)
from omnipos.services.returns.receipts import return_receipt
from omnipos.services.selling import CheckoutService
from omnipos.services.selling.context import Clock, utc_now
from omnipos.sync.errors import SyncError, SyncErrorKind
from omnipos.sync.events.returns import OrderLookup

__all__ = [
    "DraftLine",
    "HubUnreachable",
    "OrderHub",
    "Original",
    "OriginalLine",
    "QuotedLine",
    "ReturnCompleted",
    "ReturnDraft",
    "ReturnQuote",
    "ReturnService",
    "Source",
]

log = logging.getLogger(__name__)


class OrderHub(Protocol):
    """What finding an original needs of the hub (the sync client has it)."""

    def lookup_order(self, *, receipt: str | None = None, order: str | None = None
                     ) -> OrderLookup: ...


class HubUnreachable(UserFacingError):
    """The original is not this till's and the hub cannot be asked now."""


def _offline(text: str) -> HubUnreachable:
    return HubUnreachable(
        message("{key} is not a sale of this till, and the hub cannot be reached to look it up. "
                "Try again when the till is online, or take the return without a receipt."),
        key=text)


class ReturnService:
    """The till's return use cases for one store (its profile read by ``checkout``)."""

    def __init__(self, db: Database, checkout: CheckoutService, *, clock: Clock = utc_now,
                 hub: Callable[[], OrderHub | None] = lambda: None) -> None:
        self.db = db
        self.checkout = checkout
        self._clock = clock
        self._hub = hub

    def use_hub(self, hub: Callable[[], OrderHub | None]) -> None:
        """Where look-ups go: the running sync's client (None while there is none)."""
        self._hub = hub

    # -- finding the original -------------------------------------------------------------

    def _draft(self, original: Original | None) -> ReturnDraft:
        store = self.checkout.store
        if original is not None and original.currency != store.currency:
            raise ValidationError(message("{label} was paid in {currency}; this store refunds in "
                                          "{ours}"), label=original.label,
                                  currency=original.currency, ours=store.currency)
        with self.db.read() as s:
            draft = ReturnDraft(repo.policy_for(s, store.code), store.currency, original)
            if original is not None and original.customer_id:
                customer = s.get(Customer, original.customer_id)
                draft.customer_id = original.customer_id
                draft.customer_name = customer.name if customer else original.customer_name
        return draft

    def _ask_hub(self, hub: OrderHub, text: str) -> OrderLookup | None:
        """The hub's answer for a receipt number, else a web order number; None: unknown."""
        for field in ("receipt", "order"):
            try:
                return hub.lookup_order(**{field: text})
            except SyncError as exc:
                if exc.status != 404:
                    raise
        return None

    def find(self, text: str) -> ReturnDraft:
        """A new return of the sale or web order ``text`` names (network: not on the GUI)."""
        key = (text or "").strip()
        if not key:
            raise ValidationError(message("scan the receipt's barcode or type its number"))
        with self.db.read() as s:
            own = local_sale(s, key)
        hub = self._hub()
        if hub is None:
            if own is None:
                raise _offline(key)
            return self._draft(_offline_copy(own))
        try:
            found = self._ask_hub(hub, key)
        except SyncError as exc:
            if own is None:
                if exc.kind in (SyncErrorKind.NETWORK, SyncErrorKind.SERVER, SyncErrorKind.AUTH):
                    raise _offline(key) from exc
                raise HubUnreachable(message("the hub could not look up {key}: {reason}"),
                                     key=key, reason=exc) from exc
            log.info("look-up of %s failed (%s); this till's own record is used", key, exc.kind)
            return self._draft(_offline_copy(own))
        if found is None:
            if own is not None:  # sold here, not pushed yet: this till knows all of it
                return self._draft(own)
            raise NotFoundError(message("no sale or web order {key} at this till or at the hub"),
                                key=key)
        with self.db.read() as s:
            original = with_local_returns(s, from_lookup(found), unacknowledged_only=True)
        return self._draft(original)

    def no_receipt(self) -> ReturnDraft:
        """A return without a receipt: the customer, store credit only, a manager approves."""
        return self._draft(None)

    # -- choosing what comes back ---------------------------------------------------------

    def scan(self, draft: ReturnDraft, code: str) -> DraftLine:
        """A scanned or typed item: one more unit of its line (without a receipt: the item)."""
        product, _qty, _price = self.checkout.lookup(code)
        if draft.original is not None:
            return draft.select_sku(product.sku)
        return self.add_unreceipted(draft, product.sku)

    def add_unreceipted(self, draft: ReturnDraft, sku: str) -> DraftLine:
        """Without a receipt an item is worth its lowest price of the last 30 days (tax in)."""
        store = self.checkout.store
        now = self._clock()
        with self.db.read() as s:
            row = s.scalars(select(Product).where(Product.sku == sku)).first()
            if row is None:
                raise NotFoundError(message("No product with SKU {sku}"), sku=sku)
            history = [PricePoint(p.effective_from, p.price_minor) for p in s.scalars(
                select(Price).where(Price.product_id == row.id))]
            name, category, tax_class, current = (row.name, row.category or "", row.tax_class,
                                                  row.price_minor)
        unit = lowest_price(current, history, now, days=draft.policy.no_receipt.lowest_price_days)
        # The tax engine's total is the price with its tax, whether prices include it or not.
        tax = compute([(unit, tax_class)], store.policy)
        return draft.add_unreceipted(sku, name, category, tax.total, tax.tax_total)

    def set_customer(self, draft: ReturnDraft, customer_id: str) -> None:
        """Who the return is for: their store credit, and their no-receipt history."""
        with self.db.read() as s:
            row = s.get(Customer, customer_id)
            if row is None:
                raise NotFoundError(message("no such customer on this till"))
            recent = [(datetime.fromisoformat(str(r["at"])), int(r["amount_minor"]))
                      for r in row.no_receipt_returns or []]
            recent += repo.no_receipt_returns(s, customer_id)
            name = row.name
        draft.customer_id, draft.customer_name = customer_id, name
        draft.recent_no_receipt = tuple(recent)

    def new_exchange(self, draft: ReturnDraft) -> Cart:
        """Start the exchange: the new goods the customer takes instead."""
        if draft.exchange is None:
            draft.exchange = self.checkout.new_cart()
        return draft.exchange

    def scan_exchange(self, draft: ReturnDraft, code: str) -> None:
        self.checkout.scan(self.new_exchange(draft), code)

    # -- completing -------------------------------------------------------------------------

    def quote(self, draft: ReturnDraft) -> ReturnQuote:
        return draft.quote(self._clock())

    def exchange_payment(self, draft: ReturnDraft) -> Payment:
        """The payment of an exchange's new goods: the returned goods' value is its first
        tender; what is left the customer pays as at a sale."""
        if draft.exchange is None or not draft.exchange.lines:
            raise StateError(message("the exchange has no new goods: scan them first"))
        quote = self.quote(draft)
        payment = self.checkout.start_payment(draft.exchange)
        if quote.exchange_minor:
            payment.tenders.append(Tender(TenderKind.EXCHANGE, quote.exchange_minor))
        return payment

    def complete(self, draft: ReturnDraft, *, actor: Actor | None = None,
                 override: ManagerOverride | None = None, payment: Payment | None = None,
                 refund_reference: str = "") -> ReturnCompleted:
        """Write the return (and an exchange's sale) in ONE transaction; the right it needs
        (``quote.action``) is checked in it, a manager's override journalled."""
        now = self._clock()
        quote = draft.quote(now)
        if quote.why_not is not None:
            raise quote.why_not
        store = self.checkout.store
        cashier = self.checkout.acting_name(actor)
        original = draft.original.label if draft.original else "no receipt"
        subject = (f"return:{original}" if draft.original
                   else f"return:no receipt:{draft.customer_id or ''}")
        with self.db.transaction() as s:
            # A manager approves this refund of this original, for this amount, once.
            permit = authz.permit(
                s, actor, quote.action, override, now=now, on_behalf=cashier,
                subject=subject,
                amount_minor=quote.refund_minor,
                what=phrase(message("{amount} back for {original}"),
                            amount=Money(quote.refund_minor, draft.currency),
                            original=draft.original.label if draft.original
                            else message("no receipt")),
                details={"original": original, "refund_minor": quote.refund_minor})
            done = record_return(s, permit, store, draft, quote, cashier=cashier, now=now,
                                 payment=payment, refund_reference=refund_reference)
        log.info("return %s completed: %s %s", done.return_no, done.refund_minor, draft.currency)
        return done

    def receipt(self, return_id: str, *, copy: bool = True) -> SaleReceipt:
        """A stored return's receipt (reprints say COPY)."""
        with self.db.read() as s:
            row = s.get(ReturnRecord, return_id)
            if row is None:
                raise NotFoundError(message("no such return"))
            return return_receipt(s, row, self.checkout.store, copy=copy)


def _offline_copy(original: Original) -> Original:
    return replace(original, offline=True)
