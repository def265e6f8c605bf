"""Selling at the till: scan, adjust, pay, park, cancel, reprint.

Each method that writes runs in ONE transaction that stores the business rows,
the stock deltas, the journal entry and the outbox event together, and
returns what changed. The GUI calls these on the database worker thread.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select

from omnipos.db import catalog
from omnipos.db.engine import Database
from omnipos.db.models import ParkedSale, Sale, SaleLine, SaleTax, SaleTender, Shift, StockDelta
from omnipos.domain import events
from omnipos.domain.barcodes import parse_scan
from omnipos.domain.cart import Cart, CartLine, Discount, ProductInfo
from omnipos.domain.errors import NotFoundError, StateError, ValidationError
from omnipos.domain.permissions import Action, Actor, ManagerOverride
from omnipos.domain.receipt import SaleReceipt
from omnipos.domain.tenders import Payment, TenderKind
from omnipos.services import authz
from omnipos.services.ledger import (
    RECEIPT_COUNTER,
    append_journal,
    enqueue_event,
    insert_rows,
    next_value,
)
from omnipos.services.profile import StoreProfile, load_store_profile
from omnipos.services.receipts import receipt_from_sale

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class SaleCompleted:
    """What ``complete_sale`` changed: one sale, its stock, outbox and journal rows."""

    sale_id: str
    receipt_no: str
    receipt: SaleReceipt
    total_minor: int
    change_minor: int
    open_drawer: bool
    event_id: str
    journal_seq: int
    stock_skus: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ParkedInfo:
    parked_id: str
    label: str
    created_at: datetime
    cashier: str
    line_count: int


class CheckoutService:
    """The till's selling use cases for one store profile."""

    def __init__(self, db: Database, *, clock: Clock = utc_now) -> None:
        self.db = db
        self._clock = clock
        with db.read() as session:
            self.store: StoreProfile = load_store_profile(session)

    def reload_profile(self) -> StoreProfile:
        """Re-read settings and tax classes (after a sync changed them)."""
        with self.db.read() as session:
            self.store = load_store_profile(session)
        return self.store

    # -- building the cart ------------------------------------------------------

    def new_cart(self) -> Cart:
        return Cart(policy=self.store.policy)

    def lookup(self, code: str) -> tuple[ProductInfo, Decimal | int, int | None]:
        """Find what a scanned or typed code sells: (product, quantity, embedded price)."""
        text = (code or "").strip()
        if not text:
            raise ValidationError("nothing was scanned")
        try:
            scan = parse_scan(text, self.store.layout)
        except ValidationError as exc:
            product = self._by_sku(text)
            if product is None:
                raise ValidationError(f"{text}: {exc}") from exc
            return product, 1, None
        with self.db.read() as session:
            product = None
            if scan.lookup_gtin:
                product = catalog.find_by_gtin(session, scan.lookup_gtin)
            if product is None:
                product = catalog.find_by_sku(session, scan.code)
        if product is None:
            raise NotFoundError(f"No product for code {text}")
        if scan.embedded_weight is not None:
            return product, scan.embedded_weight, None
        return product, 1, scan.embedded_price_minor

    def _by_sku(self, sku: str) -> ProductInfo | None:
        with self.db.read() as session:
            return catalog.find_by_sku(session, sku)

    def scan(self, cart: Cart, code: str) -> CartLine:
        """Add what a code names to the cart. Unknown or invalid codes raise, naming the code."""
        product, qty, price = self.lookup(code)
        return cart.add(product, qty, price_minor=price)

    def add_sku(self, cart: Cart, sku: str, qty: Decimal | int | str = 1) -> CartLine:
        product = self._by_sku(sku)
        if product is None:
            raise NotFoundError(f"No product with SKU {sku}")
        return cart.add(product, qty)

    def add_product(self, cart: Cart, product: ProductInfo, qty: Decimal | int | str = 1) -> CartLine:
        return cart.add(product, qty)

    def search(self, text: str, limit: int = 50) -> list[ProductInfo]:
        with self.db.read() as session:
            return catalog.search(session, text, limit=limit)

    def set_quantity(self, cart: Cart, line_id: str, qty: Decimal | int | str) -> CartLine:
        return cart.set_quantity(line_id, qty)

    def set_line_discount(self, cart: Cart, line_id: str, discount: Discount | None, *,
                          actor: Actor | None = None, override: ManagerOverride | None = None) -> CartLine:
        """A discount over the store limit needs the right or an override (journalled)."""
        if discount is not None:
            line = cart.line(line_id)
            authz.authorize_discount(self.db, actor, override, discount, line.gross_minor(cart.currency),
                                     now=self._clock(), details={"cart_id": cart.cart_id, "sku": line.product.sku})
        return cart.set_line_discount(line_id, discount)

    def set_order_discount(self, cart: Cart, discount: Discount | None, *,
                           actor: Actor | None = None, override: ManagerOverride | None = None) -> None:
        if discount is not None:
            authz.authorize_discount(self.db, actor, override, discount, cart.view().totals.subtotal_minor,
                                     now=self._clock(), details={"cart_id": cart.cart_id, "sku": ""})
        cart.set_order_discount(discount)

    def void_line(self, cart: Cart, line_id: str, *, cashier: str = "", actor: Actor | None = None,
                  override: ManagerOverride | None = None) -> CartLine:
        """Take a line off the sale; journalled. Staff rights are enforced (issue 5)."""
        line = cart.line(line_id)
        with self.db.transaction() as session:
            grant = authz.enforce(session, actor, Action.VOID_LINE, override, now=self._clock())
            cashier = grant.actor_label or cashier
            append_journal(
                session,
                "line.voided",
                cashier,
                {
                    "cart_id": cart.cart_id,
                    "sku": line.product.sku,
                    "qty": str(line.qty),
                    "amount_minor": line.gross_minor(cart.currency),
                },
                self._clock(),
            )
        return cart.remove(line_id)

    def override_price(
        self, cart: Cart, line_id: str, price_minor: int, reason: str, *, cashier: str = "",
        actor: Actor | None = None, override: ManagerOverride | None = None,
    ) -> CartLine:
        """Change a line's unit price with a reason; journalled. Needs the right or an override."""
        line = cart.line(line_id)
        before = line.unit_price_minor
        with self.db.transaction() as session:
            grant = authz.enforce(session, actor, Action.PRICE_OVERRIDE, override, now=self._clock())
            cashier = grant.actor_label or cashier
            cart.override_price(line_id, price_minor, reason)
            append_journal(
                session,
                "price.overridden",
                cashier,
                {
                    "cart_id": cart.cart_id,
                    "sku": line.product.sku,
                    "from_minor": before,
                    "to_minor": price_minor,
                    "reason": reason,
                },
                self._clock(),
            )
        return line

    # -- paying -----------------------------------------------------------------

    def start_payment(self, cart: Cart) -> Payment:
        view = cart.view()
        if view.is_empty:
            raise StateError("the sale is empty: scan an item first")
        return Payment(
            total_minor=view.totals.total_minor,
            currency=cart.currency,
            cash_step_minor=self.store.policy.cash_step_minor,
        )

    def complete_sale(self, cart: Cart, payment: Payment, *, cashier: str = "") -> SaleCompleted:
        """Store a paid sale durably: sale, lines, tenders, taxes, stock, journal, outbox."""
        view = cart.view()
        if view.is_empty:
            raise StateError("the sale is empty")
        if payment.total_minor != view.totals.total_minor:
            raise StateError("the sale changed after payment started; take payment again")
        if not payment.is_complete:
            raise StateError("the sale is not fully paid yet")
        now = self._clock()
        store = self.store
        sale_id = str(uuid.uuid4())
        event_id = str(uuid.uuid4())
        with self.db.transaction() as session:
            seq = next_value(session, RECEIPT_COUNTER)
            receipt_no = f"{store.code}-{store.till}-{seq:06d}"
            shift_id = session.connection().execute(
                select(Shift.id).where(Shift.till_code == store.till, Shift.status == "open")
            ).scalar()
            totals = view.totals
            sale = Sale(
                id=sale_id,
                receipt_no=receipt_no,
                receipt_seq=seq,
                store_code=store.code,
                till_code=store.till,
                cashier=cashier,
                status="completed",
                currency=cart.currency,
                prices=store.policy.prices.value,
                subtotal_minor=totals.subtotal_minor,
                discount_minor=totals.discount_minor,
                tax_minor=totals.tax_minor,
                total_minor=totals.total_minor,
                rounding_minor=payment.rounding_minor,
                change_minor=payment.change_minor,
                created_at=now,
                shift_id=shift_id,
            )
            deltas: list[StockDelta] = []
            for no, (line, lv) in enumerate(zip(cart.lines, view.lines), start=1):
                sale.lines.append(
                    SaleLine(
                        sale_id=sale_id,
                        line_no=no,
                        product_id=line.product.product_id,
                        sku=line.product.sku,
                        gtin=line.product.gtin,
                        name=line.product.name,
                        sold_by=str(line.product.sold_by),
                        qty=str(line.qty),
                        unit_price_minor=line.unit_price_minor,
                        original_price_minor=line.original_price_minor,
                        override_reason=line.override_reason,
                        discount_minor=lv.discount_minor,
                        total_minor=lv.total_minor,
                        tax_class=lv.tax_class,
                        tax_minor=lv.tax_minor,
                    )
                )
                deltas.append(
                    StockDelta(
                        event_id=event_id,
                        line=no,
                        sku=line.product.sku,
                        delta=str(-line.qty),
                        reason="sale",
                        occurred_at=now,
                    )
                )
            for idx, tender in enumerate(payment.tenders, start=1):
                sale.tenders.append(
                    SaleTender(
                        sale_id=sale_id,
                        idx=idx,
                        kind=tender.kind.value,
                        amount_minor=tender.amount_minor,
                        tendered_minor=tender.tendered_minor,
                        change_minor=tender.change_minor,
                        approval_code=tender.approval_code,
                        card_last4=tender.card_last4,
                    )
                )
            for tax_class, tax_minor in totals.tax_by_class.items():
                sale.taxes.append(
                    SaleTax(
                        sale_id=sale_id,
                        tax_class=tax_class,
                        rate=str(store.policy.rate(tax_class)),
                        base_minor=totals.base_by_class.get(tax_class, 0),
                        tax_minor=tax_minor,
                    )
                )
            # Core inserts of the complete rows: no ORM flush on the hot path.
            insert_rows(session, [sale])
            insert_rows(session, list(sale.lines))
            insert_rows(session, list(sale.tenders))
            insert_rows(session, list(sale.taxes))
            insert_rows(session, deltas)
            payload = sale_payload(sale)
            enqueue_event(session, events.SALE_COMPLETED, payload, now, event_id=event_id)
            entry = append_journal(
                session,
                "sale",
                cashier,
                {
                    "sale_id": sale_id,
                    "receipt_no": receipt_no,
                    "total_minor": totals.total_minor,
                    "currency": cart.currency,
                    "tenders": [t["kind"] for t in payload["tenders"]],
                },
                now,
            )
            receipt = receipt_from_sale(sale, store, copy=False)
            journal_seq = entry.seq
        log.info("sale %s completed: %s %s", receipt_no, totals.total_minor, cart.currency)
        return SaleCompleted(
            sale_id=sale_id,
            receipt_no=receipt_no,
            receipt=receipt,
            total_minor=view.totals.total_minor,
            change_minor=payment.change_minor,
            open_drawer=any(t.kind is TenderKind.CASH for t in payment.tenders),
            event_id=event_id,
            journal_seq=journal_seq,
            stock_skus=tuple(dict.fromkeys(line.product.sku for line in cart.lines)),
        )

    # -- parking, cancelling ----------------------------------------------------

    def park(self, cart: Cart, *, label: str = "", cashier: str = "") -> str:
        """Store an unpaid cart to resume later (it survives a restart)."""
        if not cart.lines:
            raise StateError("the sale is empty: nothing to park")
        parked_id = str(uuid.uuid4())
        with self.db.transaction() as session:
            session.add(
                ParkedSale(
                    id=parked_id,
                    label=label.strip()[:80],
                    created_at=self._clock(),
                    cashier=cashier,
                    cart=cart.to_dict(),
                )
            )
        return parked_id

    def parked(self) -> list[ParkedInfo]:
        with self.db.read() as session:
            rows = session.scalars(select(ParkedSale).order_by(ParkedSale.created_at)).all()
            return [
                ParkedInfo(r.id, r.label, r.created_at, r.cashier, len(r.cart.get("lines", [])))
                for r in rows
            ]

    def resume(self, parked_id: str) -> Cart:
        """Take a parked cart back; it leaves the parked list in the same transaction."""
        with self.db.transaction() as session:
            row = session.get(ParkedSale, parked_id)
            if row is None:
                raise NotFoundError("that parked sale was already resumed")
            data: dict[str, Any] = dict(row.cart)
            session.execute(delete(ParkedSale).where(ParkedSale.id == parked_id))
        return Cart.from_dict(data, self.store.policy)

    def cancel(self, cart: Cart, *, reason: str = "", cashier: str = "", actor: Actor | None = None,
               override: ManagerOverride | None = None) -> None:
        """Abandon an unpaid sale; journalled when it had lines. Staff rights are enforced."""
        if cart.lines:
            view = cart.view()
            with self.db.transaction() as session:
                grant = authz.enforce(session, actor, Action.CANCEL_SALE, override, now=self._clock())
                cashier = grant.actor_label or cashier
                append_journal(
                    session,
                    "sale.cancelled",
                    cashier,
                    {
                        "cart_id": cart.cart_id,
                        "lines": len(view.lines),
                        "total_minor": view.totals.total_minor,
                        "reason": reason,
                    },
                    self._clock(),
                )
        cart.lines.clear()
        cart.order_discount = None

    # -- receipts ---------------------------------------------------------------

    def receipt(self, sale_id: str, *, copy: bool = True) -> SaleReceipt:
        with self.db.read() as session:
            sale = session.get(Sale, sale_id)
            if sale is None:
                raise NotFoundError("no such sale")
            return receipt_from_sale(sale, self.store, copy=copy)

    def receipt_by_number(self, receipt_no: str, *, copy: bool = True) -> SaleReceipt:
        with self.db.read() as session:
            sale = session.scalars(select(Sale).where(Sale.receipt_no == receipt_no.strip())).first()
            if sale is None:
                raise NotFoundError(f"No sale with receipt number {receipt_no}")
            return receipt_from_sale(sale, self.store, copy=copy)

    def last_sale_id(self) -> str | None:
        with self.db.read() as session:
            return session.scalars(
                select(Sale.id).order_by(Sale.receipt_seq.desc()).limit(1)
            ).first()


