"""The electronic journal: append hash-chained entries; verify the chain, export JSON lines.

``append_journal`` takes the caller's session, so an entry commits with the
action it records; it chains the entry with the till's journal key
(``keys.py``) when the till has one. ``verify_chain`` recomputes every
entry's hash from its stored fields with the same canonical encoding and the
same key, and names the first entry where the chain breaks (an edited,
removed or re-ordered row, or one hashed again without the key).
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from omnipos.db.engine import Database
from omnipos.db.models import JournalEntry, NewJournalEntry
from omnipos.db.rows import insert_rows, run_driver
from omnipos.domain.errors import ValidationError, message
from omnipos.domain.journal import GENESIS_HASH, ChainKey, canonical, chain_hash, entry_body
from omnipos.services.journal.keys import JournalKeys, journal_keys

__all__ = ["ChainCheck", "append_journal", "export_jsonl", "verify_chain"]

log = logging.getLogger(__name__)


# On the driver: every sale appends an entry (see db/rows.py).
_LAST_ENTRY = "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1"


def append_journal(
    session: Session,
    kind: str,
    actor: str,
    payload: dict[str, Any],
    occurred_at: datetime,
) -> NewJournalEntry:
    """Append one hash-chained entry to the electronic journal."""
    last = next(iter(run_driver(session, _LAST_ENTRY)), None)
    seq = 1 if last is None else int(last[0]) + 1
    prev = GENESIS_HASH if last is None else str(last[1])
    entry_id = str(uuid.uuid4())
    stamp = occurred_at.isoformat(timespec="microseconds")
    body = entry_body(seq, entry_id, stamp, kind, actor, payload)
    key = _keys(session).for_entry(seq)
    entry = NewJournalEntry(
        seq=seq,
        entry_id=entry_id,
        occurred_at=occurred_at,
        kind=kind,
        actor=actor,
        payload=payload,
        prev_hash=prev,
        hash=chain_hash(prev, canonical(body), key.secret if key and key.covers(seq) else None),
    )
    insert_rows(session, [entry])
    return entry


def _keys(session: Session) -> JournalKeys:
    db = session.info.get("omnipos_db")
    return journal_keys(db) if isinstance(db, Database) else JournalKeys.unkeyed("no database")


@dataclass(frozen=True, slots=True)
class ChainCheck:
    """The result of a chain check: how many entries, the first broken one, the keying."""

    checked: int
    broken_seq: int | None = None
    reason: str = ""
    # The first entry chained with the till's key (None: no entry is).
    keyed_from: int | None = None
    # Why the journal is not keyed, when it is not.
    unkeyed_reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None

    def _keying(self) -> str:
        if self.keyed_from is None:
            return f"not keyed ({self.unkeyed_reason or 'no journal key yet'})"
        if self.keyed_from > 1:
            return (f"keyed from entry {self.keyed_from} (entries 1-{self.keyed_from - 1} "
                    "written before this till had a journal key)")
        return "keyed"

    def message(self) -> str:
        if self.ok:
            return f"journal OK: {self.checked} entries, chain intact, {self._keying()}"
        return f"journal BROKEN at entry {self.broken_seq}: {self.reason}"


def _stamp(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.isoformat(timespec="microseconds")


def _rows(
    db: Database, start: datetime | None = None, end: datetime | None = None
) -> Iterator[JournalEntry]:
    with db.read() as s:
        stmt = select(JournalEntry).order_by(JournalEntry.seq)
        if start is not None:
            stmt = stmt.where(JournalEntry.occurred_at >= start)
        if end is not None:
            stmt = stmt.where(JournalEntry.occurred_at < end)
        yield from s.scalars(stmt.execution_options(yield_per=1000))


def _mismatch(key: ChainKey | None, seq: int) -> str:
    """Why entry ``seq``'s stored hash is not the one computed."""
    if key is not None and key.covers(seq):
        return ("its hash was not made with the journal key (changed and hashed again without "
                "the journal key, or written while the keyring was not usable)")
    if key is None:
        return ("its content does not match its hash (changed after writing, or chained with a "
                "journal key this keyring does not hold)")
    return "its content does not match its hash (changed after writing)"


def verify_chain(db: Database) -> ChainCheck:
    """Check every entry's hash and link, with the till's key where it applies; stop at the
    first break."""
    keys = journal_keys(db)
    key = keys.stored()
    prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    keyed_from = None
    for row in _rows(db):
        if row.seq != expected_seq:
            return ChainCheck(
                checked, expected_seq, f"entry {expected_seq} is missing (next is {row.seq})"
            )
        if row.prev_hash != prev:
            return ChainCheck(checked, row.seq, "it does not link to the entry before it")
        keyed = key is not None and key.covers(row.seq)
        try:
            body = entry_body(
                row.seq, row.entry_id, _stamp(row.occurred_at), row.kind, row.actor, row.payload
            )
            computed = chain_hash(prev, canonical(body), key.secret if keyed and key else None)
        except (TypeError, ValueError) as exc:
            return ChainCheck(checked, row.seq, f"it cannot be read ({exc})")
        if computed != row.hash:
            return ChainCheck(checked, row.seq, _mismatch(key, row.seq))
        if keyed and keyed_from is None:
            keyed_from = row.seq
        prev = row.hash
        expected_seq += 1
        checked += 1
    log.info("journal chain verified: %s entries", checked)
    return ChainCheck(checked, keyed_from=keyed_from, unkeyed_reason=keys.reason)


def entry_dict(row: JournalEntry) -> dict[str, Any]:
    """One journal entry as exported (every field the hash covers, and the hashes)."""
    return {
        **entry_body(
            row.seq, row.entry_id, _stamp(row.occurred_at), row.kind, row.actor, row.payload
        ),
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }


def export_jsonl(db: Database, start: date, end: date, out: TextIO) -> int:
    """Write entries from ``start`` to ``end`` (whole UTC days, both included) as JSON lines."""
    if end < start:
        raise ValidationError(message("the end date is before the start date"))
    lo = datetime.combine(start, time.min, tzinfo=UTC)
    hi = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    n = 0
    for row in _rows(db, lo, hi):
        out.write(json.dumps(entry_dict(row), sort_keys=True, ensure_ascii=False) + "\n")
        n += 1
    return n
