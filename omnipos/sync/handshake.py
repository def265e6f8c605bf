"""Hello: learn the hub's view of this device; detect a till restored from a backup.

If the hub has acknowledged sequence numbers this till no longer has (or is
in a later epoch than the till remembers), the database was restored from a
backup: the till asks for a new epoch, re-pushes what it holds, bumps its
receipt counter past the last receipt the hub saw (no number is reused) and
shows a warning.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import func, select

from omnipos.db.counters import DEVICE_SEQ_COUNTER, RECEIPT_COUNTER, current_value, raise_to
from omnipos.db.engine import Database
from omnipos.db.models import OutboxEvent
from omnipos.db.settings import set_settings
from omnipos.sync.client import HubClient
from omnipos.sync.state import EPOCH, WARNING, get_state, set_state
from omnipos.sync.wire import HelloResponse

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
    restored = hello.acked_seq > local_max or (
        local_epoch is not None and hello.epoch > int(local_epoch)
    )
    epoch = hello.epoch
    warning = None
    if restored:
        warning = (
            f"This till was restored from a backup: the hub holds events up to "
            f"#{hello.acked_seq} (epoch {hello.epoch}), the till only up to #{local_max}. "
            "Sales made after the backup are safe at the hub; new ones continue in a new epoch."
        )
        log.warning(warning)
        epoch = client.new_epoch(device_id, reason=warning[:200]).epoch
    with db.transaction() as s:
        set_state(s, EPOCH, epoch)
        raise_to(s, RECEIPT_COUNTER, hello.last_receipt_seq)
        if warning:
            set_state(s, WARNING, warning)
        set_settings(s, {"store.code": hello.store_code, "till.code": hello.till_code})
    return Handshake(hello=hello, epoch=epoch, restored=restored)
