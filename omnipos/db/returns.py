"""Returns on the till: the hub's policies and RMAs as the feed delivers them, and what this
till's own returns already took back of a sale.

The counts take an ``unacknowledged_only`` switch: a sale the hub knows is
looked up there (its figures include every store's returns the hub has
counted), and only this till's returns the hub has not acknowledged yet are
added on top, so nothing is counted twice or missed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from omnipos.db.models import OutboxEvent
from omnipos.db.models.returns import (
    ReturnLine,
    ReturnPolicyRecord,
    ReturnRecord,
    ReturnRefund,
    RmaRecord,
)
from omnipos.domain.returns import ReturnPolicy

__all__ = [
    "CHAIN_SCOPE",
    "Returned",
    "apply_policy_change",
    "apply_rma_change",
    "find_rmas",
    "no_receipt_returns",
    "policy_for",
    "refunded_by_tender",
    "returned_by_line",
]

#: The scope of the chain's policy on the feed (a store's own is its code).
CHAIN_SCOPE = "*"


def apply_policy_change(session: Session, scope: str, policy: Mapping[str, Any],
                        now: datetime) -> None:
    """Keep one ``return_policy`` change (its policy already read by ``ReturnPolicy``)."""
    row = session.get(ReturnPolicyRecord, scope)
    if row is None:
        session.add(ReturnPolicyRecord(scope=scope, policy=dict(policy), updated_at=now))
    else:
        row.policy, row.updated_at = dict(policy), now


def policy_for(session: Session, store_code: str) -> ReturnPolicy:
    """The policy in force here: the store's own, else the chain's, else the defaults (as the
    hub decides it)."""
    for scope in (store_code, CHAIN_SCOPE):
        row = session.get(ReturnPolicyRecord, scope)
        if row is not None:
            return ReturnPolicy.from_dict(row.policy)
    return ReturnPolicy()


def apply_rma_change(session: Session, data: Mapping[str, Any], now: datetime) -> None:
    """Keep one ``rma`` change (``RmaData`` as JSON, already validated)."""
    rma_id = str(data["rma_id"])
    row = session.get(RmaRecord, rma_id)
    if row is None:
        row = RmaRecord(id=rma_id)
        session.add(row)
    customer = data.get("customer") or {}
    row.number, row.state = str(data["number"]), str(data["state"])
    # A web order is found by the number the customer knows (its channel's), else the hub's.
    row.receipt_no = str(data.get("receipt_no") or "")
    row.order_id = str(data.get("order_number") or data.get("order_id") or "")
    row.customer_name = str(customer.get("name") or "")[:120]
    row.record, row.updated_at = dict(data), now


def find_rmas(session: Session, *, number: str = "", receipt_no: str = "",
              order_id: str = "") -> list[RmaRecord]:
    """RMAs by their number, or those of a sale (receipt) or web order, newest first."""
    stmt = select(RmaRecord)
    if number:
        stmt = stmt.where(RmaRecord.number == number)
    elif receipt_no:
        stmt = stmt.where(RmaRecord.receipt_no == receipt_no)
    elif order_id:
        stmt = stmt.where(RmaRecord.order_id == order_id)
    else:
        return []
    return list(session.scalars(stmt.order_by(RmaRecord.updated_at.desc())))


@dataclass(frozen=True, slots=True)
class Returned:
    """What this till's returns took back of one original line."""

    qty: Decimal = Decimal(0)
    refund_minor: int = 0


def _of(sale_id: str | None, order_id: str) -> ColumnElement[bool]:
    return ReturnRecord.sale_id == sale_id if sale_id else ReturnRecord.order_id == order_id


def _waiting(stmt: Any) -> Any:
    # acked_at is set when, and only when, the hub acknowledged the event.
    unacked = select(OutboxEvent.event_id).where(OutboxEvent.acked_at.is_(None))
    return stmt.where(ReturnRecord.event_id.in_(unacked))


def returned_by_line(session: Session, *, sale_id: str | None, order_id: str = "",
                     unacknowledged_only: bool = False) -> dict[int, Returned]:
    """Original line -> what this till's returns of the sale (or web order) took back."""
    stmt = (select(ReturnLine.sale_line_no, ReturnLine.qty, ReturnLine.refund_minor)
            .join(ReturnRecord, ReturnRecord.id == ReturnLine.return_id)
            .where(_of(sale_id, order_id), ReturnLine.sale_line_no.is_not(None)))
    if unacknowledged_only:
        stmt = _waiting(stmt)
    out: dict[int, Returned] = {}
    for no, qty, refund in session.execute(stmt):
        if no is None:
            continue
        back = out.get(int(no), Returned())
        out[int(no)] = Returned(back.qty + Decimal(qty), back.refund_minor + int(refund))
    return out


def refunded_by_tender(session: Session, *, sale_id: str | None, order_id: str = "",
                       unacknowledged_only: bool = False) -> dict[int, int]:
    """Original tender idx -> what this till's refunds paid back to it."""
    stmt = (select(ReturnRefund.tender_idx, func.sum(ReturnRefund.amount_minor))
            .join(ReturnRecord, ReturnRecord.id == ReturnRefund.return_id)
            .where(_of(sale_id, order_id), ReturnRefund.tender_idx.is_not(None))
            .group_by(ReturnRefund.tender_idx))
    if unacknowledged_only:
        stmt = _waiting(stmt)
    return {int(idx): int(total or 0) for idx, total in session.execute(stmt) if idx is not None}


def no_receipt_returns(session: Session, customer_id: str) -> list[tuple[datetime, int]]:
    """This till's returns without a receipt for the customer that the hub has not counted."""
    stmt = _waiting(select(ReturnRecord.created_at, ReturnRecord.refund_minor).where(
        ReturnRecord.customer_id == customer_id, ReturnRecord.sale_id.is_(None),
        ReturnRecord.order_id == ""))
    return [(at, int(amount)) for at, amount in session.execute(stmt)]
