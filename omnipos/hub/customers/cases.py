"""Cases for customer service: what the hub found wrong after the fact, recorded, never refused.

A fact from a till has happened (the refund is paid, the sale is made), so
the hub never refuses it; what does not add up becomes a case that a person
resolves with a note: a line returned twice at two stores, store credit
overspent by two offline tills, items missing from or unexpected in a parcel.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.domain.errors import NotFoundError, StateError
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.models import ServiceException

__all__ = ["CaseKind", "list_cases", "open_case", "resolve_case"]


class CaseKind(StrEnum):
    OVER_RETURNED = "over_returned"  # more came back than was sold less earlier returns
    CREDIT_OVERSPENT = "credit_overspent"  # offline tills spent more than the balance
    UNKNOWN_CUSTOMER = "unknown_customer"  # credit for a customer the hub has no record of
    MISSING_ITEMS = "missing_items"  # expected in a parcel, not in it
    UNEXPECTED_ITEMS = "unexpected_items"  # in a parcel, not on its RMA
    UNMATCHED_PARCEL = "unmatched_parcel"  # a parcel with no RMA and no order: set aside
    UNKNOWN_ORIGINAL = "unknown_original"  # a return of a sale or order the hub does not have
    NO_RECEIPT_OVER_LIMIT = "no_receipt_over_limit"  # past the customer's no-receipt limits
    RMA_NOT_OPEN = "rma_not_open"  # a parcel for an RMA already received or cancelled
    REFUND_UNALLOCATED = "refund_unallocated"  # a refund the original tenders cannot carry


def open_case(session: Session, kind: CaseKind, subject: str, message: str,
              detail: dict[str, Any], *, store_code: str | None = None,
              event_id: str | None = None) -> int:
    row = ServiceException(kind=kind.value, store_code=store_code, subject=subject[:80],
                           message=message, detail=detail, event_id=event_id,
                           created_at=datetime.now(UTC))
    session.add(row)
    session.flush()
    return row.id


def _data(row: ServiceException) -> dict[str, Any]:
    return {"id": row.id, "kind": row.kind, "store": row.store_code, "subject": row.subject,
            "message": row.message, "detail": row.detail, "event_id": row.event_id,
            "created_at": row.created_at.isoformat(),
            "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
            "resolution": row.resolution}


def list_cases(db: HubDB, *, open_only: bool = False, kind: CaseKind | None = None,
               subject: str | None = None) -> list[dict[str, Any]]:
    stmt = select(ServiceException).order_by(ServiceException.id)
    if open_only:
        stmt = stmt.where(ServiceException.resolved_at.is_(None))
    if kind is not None:
        stmt = stmt.where(ServiceException.kind == kind.value)
    if subject is not None:
        stmt = stmt.where(ServiceException.subject == subject)
    with db.read() as s:
        return [_data(r) for r in s.scalars(stmt)]


def resolve_case(db: HubDB, case_id: int, note: str) -> dict[str, Any]:
    if not note.strip():
        raise StateError("say how the case was resolved (--note)")
    with db.transaction() as s:
        row = s.get(ServiceException, case_id)
        if row is None:
            raise NotFoundError(f"no case {case_id}")
        if row.resolved_at is not None:
            raise StateError(f"case {case_id} was resolved on {row.resolved_at:%Y-%m-%d}")
        row.resolved_at, row.resolution = datetime.now(UTC), note.strip()
        return _data(row)
