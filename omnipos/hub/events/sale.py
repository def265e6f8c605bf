"""``sale.completed``: the sale as the till sent it, and its stock movements.

Totals are recorded as sent. The hub recomputes the tax with the shared
engine for comparison only, and logs a difference instead of refusing the
sale: the customer has paid what the till said. A store-credit tender takes
its amount off the customer's account (a post-void puts it back); an account
that goes below zero is a case for customer service, never a refused sale.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache

from omnipos.domain import tax
from omnipos.domain.errors import UserFacingError
from omnipos.domain.tenders import TenderKind
from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.customers import credit, directory
from omnipos.hub.events.facts import record_stock
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store, check_till
from omnipos.hub.store.rawsql import loads, stamp
from omnipos.sync.events import SaleCompletedPayload, SaleTenderPayload, SaleVoidedPayload

log = logging.getLogger(__name__)

_RECEIPT_SEQ = re.compile(r"(\d+)$")
_SALE_BY_ID = "SELECT event_id FROM sales WHERE sale_id = :sid"
_SALE_PAYLOAD = "SELECT payload FROM sales WHERE sale_id = :sid"
_INSERT_SALE = (
    "INSERT INTO sales (sale_id, event_id, store_code, till_code, device_id, receipt_no, "
    "receipt_seq, currency, subtotal_minor, discount_minor, tax_minor, total_minor, created_at, "
    "received_at, hub_tax_minor, payload) VALUES (:sale_id, :event_id, :store_code, :till_code, "
    ":device_id, :receipt_no, :receipt_seq, :currency, :subtotal_minor, :discount_minor, "
    ":tax_minor, :total_minor, :created_at, :received_at, :hub_tax_minor, :payload) "
    "ON CONFLICT (sale_id) DO NOTHING"
)


@lru_cache(maxsize=1024)
def _policy(prices: str, rounding: str, rates: tuple[tuple[str, str], ...], currency: str
            ) -> tax.TaxPolicy:
    return tax.TaxPolicy(
        prices=tax.PriceMode(prices),
        rounding=tax.RoundingMode(rounding),
        rates={k: Decimal(v) for k, v in rates},
        currency=currency,
    )


def _hub_tax(till: TillIdentity, sale: SaleCompletedPayload) -> int | None:
    """The sale's tax recomputed with the shared engine, for comparison only."""
    try:
        policy = _policy(till.prices, till.rounding, tuple(sorted(till.tax_rates.items())),
                         till.currency)
        amounts = [(ln.total_minor, ln.tax_class) for ln in sale.lines]
        return tax.compute(amounts, policy).tax_total
    except (UserFacingError, ValueError, ArithmeticError):
        return None


def record_sale(pushed: PushedEvent, sale: SaleCompletedPayload) -> Outcome:
    till, sql = pushed.till, pushed.sql
    check_store(till, sale.store_code)
    check_till(till, sale.till_code)
    if till.currency and sale.currency != till.currency:
        raise Invalid(
            f"payload.currency: {sale.currency} is not the store's currency {till.currency}"
        )
    hub_tax = _hub_tax(till, sale)
    if hub_tax is not None and hub_tax != sale.tax_minor:
        log.warning("sale %s: till tax %s, hub engine %s (till's recorded as sent)",
                    sale.receipt_no, sale.tax_minor, hub_tax)
    m = _RECEIPT_SEQ.search(sale.receipt_no)
    inserted = sql.run(_INSERT_SALE, {
        "sale_id": str(sale.sale_id), "event_id": str(pushed.event.event_id),
        "store_code": sale.store_code, "till_code": sale.till_code, "device_id": till.id,
        "receipt_no": sale.receipt_no, "receipt_seq": int(m.group(1)) if m else 0,
        "currency": sale.currency, "subtotal_minor": sale.subtotal_minor,
        "discount_minor": sale.discount_minor, "tax_minor": sale.tax_minor,
        "total_minor": sale.total_minor, "created_at": stamp(sale.created_at),
        "received_at": stamp(datetime.now(UTC)), "hub_tax_minor": hub_tax,
        "payload": pushed.payload_json,
    })
    if not inserted:  # a sale id is kept once (one statement, not a look-up first)
        other = sql.one(_SALE_BY_ID, {"sid": str(sale.sale_id)})
        raise Invalid(f"payload.sale_id: sale {sale.sale_id} was already recorded by event {other}")
    record_stock(pushed, sale.stock, "sale")
    if any(t.kind == TenderKind.STORE_CREDIT for t in sale.tenders):
        _spend_credit(pushed, sale)
    return Outcome()


def _spend_credit(pushed: PushedEvent, sale: SaleCompletedPayload) -> None:
    with pushed.session() as s:
        touched = set()
        for idx, t in enumerate(sale.tenders, start=1):
            if t.kind == TenderKind.STORE_CREDIT and t.customer_id is not None:
                credit.spend(s, f"sale:{sale.sale_id}:{idx}", str(t.customer_id), sale.currency,
                             t.amount_minor, store_code=sale.store_code,
                             reference=sale.receipt_no, occurred_at=sale.created_at,
                             event_id=str(pushed.event.event_id))
                touched.add(str(t.customer_id))
        directory.publish(s, touched)


def record_void(pushed: PushedEvent, void: SaleVoidedPayload) -> Outcome:
    """A post-void: its stock lines (the goods back on the shelf) go on the ledger, and
    store credit it spent goes back on the customer's account."""
    check_store(pushed.till, void.store_code)
    record_stock(pushed, void.stock, "sale")
    sold = loads(pushed.sql.one(_SALE_PAYLOAD, {"sid": str(void.sale_id)}))
    tenders = [SaleTenderPayload.model_validate(t) for t in (sold or {}).get("tenders", [])]
    if any(t.kind == TenderKind.STORE_CREDIT for t in tenders):
        with pushed.session() as s:
            touched = set()
            for idx, t in enumerate(tenders, start=1):
                if t.kind == TenderKind.STORE_CREDIT and t.customer_id is not None:
                    credit.post(s, f"void:{void.sale_id}:{idx}", str(t.customer_id),
                                str(sold["currency"]), t.amount_minor,
                                credit.CreditReason.VOIDED, store_code=void.store_code,
                                reference=void.receipt_no, occurred_at=void.voided_at)
                    touched.add(str(t.customer_id))
            directory.publish(s, touched)
    return Outcome()
