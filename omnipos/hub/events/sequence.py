"""Which of a till's device sequence numbers the hub holds, and what it acknowledges.

A till numbers its events without gaps (``device_seq``). The hub acknowledges
the contiguous prefix: every number from where the epoch starts up to
``acked_seq`` is at the hub, applied, rejected or quarantined. A number
missing beyond it is a gap (a lost outbox row, an event the till set aside),
which hello names so that the till can show it and send what it still holds.

The prefix is kept on the till's row (``devices.acked_seq``) and moved on
after each push, so finding it never scans a till's whole history: only the
numbers past it are read, and past a gap there are few.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.rawsql import RawSql
from omnipos.sync.wire import SeqRange

__all__ = ["MAX_GAPS", "SequenceReport", "advance", "advance_in", "report"]

#: Hello lists at most this many gaps (the first ones); the till asks again later.
MAX_GAPS = 20
_PAGE = 1000
_LOOK_PAST = 10 * _PAGE  # numbers past the prefix read to list gaps

_HELD = (
    "SELECT device_seq FROM events WHERE device_id = :dev AND epoch = :epoch "
    "AND device_seq > :after "
    "UNION SELECT device_seq FROM quarantine WHERE device_id = :dev AND epoch = :epoch "
    "AND device_seq > :after ORDER BY 1 LIMIT :n"
)
_HIGHEST = (
    "SELECT max(s) FROM (SELECT max(device_seq) AS s FROM events WHERE device_id = :dev "
    "AND epoch = :epoch UNION ALL SELECT max(device_seq) FROM quarantine "
    "WHERE device_id = :dev AND epoch = :epoch) AS held"
)
_STATE = "SELECT epoch, seq_base, acked_seq FROM devices WHERE id = :dev"
_MOVE = (
    "UPDATE devices SET seq_base = :base, acked_seq = :acked "
    "WHERE id = :dev AND epoch = :epoch AND acked_seq <= :acked"
)


@dataclass(frozen=True)
class SequenceReport:
    acked_seq: int
    highest_seq: int
    gaps: list[SeqRange] = field(default_factory=list)


def _held(sql: RawSql, till: TillIdentity, after: int, n: int) -> list[int]:
    rows = sql.all(_HELD, {"dev": till.id, "epoch": till.epoch, "after": after, "n": n})
    return [int(r[0]) for r in rows]


def _start(sql: RawSql, till: TillIdentity) -> tuple[int, int] | None:
    """(seq_base, acked_seq) of the till's current epoch, or None for a stale epoch."""
    row = sql.all(_STATE, {"dev": till.id})
    if not row or int(row[0][0]) != till.epoch:
        return None
    base, acked = row[0][1], int(row[0][2])
    if base is None:  # an epoch opened before tills said where they resume
        first = _held(sql, till, -1, 1)
        if not first:
            return None
        base = first[0] - 1
    return int(base), max(acked, int(base))


def advance(db: HubDB, till: TillIdentity) -> int:
    """Move the till's acknowledged prefix past every number now held; returns it."""
    with db.raw_transaction() as c:
        return advance_in(RawSql(c), till)


def advance_in(sql: RawSql, till: TillIdentity) -> int:
    """``advance`` in the caller's transaction (a push's, after its events)."""
    start = _start(sql, till)
    if start is None:
        return 0
    base, acked = start
    while True:
        page = _held(sql, till, acked, _PAGE)
        run = 0
        while run < len(page) and page[run] == acked + run + 1:
            run += 1
        acked += run
        if run < _PAGE:
            break
    sql.run(_MOVE, {"base": base, "acked": acked, "dev": till.id, "epoch": till.epoch})
    return acked


def report(db: HubDB, till: TillIdentity) -> SequenceReport:
    """The prefix, the highest number held and the first gaps past the prefix (for hello)."""
    acked = advance(db, till)
    with db.read() as s:
        sql = RawSql(s)
        beyond = _held(sql, till, acked, _LOOK_PAST)
        if len(beyond) == _LOOK_PAST:
            highest = int(sql.one(_HIGHEST, {"dev": till.id, "epoch": till.epoch}) or 0)
        else:
            highest = beyond[-1] if beyond else acked
    gaps: list[SeqRange] = []
    expected = acked + 1
    for seq in beyond:
        if seq > expected:
            gaps.append(SeqRange(first=expected, last=seq - 1))
            if len(gaps) == MAX_GAPS:
                break
        expected = seq + 1
    return SequenceReport(acked, highest, gaps)
