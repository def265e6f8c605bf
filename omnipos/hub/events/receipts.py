"""``receipt.email_requested``: mail the receipt of a sale the hub recorded."""

from __future__ import annotations

from datetime import UTC, datetime

from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store, check_till
from omnipos.hub.notify import receipt
from omnipos.hub.store.rawsql import loads
from omnipos.sync.events import ReceiptEmailRequestedPayload, SaleCompletedPayload

_SALE_PAYLOAD = "SELECT payload FROM sales WHERE sale_id = :sid"


def email_receipt(pushed: PushedEvent, request: ReceiptEmailRequestedPayload) -> Outcome:
    """Queue the mail in the event's transaction: it exists exactly when the event is applied,
    so a push sent again (its answer lost) is a duplicate and mails nothing more."""
    check_store(pushed.till, request.store_code)
    check_till(pushed.till, request.till_code)
    stored = loads(pushed.sql.one(_SALE_PAYLOAD, {"sid": str(request.sale_id)}))
    if stored is None:  # the till pushes the sale first: it was refused, or never sent
        raise Invalid(f"payload.sale_id: sale {request.receipt_no} is not at the hub")
    sale = SaleCompletedPayload.model_validate(stored)
    check_store(pushed.till, sale.store_code)  # a till mails its own store's sales only
    with pushed.session() as s:
        receipt.send_receipt(s, sale, request, key=f"receipt:{pushed.event.event_id}",
                             now=datetime.now(UTC))
    return Outcome()
