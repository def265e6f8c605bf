"""Look-ups on the electronic journal's table: its head, and the hash of one entry.

Sync sends the head to the hub with every push (the hub keeps it, so a
deleted tail or a rewritten entry shows against it); ``omnipos journal
verify`` compares the hub's last known head with the entry the till holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.models import JournalEntry

__all__ = ["JournalMark", "hash_at", "journal_head"]


@dataclass(frozen=True, slots=True)
class JournalMark:
    """One entry of the chain named by its sequence number and hash."""

    seq: int
    hash: str


def journal_head(session: Session) -> JournalMark | None:
    """The last entry of the journal, or None while it is empty."""
    row = session.execute(
        select(JournalEntry.seq, JournalEntry.hash).order_by(JournalEntry.seq.desc()).limit(1)
    ).first()
    return None if row is None else JournalMark(int(row.seq), str(row.hash))


def hash_at(session: Session, seq: int) -> str | None:
    """The stored hash of entry ``seq``, or None when the till has no such entry."""
    value = session.scalar(select(JournalEntry.hash).where(JournalEntry.seq == seq))
    return None if value is None else str(value)
