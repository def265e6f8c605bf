"""Gapless counters (receipt numbers, the outbox device sequence).

They take the caller's session, so a number is used only if the business
transaction that took it commits.
"""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from omnipos.db.models import Counter

__all__ = ["DEVICE_SEQ_COUNTER", "RECEIPT_COUNTER", "RETURN_COUNTER", "current_value", "next_value",
           "raise_to"]

RECEIPT_COUNTER = "receipt"
RETURN_COUNTER = "return"  # return receipts: STORE-TILL-R000001
DEVICE_SEQ_COUNTER = "device_seq"


def next_value(session: Session, name: str) -> int:
    """Bump and return a gapless counter; rolls back with the transaction."""
    value = session.connection().execute(
        update(Counter)
        .where(Counter.name == name)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.connection().execute(insert(Counter), [{"name": name, "value": 1}])
        value = 1
    return int(value)


def current_value(session: Session, name: str) -> int:
    """The last value handed out (0 before the first)."""
    row = session.get(Counter, name)
    return row.value if row is not None else 0


def raise_to(session: Session, name: str, at_least: int) -> None:
    """Move a counter up to ``at_least`` (never down): no number is handed out twice."""
    row = session.get(Counter, name)
    if row is None:
        session.add(Counter(name=name, value=at_least))
    elif row.value < at_least:
        session.execute(update(Counter).where(Counter.name == name).values(value=at_least))
