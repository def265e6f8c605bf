"""What the hub last kept of this till's journal (for ``omnipos journal verify``).

Asked at the hub when the till is enrolled and the hub answers; otherwise
the head the hub named at the last sync, as the till noted it, said as such.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from omnipos.db.engine import Database
from omnipos.db.settings import get_setting
from omnipos.sync.client import HubClient
from omnipos.sync.errors import SyncError
from omnipos.sync.handshake import note_journal_head
from omnipos.sync.state import JOURNAL_HEAD, get_state
from omnipos.sync.tls import HubLink
from omnipos.sync.tokens import TokenStore

__all__ = ["HubJournalHead", "hub_journal_head"]

log = logging.getLogger(__name__)

ASK_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


@dataclass(frozen=True)
class HubJournalHead:
    seq: int
    hash: str
    #: Empty when the hub said it now; else why the head noted at the last sync is used.
    note: str = ""


def hub_journal_head(db: Database, tokens: TokenStore, *,
                     transport: httpx.BaseTransport | None = None) -> HubJournalHead | None:
    """The hub's last head of this till's journal, or None (not enrolled, or never sent)."""
    with db.read() as s:
        device = get_setting(s, "device.id")
        link = HubLink.from_settings(s)
        noted = get_state(s, JOURNAL_HEAD)
    if not device or not link.url:
        return None
    try:
        with HubClient(link.url, lambda: tokens.load(str(device)), transport=transport,
                       timeout=ASK_TIMEOUT, tls=link.context()) as client:
            head = client.hello().journal_head
    except SyncError as exc:
        log.info("journal head: the hub did not answer (%s); using the one noted", exc)
        if not noted:
            return None
        return HubJournalHead(int(noted["seq"]), str(noted["hash"]),
                              f"the hub did not answer ({exc}); this is the head it named at "
                              f"the last sync, {noted.get('at', '?')}")
    if head is not None:
        note_journal_head(db, head)
    return None if head is None else HubJournalHead(head.seq, head.hash)
