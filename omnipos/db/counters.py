"""Gapless counters (receipt numbers, the outbox device sequence).

They take the caller's session, so a number is used only if the business
transaction that took it commits.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from omnipos.db.models import Counter
from omnipos.db.rows import run_driver

__all__ = ["DEVICE_SEQ_COUNTER", "RECEIPT_COUNTER", "RETURN_COUNTER", "current_value", "next_value",
           "raise_to"]

RECEIPT_COUNTER = "receipt"
RETURN_COUNTER = "return"  # return receipts: STORE-TILL-R000001
DEVICE_SEQ_COUNTER = "device_seq"


# One statement on the driver: a sale bumps two counters (see db/rows.py).
_BUMP = ("INSERT INTO counters (name, value) VALUES (?, 1) "
         "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value")


def next_value(session: Session, name: str) -> int:
    """Bump and return a gapless counter (1 the first time); rolls back with the
    transaction."""
    return int(run_driver(session, _BUMP, (name,))[0][0])


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
