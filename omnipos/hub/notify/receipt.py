"""An email receipt: the sale the hub recorded, laid out as plain text, queued once.

The text follows the printed receipt (store, header, receipt number, lines,
totals, tenders, tax by rate, footer) in a 40-column block that reads the
same in any mail program. Card tenders say "Card" and nothing more: neither
the last digits nor the approval code go into a mail.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from omnipos.domain.money import Money
from omnipos.hub.notify.outbox import Message, enqueue
from omnipos.hub.store.models import Customer, Store
from omnipos.sync.events import ReceiptEmailRequestedPayload, SaleCompletedPayload

__all__ = ["KIND", "receipt_text", "send_receipt"]

KIND = "receipt"
WIDTH = 40
_TENDERS = {"cash": "Cash", "card": "Card", "store_credit": "Store credit",
            "exchange": "Goods returned", "channel": "Web order payment"}


def _pair(left: str, right: str) -> str:
    room = WIDTH - len(right) - 1
    if len(left) > room:
        return f"{left}\n{right.rjust(WIDTH)}"
    return f"{left.ljust(room)} {right}"


def _rate(rate: str) -> str:
    try:
        return f"{(Decimal(rate) * 100).normalize():f}%"
    except InvalidOperation:
        return rate


def _local(when: datetime, timezone: str) -> str:
    try:
        zone = ZoneInfo(timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return when.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def receipt_text(sale: SaleCompletedPayload, request: ReceiptEmailRequestedPayload, *,
                 store_name: str, timezone: str = "UTC", customer: str = "",
                 prices_include_tax: bool = False) -> str:
    """The receipt of ``sale`` as the mail's body."""
    cur = sale.currency

    def amount(minor: int) -> str:
        return Money(minor, cur).plain()

    out: list[str] = [store_name.center(WIDTH).rstrip()]
    out += [text.center(WIDTH).rstrip() for text in request.header]
    out += ["", _pair("Receipt", sale.receipt_no),
            _pair(_local(sale.created_at, timezone), f"Till {sale.till_code}")]
    if sale.cashier:
        out.append(f"Cashier: {sale.cashier}")
    if customer:
        out.append(f"Customer: {customer}")
    out.append("-" * WIDTH)
    for line in sale.lines:
        gross = amount(line.total_minor + line.discount_minor)
        if line.qty == "1":
            out.append(_pair(line.name or line.sku, gross))
        else:
            out.append(line.name or line.sku)
            out.append(_pair(f"  {line.qty} x {amount(line.unit_price_minor)}", gross))
        if line.discount_minor:
            out.append(_pair("  Discount", amount(-line.discount_minor)))
    out.append("-" * WIDTH)
    out.append(_pair("Subtotal", amount(sale.subtotal_minor)))
    if sale.discount_minor:
        out.append(_pair("Discount", amount(-sale.discount_minor)))
    if not prices_include_tax:
        out.append(_pair("Tax", amount(sale.tax_minor)))
    out.append(_pair("TOTAL", f"{amount(sale.total_minor)} {cur}"))
    if sale.rounding_minor:
        out.append(_pair("Cash rounding", amount(sale.rounding_minor)))
        out.append(_pair("Total in cash",
                         f"{amount(sale.total_minor + sale.rounding_minor)} {cur}"))
    for tender in sale.tenders:
        name = _TENDERS.get(tender.kind, tender.kind.replace("_", " ").capitalize())
        paid = tender.tendered_minor if tender.kind == "cash" and tender.tendered_minor \
            else tender.amount_minor
        out.append(_pair(name, amount(paid)))
    if sale.change_minor:
        out.append(_pair("Change", amount(sale.change_minor)))
    if sale.taxes:
        out += ["", "Tax (included)" if prices_include_tax else "Tax"]
        out += [_pair(f"  {t.tax_class} {_rate(t.rate)} on {amount(t.base_minor)}",
                      amount(t.tax_minor)) for t in sale.taxes]
    if request.footer:
        out.append("")
        out += [text.center(WIDTH).rstrip() for text in request.footer]
    return "\n".join(out) + "\n"


def send_receipt(session: Session, sale: SaleCompletedPayload,
                 request: ReceiptEmailRequestedPayload, *, key: str,
                 now: datetime) -> str | None:
    """Queue the receipt mail in the caller's transaction; ``key`` (the request's event)
    keeps one request from ever becoming two mails."""
    store = session.get(Store, sale.store_code)
    name = store.name if store is not None else sale.store_code
    person = session.get(Customer, str(sale.customer_id)) if sale.customer_id else None
    body = receipt_text(sale, request, store_name=name,
                        timezone=store.timezone if store is not None else "UTC",
                        customer=person.name if person is not None else "",
                        prices_include_tax=store is not None and store.prices == "inclusive")
    subject = f"Your receipt {sale.receipt_no} from {name}"
    return enqueue(session, Message(KIND, request.email, subject, body, dedupe_key=key), now)
