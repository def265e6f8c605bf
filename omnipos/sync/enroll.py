"""Enrolling a till with a hub: register, keep the token in the keyring, first pull."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass

import httpx

from omnipos.db.counters import DEVICE_SEQ_COUNTER, current_value
from omnipos.db.engine import Database
from omnipos.db.settings import get_setting, set_settings
from omnipos.sync.client import HubClient
from omnipos.sync.pull import Progress, PullReport, pull_all
from omnipos.sync.state import AUTH_REQUIRED, clear_feed, set_state
from omnipos.sync.tokens import TokenStore

log = logging.getLogger(__name__)


@dataclass
class Enrollment:
    device_id: str
    store_code: str
    till_code: str
    hub_url: str
    pull: PullReport


def enroll(
    db: Database,
    hub_url: str,
    code: str,
    tokens: TokenStore,
    *,
    device_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
    progress: Progress | None = None,
    keep_device: bool | None = None,
) -> Enrollment:
    """Register with ``code``; token to ``tokens`` only; store the identity; first pull.

    The keyring is checked before the one-time code is spent, so a till
    without a usable keyring stops with a clear message and the code still works.
    """
    tokens.check()
    hub_url = hub_url.rstrip("/")
    with db.read() as s:
        old_device = get_setting(s, "device.id")
        old_hub = get_setting(s, "hub.url")
        # A new device at this hub: its events are numbered after those of the till's past.
        after_seq = current_value(s, DEVICE_SEQ_COUNTER)
    # Re-enrolling with the same hub keeps the device (its sequence, its till code).
    keep = (old_hub == hub_url) if keep_device is None else keep_device
    with HubClient(hub_url, transport=transport) as client:
        reg = client.register(code, device_name or socket.gethostname()[:80] or "till",
                              device_id=old_device if keep else None, after_seq=after_seq)
    device_id = str(reg.device_id)
    tokens.save(device_id, reg.token)
    with db.transaction() as s:
        if old_device != device_id:
            clear_feed(s)  # a cursor of another hub would get 410 anyway; levels would linger
        set_settings(s, {"device.id": device_id, "hub.url": hub_url,
                         "store.code": reg.store_code, "till.code": reg.till_code})
        set_state(s, AUTH_REQUIRED, False)
    log.info("enrolled as device %s, store %s till %s", device_id, reg.store_code, reg.till_code)
    with HubClient(hub_url, lambda: reg.token, transport=transport) as client:
        from omnipos.sync.handshake import handshake

        handshake(db, client, device_id)
        report = pull_all(db, client, progress=progress)
    return Enrollment(device_id, reg.store_code, reg.till_code, hub_url, report)
