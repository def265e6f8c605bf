"""Hello: learn the hub's view of this device; detect a till restored from a backup.

If the hub has acknowledged sequence numbers this till no longer has (or is
in a later epoch than the till remembers), the database was restored from a
backup: the till asks for a new epoch, re-pushes what it holds, bumps its
receipt counter past the last receipt the hub saw (no number is reused) and
shows a warning.

Hello also names the runs of this till's sequence the hub is missing (a gap:
a lost outbox row, an event set aside here, or events the hub lost). The till
keeps them for the sync screen and ``omnipos status``, and queues again what
it still holds of them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from omnipos.db.counters import DEVICE_SEQ_COUNTER, RECEIPT_COUNTER, current_value, raise_to
from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.settings import set_settings
from omnipos.sync.client import HubClient
from omnipos.sync.outbox import resend_range
from omnipos.sync.state import EPOCH, GAPS, JOURNAL_HEAD, WARNING, get_state, set_state
from omnipos.sync.wire import HelloResponse, JournalHead, SeqRange

log = logging.getLogger(__name__)


@dataclass
class Handshake:
    hello: HelloResponse
    epoch: int
    restored: bool


def handshake(db: Database, client: HubClient, device_id: str) -> Handshake:
    hello = client.hello()
    with db.read() as s:
        # The counter survives pruning of acknowledged outbox rows; a backup restores both.
        local_max = max(int(s.scalar(select(func.max(OutboxEvent.device_seq))) or 0),
                        current_value(s, DEVICE_SEQ_COUNTER))
        local_epoch = get_state(s, EPOCH)
    highest = max(hello.highest_seq, hello.acked_seq)
    restored = highest > local_max or (
        local_epoch is not None and hello.epoch > int(local_epoch)
    )
    epoch = hello.epoch
    warning = None
    if restored:
        warning = (
            f"This till was restored from a backup: the hub holds events up to "
            f"#{highest} (epoch {hello.epoch}), the till only up to #{local_max}. "
            "Sales made after the backup are safe at the hub; new ones continue in a new epoch."
        )
        log.warning(warning)
        epoch = client.new_epoch(device_id, reason=warning[:200], after_seq=local_max).epoch
    with db.transaction() as s:
        set_state(s, EPOCH, epoch)
        raise_to(s, RECEIPT_COUNTER, hello.last_receipt_seq)
        if warning:
            set_state(s, WARNING, warning)
        set_state(s, GAPS, [] if restored else _note_gaps(s, hello.gaps))
        _note(s, hello.journal_head)
        set_settings(s, {"store.code": hello.store_code, "till.code": hello.till_code})
    return Handshake(hello=hello, epoch=epoch, restored=restored)


def _note_gaps(session: Session, gaps: list[SeqRange]) -> list[dict[str, Any]]:
    noted = []
    for gap in gaps:
        held, _again = resend_range(session, gap.first, gap.last)
        noted.append({"first": gap.first, "last": gap.last, "held_here": held})
    if noted:
        log.warning("the hub is missing events %s of this till",
                    ", ".join(f"{g['first']}-{g['last']}" for g in noted))
    return noted


def settle_gaps(db: Database, acked_seq: int) -> None:
    """Forget the gaps the hub's acknowledged prefix has passed (their events arrived)."""
    with db.transaction() as s:
        gaps = get_state(s, GAPS) or []
        left = [g for g in gaps if int(g["last"]) > acked_seq]
        if left != gaps:
            set_state(s, GAPS, left)


def _note(session: Session, head: JournalHead | None) -> None:
    set_state(session, JOURNAL_HEAD, None if head is None else {
        **head.model_dump(), "at": datetime.now(UTC).isoformat()})


def note_journal_head(db: Database, head: JournalHead) -> None:
    """Note the journal head the hub keeps (``journal verify`` uses it when the hub is away)."""
    with db.transaction() as s:
        _note(s, head)