def sale_payload(sale: Sale) -> dict[str, Any]:
    """The ``sale.completed`` event payload (docs/architecture.md)."""
    return {
        "sale_id": sale.id,
        "receipt_no": sale.receipt_no,
        "store_code": sale.store_code,
        "till_code": sale.till_code,
        "currency": sale.currency,
        "created_at": sale.created_at.isoformat(timespec="microseconds"),
        "cashier": sale.cashier,
        "shift_id": sale.shift_id,
        "subtotal_minor": sale.subtotal_minor,
        "discount_minor": sale.discount_minor,
        "tax_minor": sale.tax_minor,
        "total_minor": sale.total_minor,
        "rounding_minor": sale.rounding_minor,
        "change_minor": sale.change_minor,
        "lines": [
            {
                "line_no": ln.line_no,
                "sku": ln.sku,
                "gtin": ln.gtin,
                "name": ln.name,
                "qty": ln.qty,
                "unit_price_minor": ln.unit_price_minor,
                "discount_minor": ln.discount_minor,
                "total_minor": ln.total_minor,
                "tax_class": ln.tax_class,
                "tax_minor": ln.tax_minor,
            }
            for ln in sale.lines
        ],
        "taxes": [
            {
                "tax_class": t.tax_class,
                "rate": t.rate,
                "base_minor": t.base_minor,
                "tax_minor": t.tax_minor,
            }
            for t in sale.taxes
        ],
        "tenders": [
            {
                "kind": t.kind,
                "amount_minor": t.amount_minor,
                "tendered_minor": t.tendered_minor,
                "change_minor": t.change_minor,
                "approval_code": t.approval_code,
                "card_last4": t.card_last4,
            }
            for t in sale.tenders
        ],
        "stock": [{"sku": ln.sku, "delta": str(-Decimal(ln.qty))} for ln in sale.lines],
    }
