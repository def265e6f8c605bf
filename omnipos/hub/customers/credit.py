"""Store credit: a ledger of signed entries per customer and currency, never a balance column.

Returns issue credit (positive entries), sales spend it (negative ones), an
administrator may adjust it. Each entry is keyed by what made it
(``entry_key``), so a replayed event cannot count twice. A till may spend
credit offline against the last balance it knew, so a balance can go below
zero: that is recorded as a case for customer service, never refused, since
the sale has happened.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, ValidationError
from omnipos.domain.money import minor_digits
from omnipos.hub.customers import cases
from omnipos.hub.store.models import CreditEntry, Customer

__all__ = ["CreditReason", "adjust", "balance", "balances", "entries", "post", "spend"]


class CreditReason(StrEnum):
    RETURN = "return"  # refunded as store credit at a till
    MAIL_RETURN = "mail_return"  # refunded as store credit for a parcel
    SPENT = "spent"  # a sale's store-credit tender
    VOIDED = "voided"  # that sale voided afterwards: the credit back
    ADJUSTMENT = "adjustment"  # by an administrator


def balances(session: Session, customer_id: str) -> dict[str, int]:
    """Currency -> balance in minor units (the sum of the entries)."""
    rows = session.execute(
        select(CreditEntry.currency, func.sum(CreditEntry.delta_minor))
        .where(CreditEntry.customer_id == customer_id)
        .group_by(CreditEntry.currency).order_by(CreditEntry.currency)
    ).all()
    return {currency: int(total or 0) for currency, total in rows}


def balance(session: Session, customer_id: str, currency: str) -> int:
    return balances(session, customer_id).get(currency, 0)


def entries(session: Session, customer_id: str) -> list[dict[str, Any]]:
    rows = session.scalars(select(CreditEntry).where(CreditEntry.customer_id == customer_id)
                           .order_by(CreditEntry.id))
    return [{"delta_minor": e.delta_minor, "currency": e.currency, "reason": e.reason,
             "store": e.store_code, "reference": e.reference,
             "occurred_at": e.occurred_at.isoformat()} for e in rows]


def post(session: Session, key: str, customer_id: str, currency: str, delta_minor: int,
         reason: CreditReason, *, store_code: str | None, reference: str,
         occurred_at: datetime) -> bool:
    """Append one entry; False (nothing written) when ``key`` was posted before."""
    if session.scalar(select(CreditEntry.id).where(CreditEntry.entry_key == key)) is not None:
        return False
    session.add(CreditEntry(
        entry_key=key[:100], customer_id=customer_id, currency=currency, delta_minor=delta_minor,
        reason=reason.value, store_code=store_code, reference=reference[:64],
        occurred_at=occurred_at, recorded_at=datetime.now(UTC),
    ))
    session.flush()
    return True


def spend(session: Session, key: str, customer_id: str, currency: str, amount_minor: int, *,
          store_code: str, reference: str, occurred_at: datetime,
          event_id: str | None = None) -> None:
    """A sale's store-credit tender: the entry, and a case when the account went below zero."""
    if not post(session, key, customer_id, currency, -amount_minor, CreditReason.SPENT,
                store_code=store_code, reference=reference, occurred_at=occurred_at):
        return
    if session.get(Customer, customer_id) is None:
        cases.open_case(session, cases.CaseKind.UNKNOWN_CUSTOMER, customer_id,
                        f"{reference}: store credit spent by a customer the hub does not know",
                        {"customer_id": customer_id, "amount_minor": amount_minor,
                         "currency": currency}, store_code=store_code, event_id=event_id)
    left = balance(session, customer_id, currency)
    if left < 0:
        cases.open_case(
            session, cases.CaseKind.CREDIT_OVERSPENT, customer_id,
            f"{reference}: store credit overspent by {-left} {currency} minor units "
            "(spent offline against an older balance)",
            {"customer_id": customer_id, "balance_minor": left, "spent_minor": amount_minor,
             "currency": currency}, store_code=store_code, event_id=event_id)


def adjust(session: Session, customer_id: str, amount_minor: int, currency: str,
           note: str) -> int:
    """An administrator's entry (either sign); returns the new balance."""
    if session.get(Customer, customer_id) is None:
        raise NotFoundError(f"no customer {customer_id!r}")
    minor_digits(currency)
    if amount_minor == 0:
        raise ValidationError("an adjustment of zero changes nothing")
    post(session, f"adjust:{uuid.uuid4()}", customer_id, currency.upper(), amount_minor,
         CreditReason.ADJUSTMENT, store_code=None, reference=note,
         occurred_at=datetime.now(UTC))
    return balance(session, customer_id, currency.upper())
