"""Refund payouts: each tender's share of a refund decision, paid or waiting to be paid.

A return's record is the decision (what it refunds and why); its payouts are
the money moving. What a till paid at the counter (cash, card on its
terminal, the value carried into an exchange) is recorded as paid; store
credit is paid by the ledger entry the hub writes with it; what only the hub
can pay back (a web order's payment, a mail return's card refund) waits as
``pending`` until a payment connector settles it (``settle``).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, StateError
from omnipos.domain.refunds import RefundShare
from omnipos.domain.tenders import TenderKind
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import RefundPayout

__all__ = ["PayoutState", "add_payout", "list_payouts", "settle"]


class PayoutState(StrEnum):
    PENDING = "pending"  # decided, not paid yet: for a payment connector
    PAID = "paid"


def add_payout(session: Session, return_id: str, share: RefundShare, currency: str, *,
               paid: bool, refund_reference: str = "", at: datetime | None = None) -> str:
    at = at or datetime.now(UTC)
    row = RefundPayout(
        id=str(uuid.uuid4()), return_id=return_id, kind=share.kind.value,
        amount_minor=share.amount_minor, currency=currency, tender_idx=share.tender_idx,
        reference=share.reference[:40], refund_reference=refund_reference[:64],
        card_last4=share.card_last4[:4], customer_id=share.customer_id,
        state=(PayoutState.PAID if paid else PayoutState.PENDING).value, created_at=at,
        paid_at=at if paid else None,
    )
    session.add(row)
    return row.id


def _data(p: RefundPayout) -> dict[str, Any]:
    return {"id": p.id, "return_id": p.return_id, "kind": p.kind,
            "amount_minor": p.amount_minor, "currency": p.currency, "tender_idx": p.tender_idx,
            "reference": p.reference, "refund_reference": p.refund_reference,
            "card_last4": p.card_last4, "customer_id": p.customer_id, "state": p.state,
            "created_at": p.created_at.isoformat(),
            "paid_at": p.paid_at.isoformat() if p.paid_at else None}


def list_payouts(db: HubDB, *, state: PayoutState | None = None,
                 return_id: str | None = None) -> list[dict[str, Any]]:
    stmt = select(RefundPayout).order_by(RefundPayout.created_at, RefundPayout.id)
    if state is not None:
        stmt = stmt.where(RefundPayout.state == state.value)
    if return_id is not None:
        stmt = stmt.where(RefundPayout.return_id == return_id)
    with db.read() as s:
        return [_data(p) for p in s.scalars(stmt)]


def settle(db: HubDB, payout_id: str, reference: str) -> dict[str, Any]:
    """A connector (or a person) paid a pending payout; ``reference`` is the payment's."""
    if not reference.strip():
        raise StateError("give the payment's reference")
    with db.transaction() as s:
        p = s.get(RefundPayout, payout_id)
        if p is None:
            raise NotFoundError(f"no payout {payout_id!r}")
        if p.state == PayoutState.PAID.value:
            raise StateError(f"payout {payout_id} was paid on {p.paid_at:%Y-%m-%d}")
        p.state, p.paid_at = PayoutState.PAID.value, datetime.now(UTC)
        p.refund_reference = reference.strip()[:64]
        return _data(p)


def paid_at_counter(kind: TenderKind) -> bool:
    """Whether a till's refund of ``kind`` left the store already (everything but a web
    order's payment, which only the hub can pay back)."""
    return kind is not TenderKind.CHANNEL
