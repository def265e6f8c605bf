"""``customer.created``: a customer added at a till joins the chain's directory."""

from __future__ import annotations

from omnipos.domain.customers import Contact
from omnipos.domain.errors import ValidationError
from omnipos.hub.customers import directory
from omnipos.hub.events.handler import Invalid, Outcome, PushedEvent, check_store
from omnipos.sync.events import CustomerCreatedPayload


def record_customer(pushed: PushedEvent, created: CustomerCreatedPayload) -> Outcome:
    """Keep the customer under the till's id (a known id changes nothing) and publish it."""
    check_store(pushed.till, created.store_code)
    try:
        contact = Contact.parse(created.name, created.phone, created.email)
    except ValidationError as exc:
        raise Invalid(f"payload: {exc}") from exc
    with pushed.session() as s:
        if directory.record_customer(s, str(created.customer_id), contact,
                                     store_code=created.store_code,
                                     created_at=created.created_at):
            directory.publish(s, [str(created.customer_id)])
    return Outcome()
