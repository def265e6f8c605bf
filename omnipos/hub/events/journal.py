"""The anchor of each till's electronic journal: the last head the hub kept.

A till sends its journal head (the last entry's sequence number and hash)
with every push, and with it its own hash of the entry the hub's anchor
names. The hub moves its anchor on only when that entry is the one it kept:
a till whose journal lost its tail, or was changed below the anchor, cannot
move the anchor past the damage, so ``omnipos journal verify`` names it
against the hub's head ("entries 41-47 missing; the hub saw 47"). A till
restored from a backup (a later epoch) starts a new anchor, which the hub logs.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from omnipos.hub.admin.enrollment import TillIdentity
from omnipos.hub.store.db import HubDB
from omnipos.hub.store.rawsql import RawSql, stamp
from omnipos.sync.wire import JournalHead

__all__ = ["keep_head", "keep_head_in", "last_head"]

log = logging.getLogger(__name__)

_GET = "SELECT seq, hash, epoch FROM journal_heads WHERE device_id = :dev"
_PUT = (
    "INSERT INTO journal_heads (device_id, seq, hash, epoch, received_at) "
    "VALUES (:dev, :seq, :hash, :epoch, :at) ON CONFLICT (device_id) DO UPDATE SET "
    "seq = excluded.seq, hash = excluded.hash, epoch = excluded.epoch, "
    "received_at = excluded.received_at"
)


def _extends(kept: JournalHead, kept_epoch: int, head: JournalHead,
             anchor: JournalHead | None, till: TillIdentity) -> bool:
    if head == kept:
        return False  # nothing new
    if till.epoch > kept_epoch:
        log.warning("till %s (restored from a backup, epoch %s) restarts its journal anchor: "
                    "was entry %s, now %s", till.id, till.epoch, kept.seq, head.seq)
        return True
    if anchor is None or anchor.seq != kept.seq or anchor.hash != kept.hash:
        held = "has no entry" if anchor is None or anchor.seq != kept.seq else "holds another"
        log.warning("till %s sent journal head %s, but its journal %s at entry %s, which the "
                    "hub kept (hash %s...): the anchor stays there", till.id, head.seq, held,
                    kept.seq, kept.hash[:12])
        return False
    return head.seq > kept.seq


def keep_head(db: HubDB, till: TillIdentity, head: JournalHead,
              anchor: JournalHead | None) -> JournalHead:
    """Keep ``head`` as the till's anchor if it extends the one kept (see the module doc);
    returns the head kept now."""
    with db.raw_transaction() as c:
        kept = keep_head_in(RawSql(c), till, head, anchor)
    assert kept is not None  # a head was given
    return kept


def keep_head_in(sql: RawSql, till: TillIdentity, head: JournalHead | None,
                 anchor: JournalHead | None) -> JournalHead | None:
    """``keep_head`` in the caller's transaction (a push's); with no ``head``, the one kept."""
    row = sql.all(_GET, {"dev": till.id})
    kept = JournalHead(seq=int(row[0][0]), hash=str(row[0][1])) if row else None
    if head is None or (kept is not None
                        and not _extends(kept, int(row[0][2]), head, anchor, till)):
        return kept
    sql.run(_PUT, {"dev": till.id, "seq": head.seq, "hash": head.hash,
                   "epoch": till.epoch, "at": stamp(datetime.now(UTC))})
    return head


def last_head(db: HubDB, till: TillIdentity) -> JournalHead | None:
    """The till's journal head the hub kept last, or None."""
    with db.read() as s:
        row = RawSql(s).all(_GET, {"dev": till.id})
    return JournalHead(seq=int(row[0][0]), hash=str(row[0][1])) if row else None
