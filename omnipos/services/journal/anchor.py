"""The journal against the last head the hub kept: a deleted tail or a rewrite shows."""

from __future__ import annotations

from omnipos.db.engine import Database
from omnipos.db.journal import hash_at, journal_head

__all__ = ["against_head"]


def against_head(db: Database, seq: int, hash_: str) -> str | None:
    """What is wrong with the till's journal given that the hub saw entry ``seq`` with
    ``hash_`` (None: the journal holds that very entry)."""
    with db.read() as s:
        head = journal_head(s)
        held = hash_at(s, seq)
    last = head.seq if head is not None else 0
    if last < seq:
        missing = f"entry {seq}" if last + 1 == seq else f"entries {last + 1}-{seq}"
        return f"{missing} missing; the hub saw {seq}"
    if held != hash_:
        return (f"entry {seq} is not the one the hub saw (changed, or the journal was "
                "written again from there)")
    return None
